package dev.stripeslice.localstripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The well-behaved fake: authenticates, routes, validates and answers one recorded request. No
 * HTTP in here, so it can be reasoned about (and tested) as a function.
 */
final class StripeApi {
    /**
     * @param raw a non-JSON body (a PDF) sent instead of {@code body}, with {@code contentType}
     * @param headers response headers beyond the ones every answer has
     */
    record Answer(int status, JsonNode body, byte @Nullable [] raw, String contentType, Map<String, String> headers) {
        Answer(int status, JsonNode body) {
            this(status, body, null, "application/json", Map.of());
        }

        Answer withHeader(String name, String value) {
            Map<String, String> more = new java.util.LinkedHashMap<>(headers);
            more.put(name, value);
            return new Answer(status, body, raw, contentType, Map.copyOf(more));
        }
    }

    /** What the files host answers for a binary download: a minimal, valid one-page PDF. */
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
                    + "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
                    + "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]>> endobj\n"
                    + "trailer <</Root 1 0 R>>\n%%EOF\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final SpecIndex spec;
    private final Router router;
    private final SchemaValidator validator;
    private final StatefulRoutes statefulRoutes;
    private final EmbeddedLists embeddedLists;

    StripeApi(SpecIndex spec) {
        this.spec = spec;
        this.router = new Router(spec.root());
        this.validator = new SchemaValidator(spec);
        this.statefulRoutes = new StatefulRoutes(spec);
        this.embeddedLists = new EmbeddedLists(router, new ExampleSynthesizer(spec, MissingNode.getInstance()));
    }

    /** A stateless answer, for a request that may belong to either host. */
    Answer answer(RecordedRequest request, JsonNode fixtures, long seed, int listSize) {
        return answer(request, fixtures, seed, listSize, null, null);
    }

    /**
     * @param filesHost whether the request arrived at the files host; null to accept an operation on either
     * @param state the stored objects to act on, or {@code null} to answer statelessly
     */
    Answer answer(
            RecordedRequest request,
            JsonNode fixtures,
            long seed,
            int listSize,
            @Nullable Boolean filesHost,
            @Nullable StatefulApi state) {
        try {
            Router.Match match = route(request, filesHost);
            JsonNode body = respond(request, match, fixtures, seed, listSize, state);
            String binaryType = OperationSchemas.binaryResponseType(match.operation());
            if (binaryType != null) {
                return new Answer(200, JsonNodeFactory.instance.objectNode(), PDF.clone(), binaryType, Map.of());
            }
            return new Answer(200, body);
        } catch (ApiError e) {
            return new Answer(e.status(), e.toJson());
        }
    }

    private Router.Match route(RecordedRequest request, @Nullable Boolean filesHost) {
        ApiKeys.check(request.header("Authorization"));
        Router.Match match = router.match(request.method(), request.path());
        if (match == null
                || (Boolean.TRUE.equals(filesHost) && !OperationSchemas.isFilesHostOperation(match.operation()))) {
            throw new ApiError(
                    404,
                    "invalid_request_error",
                    null,
                    null,
                    "Unrecognized request URL (" + request.method() + ": " + request.path()
                            + "). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.");
        }
        if (Boolean.FALSE.equals(filesHost) && OperationSchemas.isFilesHostOperation(match.operation())) {
            throw ApiError.invalidRequest(
                    null,
                    null,
                    request.method() + " " + request.path()
                            + " is served by https://files.stripe.com/, not by this host; send the request there.");
        }
        return match;
    }

    private JsonNode respond(
            RecordedRequest request,
            Router.Match match,
            JsonNode fixtures,
            long seed,
            int listSize,
            @Nullable StatefulApi state) {
        JsonNode body = respondWithoutEmbeddedLists(request, match, fixtures, seed, listSize, state);
        if (OperationSchemas.binaryResponseType(match.operation()) != null) {
            return body;
        }
        Set<String> expand = expandPaths(FormDecoder.tree(request.formParams()));
        return embeddedLists.fill(body, request.path(), expand, (url, list, listExpand) -> {
            List<Map.Entry<String, String>> query = new ArrayList<>();
            int index = 0;
            for (String path : listExpand) {
                query.add(Map.entry("expand[" + index++ + "]", path));
            }
            RecordedRequest get = new RecordedRequest("GET", url, "", request.headers(), "", query);
            return respondWithoutEmbeddedLists(get, list, fixtures, seed, listSize, state);
        });
    }

