package dev.stripeslice.localstripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The well-behaved fake: authenticates, routes, validates and answers one recorded request. No
 * HTTP in here, so it can be reasoned about (and tested) as a function.
 */
final class StripeApi {
  record Answer(int status, JsonNode body) {}

  private final SpecIndex spec;
  private final Router router;
  private final SchemaValidator validator;

  StripeApi(SpecIndex spec) {
    this.spec = spec;
    this.router = new Router(spec.root());
    this.validator = new SchemaValidator(spec);
  }

  Answer answer(RecordedRequest request, JsonNode fixtures, long seed, int listSize) {
    try {
      return new Answer(200, respond(request, fixtures, seed, listSize));
    } catch (ApiError e) {
      return new Answer(e.status(), e.toJson());
    }
  }

  private JsonNode respond(RecordedRequest request, JsonNode fixtures, long seed, int listSize) {
    ApiKeys.check(request.header("Authorization"));
    Router.Match match = router.match(request.method(), request.path());
    if (match == null) {
      throw new ApiError(404, "invalid_request_error", null, null,
          "Unrecognized request URL (" + request.method() + ": " + request.path()
              + "). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.");
    }
    checkContentType(request);
    ObjectNode params = validator.validateParams(
        FormDecoder.tree(request.formParams()), OperationSchemas.requestSchema(match.operation(), spec));
    JsonNode schema = OperationSchemas.responseSchema(match.operation());
    if (schema == null) {
      return JsonNodeFactory.instance.objectNode();
    }
    ExampleSynthesizer synthesizer = new ExampleSynthesizer(spec, fixtures);
    Set<String> expand = expandPaths(params);
    if (synthesizer.isList(schema)) {
      return new ListPager(synthesizer).page(schema, params, expand, request.path(), seed, listSize);
    }
    Ids ids = new Ids(seed, request.method() + " " + request.path() + "?" + request.rawQuery() + " " + request.body());
    JsonNode body = synthesizer.synthesize(schema, ids, expand, request.path(), params);
    if (body.isObject()) {
      ObjectNode object = (ObjectNode) body;
      ResponseOverlay.apply(object, params);
      String lastParam = lastPathParam(match);
      if (lastParam != null && object.path("id").isTextual()) {
        object.put("id", lastParam);
      }
    }
    return body;
  }

  private static void checkContentType(RecordedRequest request) {
    String type = request.header("Content-Type");
    if (request.body().isEmpty() || type == null) {
      return;
    }
    String mime = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!mime.equals("application/x-www-form-urlencoded")) {
      throw ApiError.invalidRequest(null, null,
          "Invalid request: unsupported Content-Type " + mime
              + ". If error persists and you need assistance, please contact support@stripe.com.");
    }
  }

  private static Set<String> expandPaths(ObjectNode params) {
    Set<String> paths = new LinkedHashSet<>();
    params.path("expand").forEach(path -> paths.add(path.asText()));
    return paths;
  }

  private static @Nullable String lastPathParam(Router.Match match) {
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
