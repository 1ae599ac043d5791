package dev.stripeslice.generator.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stripeslice.generator.Problems;
import dev.stripeslice.generator.name.MethodNames;
import dev.stripeslice.generator.select.Section;
import dev.stripeslice.generator.spec.Pointers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Turns a section's operations into client methods, grouped by the resource they return. */
final class OperationModeler {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String MULTIPART = "multipart/form-data";

    private final Section section;
    private final RecordPlanner records;
    private final Problems problems;

    OperationModeler(Section section, RecordPlanner records, Problems problems) {
        this.section = section;
        this.records = records;
        this.problems = problems;
    }

    List<ClientType> clients() {
        Map<String, List<Section.OperationRef>> byResource = new LinkedHashMap<>();
        for (String resourceId : section.resourceIds()) {
            byResource.put(resourceId, new ArrayList<>());
        }
        for (Section.OperationRef operation : section.operations()) {
            byResource.get(operation.resourceId()).add(operation);
        }
        List<ClientType> clients = new ArrayList<>();
        for (Map.Entry<String, List<Section.OperationRef>> entry : byResource.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            List<String> methodNames = MethodNames.of(entry.getKey(), shapes(entry.getValue()));
            List<Operation> operations = new ArrayList<>();
            for (int i = 0; i < entry.getValue().size(); i++) {
                Operation operation = operation(
                        entry.getKey(), methodNames.get(i), entry.getValue().get(i));
                if (operation != null) {
                    operations.add(operation);
                }
            }
            clients.add(new ClientType(entry.getKey(), operations));
        }
        return clients;
    }

    private static List<MethodNames.Shape> shapes(List<Section.OperationRef> operations) {
        List<MethodNames.Shape> shapes = new ArrayList<>();
        for (Section.OperationRef operation : operations) {
            shapes.add(new MethodNames.Shape(
                    operation.path(),
                    operation.method(),
                    operation.operation().path("operationId").asText(""),
                    returnsList(operation)));
        }
        return shapes;
    }

    private @Nullable Operation operation(String resourceId, String javaName, Section.OperationRef ref) {
        JsonNode op = ref.operation();
        List<Operation.PathParam> pathParams = pathParams(ref);

        ObjectType params = null;
        boolean paramsRequired = false;
        boolean multipart = false;
        if (ref.method().equals("post")) {
            JsonNode content = op.path("requestBody").path("content");
            if (content.size() > 0 && !content.has(FORM) && !content.has(MULTIPART)) {
                problems.add(
                        "SS040",
                        ref.pointer() + "/requestBody/content",
                        "Request body media type " + content.fieldNames().next() + " is not supported yet",
                        "Leave this resource out of the selection; only application/x-www-form-urlencoded and "
                                + "multipart/form-data bodies are generated");
                return null;
            }
            multipart = !content.has(FORM) && content.has(MULTIPART);
            String mediaType = multipart ? MULTIPART : FORM;
            JsonNode schema = content.path(mediaType).path("schema");
            if (schema.path("properties").size() > 0) {
                params = records.inlineTopLevel(
                        ObjectType.Kind.PARAMS,
                        new Origin.OperationPart(resourceId, javaName, "params"),
                        schema,
                        ref.pointer() + "/requestBody/content/"
                                + Pointers.child("", mediaType).substring(1) + "/schema");
                paramsRequired = schema.path("required").size() > 0;
            }
        } else {
            ObjectNode querySchema = queryParametersAsSchema(op, ref.pointer());
            if (querySchema.path("properties").size() > 0) {
                params = records.inlineTopLevel(
                        ObjectType.Kind.PARAMS,
                        new Origin.OperationPart(resourceId, javaName, "params"),
                        querySchema,
                        ref.pointer() + "/parameters");
                paramsRequired = querySchema.path("required").size() > 0;
            }
        }

        JsonNode success = op.path("responses").path("200").path("content");
        String server = operationServer(op);
        TypeRef response;
        if (!success.has("application/json") && isBinary(success)) {
            response = TypeRef.BINARY;
        } else if (!success.has("application/json")) {
            problems.add(
                    "SS041",
                    ref.pointer() + "/responses/200",
                    "Response media type "
                            + (success.size() == 0
                                    ? "(none)"
                                    : success.fieldNames().next()) + " is not supported yet",
                    "Leave this resource out of the selection; only JSON responses are generated");
            return null;
        } else {
            response = records.responseType(
                    new Origin.OperationPart(resourceId, javaName, "response"),
                    success.path("application/json").path("schema"),
                    ref.pointer() + "/responses/200/content/application~1json/schema");
        }
        return new Operation(
                javaName,
                ref.method().toUpperCase(java.util.Locale.ROOT),
                ref.path(),
                pathParams,
                params,
                paramsRequired,
                response,
                op.path("summary").asText(""),
                op.path("description").asText(""),
                ref.pointer(),
                multipart,
                server,
                variants(response));
    }