    private JsonNode respondWithoutEmbeddedLists(
            RecordedRequest request,
            Router.Match match,
            JsonNode fixtures,
            long seed,
            int listSize,
            @Nullable StatefulApi state) {
        checkContentType(request, match.operation());
        ObjectNode params = validator.validateParams(
                FormDecoder.tree(request.formParams()), OperationSchemas.requestSchema(match.operation(), spec));
        checkFileParts(request, match.operation());
        JsonNode schema = OperationSchemas.responseSchema(match.operation());
        if (schema == null) {
            return JsonNodeFactory.instance.objectNode();
        }
        ExampleSynthesizer synthesizer = new ExampleSynthesizer(spec, fixtures);
        Set<String> expand = expandPaths(params);
        StatefulRoutes.Operation operation =
                state == null ? null : statefulRoutes.classify(request.method(), match.template(), match.operation());
        if (operation != null) {
            return state.answer(
                    operation,
                    new StatefulApi.Call(
                            request,
                            match,
                            params,
                            expand,
                            schema,
                            synthesizer,
                            seed,
                            (context, expandPaths) -> synthesize(
                                    request, match, params, schema, synthesizer, new Ids(seed, context), expandPaths)));
        }
        if (synthesizer.isList(schema)) {
            return new ListPager(synthesizer).page(schema, params, expand, request.path(), seed, listSize);
        }
        Ids ids = new Ids(
                seed, request.method() + " " + request.path() + "?" + request.rawQuery() + " " + request.body());
        return synthesize(request, match, params, schema, synthesizer, ids, expand);
    }

    /** The one object stateless mode answers: synthesised, with the request's params copied in and the path's id. */
    private JsonNode synthesize(
            RecordedRequest request,
            Router.Match match,
            ObjectNode params,
            JsonNode schema,
            ExampleSynthesizer synthesizer,
            Ids ids,
            Set<String> expand) {
        JsonNode body = synthesizer.synthesize(schema, ids, expand, request.path(), params);
        if (body.isObject()) {
            ObjectNode object = (ObjectNode) body;
            new ResponseOverlay(spec).apply(object, schema, params);
            String lastParam = lastPathParam(match);
            if (lastParam != null && object.path("id").isTextual()) {
                object.put("id", lastParam);
            }
        }
        return body;
    }

    private static void checkContentType(RecordedRequest request, JsonNode operation) {
        String type = request.header("Content-Type");
        boolean multipart = OperationSchemas.isMultipart(operation);
        if (multipart && !(request.rawBody().length == 0 && type == null)) {
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
                throw ApiError.invalidRequest(
                        null,
                        null,
                        "Invalid request: " + request.method() + " " + request.path()
                                + " takes a multipart/form-data body (RFC 7578), not "
                                + (type == null ? "no Content-Type" : type) + ".");
            }
            request.multipartParts(); // a malformed body is a 400
            return;
        }
        if (request.body().isEmpty() || type == null) {
            return;
        }
        String mime = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!mime.equals("application/x-www-form-urlencoded")) {
            throw ApiError.invalidRequest(
                    null,
                    null,
                    "Invalid request: unsupported Content-Type " + mime
                            + ". If error persists and you need assistance, please contact support@stripe.com.");
        }
    }

    /** A {@code format: binary} param must arrive as a file part (with a file name), not as a text field. */
    private void checkFileParts(RecordedRequest request, JsonNode operation) {
        if (!request.isMultipart()) {
            return;
        }
        JsonNode properties = OperationSchemas.requestSchema(operation, spec).path("properties");
        for (MultipartPart part : request.multipartParts()) {
            JsonNode property = spec.resolve(properties.path(part.name()));
            boolean binary =
                    property != null && property.path("format").asText("").equals("binary");
            if (binary && part.filename() == null) {
                throw ApiError.invalidRequest(
                        "parameter_invalid_string",
                        part.name(),
                        "Invalid " + part.name() + ": must be a file part (with a filename), not a text field.");
            }
        }
    }

    private static Set<String> expandPaths(ObjectNode params) {
        Set<String> paths = new LinkedHashSet<>();
        params.path("expand").forEach(path -> paths.add(path.asText()));
        return paths;
    }

    static @Nullable String lastPathParam(Router.Match match) {
        if (!match.template().endsWith("}") || match.pathParams().isEmpty()) {
            return null;
        }
        String last = null;
        for (Map.Entry<String, String> param : match.pathParams().entrySet()) {
            last = param.getValue();
        }
        return last;
    }

    int routeCount() {
        return router.size();
    }
}