    /** Every operation is blocking, async and with metadata; a list or search also iterates over every page. */
    private static List<Operation.Variant> variants(TypeRef response) {
        return response instanceof TypeRef.Page
                ? List.of(
                        Operation.Variant.PLAIN,
                        Operation.Variant.ASYNC,
                        Operation.Variant.WITH_RESPONSE,
                        Operation.Variant.AUTO_PAGING)
                : List.of(Operation.Variant.PLAIN, Operation.Variant.ASYNC, Operation.Variant.WITH_RESPONSE);
    }

    /** A success body that is bytes, not JSON ({@code application/pdf} with {@code format: binary}). */
    private static boolean isBinary(JsonNode content) {
        if (content.size() != 1) {
            return false;
        }
        Map.Entry<String, JsonNode> only = content.properties().iterator().next();
        JsonNode schema = only.getValue().path("schema");
        return !only.getKey().contains("json")
                && schema.path("type").asText("").equals("string")
                && schema.path("format").asText("").equals("binary");
    }

    /**
     * The operation's own server when it has one that differs from the spec's main one (Stripe's
     * {@code https://files.stripe.com/} for uploads and PDFs), else null.
     */
    private @Nullable String operationServer(JsonNode op) {
        JsonNode servers = op.path("servers");
        if (servers.size() == 0) {
            return null;
        }
        String url = servers.get(0).path("url").asText("");
        String main = section.mainServerUrl();
        return url.isEmpty() || url.equals(main) ? null : url;
    }

    /** Query parameters, gathered into one object schema so that they model like a form body. */
    private ObjectNode queryParametersAsSchema(JsonNode operation, String pointer) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        ObjectNode properties = schema.putObject("properties");
        for (int i = 0; i < operation.path("parameters").size(); i++) {
            JsonNode parameter = operation.path("parameters").get(i);
            if (parameter.path("in").asText("").equals("query")) {
                if (properties.has(parameter.path("name").asText())) {
                    problems.add(
                            "SS042",
                            pointer + "/parameters/" + i + "/name",
                            "The query parameter \"" + parameter.path("name").asText()
                                    + "\" is declared twice for this operation",
                            "Remove one of the two declarations");
                    continue;
                }
                ObjectNode property = parameter.path("schema").deepCopy();
                if (parameter.has("description") && property.isObject()) {
                    property.put("description", parameter.get("description").asText());
                }
                properties.set(parameter.path("name").asText(), property);
                if (parameter.path("required").asBoolean(false)) {
                    schema.withArray("required").add(parameter.path("name").asText());
                }
            }
        }
        return schema;
    }

    private static List<Operation.PathParam> pathParams(Section.OperationRef ref) {
        Map<String, String> descriptions = new HashMap<>();
        for (JsonNode parameter : ref.operation().path("parameters")) {
            if (parameter.path("in").asText("").equals("path")) {
                descriptions.put(
                        parameter.path("name").asText(),
                        parameter.path("description").asText(""));
            }
        }
        List<Operation.PathParam> params = new ArrayList<>();
        Set<String> javaNames = new HashSet<>(Set.of("params", "options", "page"));
        // Every {name} in the template, scanned exactly as the client emitter fills them in.
        String template = ref.path();
        int open = template.indexOf('{');
        while (open >= 0) {
            int close = template.indexOf('}', open);
            if (close < 0) {
                break;
            }
            String name = template.substring(open + 1, close);
            params.add(new Operation.PathParam(
                    name, MethodNames.pathParameter(name, javaNames), descriptions.getOrDefault(name, "")));
            open = template.indexOf('{', close + 1);
        }
        return params;
    }

    private static boolean returnsList(Section.OperationRef operation) {
        JsonNode schema = operation
                .operation()
                .path("responses")
                .path("200")
                .path("content")
                .path("application/json")
                .path("schema");
        return schema.path("properties").has("data")
                && schema.path("properties").has("has_more");
    }
}
