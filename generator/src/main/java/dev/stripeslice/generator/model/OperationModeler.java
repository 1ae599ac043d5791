package dev.stripeslice.generator.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stripeslice.generator.Problems;
import dev.stripeslice.generator.select.Section;
import dev.stripeslice.generator.spec.Pointers;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** The method name suffixes of {@code ClientEmitter}'s variants of one operation. */
    private static final List<String> VARIANT_SUFFIXES = List.of("", "Async", "WithResponse", "AutoPaging");

    private final Section section;
    private final ModelBuilder model;
    private final Problems problems;

    OperationModeler(Section section, ModelBuilder model, Problems problems) {
        this.section = section;
        this.model = model;
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
        Set<String> accessorNames = new HashSet<>(Set.of("create"));
        for (Map.Entry<String, List<Section.OperationRef>> entry : byResource.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            String plural = JavaNames.plural(entry.getKey());
            List<String> methodNames = methodNames(entry.getValue());
            List<Operation> operations = new ArrayList<>();
            for (int i = 0; i < entry.getValue().size(); i++) {
                Operation operation = operation(entry.getKey(), methodNames.get(i), entry.getValue().get(i));
                if (operation != null) {
                    operations.add(operation);
                }
            }
            clients.add(new ClientType(model.clientName(JavaNames.typeName(plural) + "Client"),
                    JavaNames.unique(JavaNames.camel(plural), accessorNames), entry.getKey(), operations));
        }
        return clients;
    }

    private @Nullable Operation operation(String resourceId, String javaName, Section.OperationRef ref) {
        JsonNode op = ref.operation();
        String baseName = JavaNames.pascal(resourceId) + JavaNames.pascal(javaName);
        List<Operation.PathParam> pathParams = pathParams(ref);

        ObjectType params = null;
        boolean paramsRequired = false;
        boolean multipart = false;
        if (ref.method().equals("post")) {
            JsonNode content = op.path("requestBody").path("content");
            if (content.size() > 0 && !content.has(FORM) && !content.has(MULTIPART)) {
                problems.add("SS040", ref.pointer() + "/requestBody/content",
                        "Request body media type " + content.fieldNames().next() + " is not supported yet",
                        "Leave this resource out of the selection; only application/x-www-form-urlencoded and "
                                + "multipart/form-data bodies are generated");
                return null;
            }
            multipart = !content.has(FORM) && content.has(MULTIPART);
            String mediaType = multipart ? MULTIPART : FORM;
            JsonNode schema = content.path(mediaType).path("schema");
            if (schema.path("properties").size() > 0) {
                params = model.inlineTopLevel(ObjectType.Kind.PARAMS, baseName + "Params", schema,
                        ref.pointer() + "/requestBody/content/" + Pointers.child("", mediaType).substring(1) + "/schema");
                paramsRequired = schema.path("required").size() > 0;
            }
        } else {
            ObjectNode querySchema = queryParametersAsSchema(op, ref.pointer());
            if (querySchema.path("properties").size() > 0) {
                params = model.inlineTopLevel(ObjectType.Kind.PARAMS, baseName + "Params", querySchema,
                        ref.pointer() + "/parameters");
                paramsRequired = querySchema.path("required").size() > 0;
            }
        }

        JsonNode success = op.path("responses").path("200").path("content");
        String server = operationServer(op);
        if (!success.has("application/json") && isBinary(success)) {
            return new Operation(javaName, ref.method().toUpperCase(java.util.Locale.ROOT), ref.path(), pathParams,
                    params, paramsRequired, TypeRef.BINARY, op.path("summary").asText(""),
                    op.path("description").asText(""), ref.pointer(), multipart, server);
        }
        if (!success.has("application/json")) {
            problems.add("SS041", ref.pointer() + "/responses/200",
                    "Response media type " + (success.size() == 0 ? "(none)" : success.fieldNames().next())
                            + " is not supported yet",
                    "Leave this resource out of the selection; only JSON responses are generated");
            return null;
        }
        JsonNode responseSchema = success.path("application/json").path("schema");
        String responsePointer = ref.pointer() + "/responses/200/content/application~1json/schema";
        TypeRef response = model.responseType(baseName + "Response", responseSchema, responsePointer);
        return new Operation(javaName, ref.method().toUpperCase(java.util.Locale.ROOT), ref.path(), pathParams, params,
                paramsRequired, response, op.path("summary").asText(""), op.path("description").asText(""),
                ref.pointer(), multipart, server);
    }

    /** A success body that is bytes, not JSON ({@code application/pdf} with {@code format: binary}). */
    private static boolean isBinary(JsonNode content) {
        if (content.size() != 1) {
            return false;
        }
        Map.Entry<String, JsonNode> only = content.properties().iterator().next();
        JsonNode schema = only.getValue().path("schema");
        return !only.getKey().contains("json") && schema.path("type").asText("").equals("string")
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
        String main = section.spec().root().path("servers").path(0).path("url").asText("");
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
                    problems.add("SS042", pointer + "/parameters/" + i + "/name", "The query parameter \""
                                    + parameter.path("name").asText() + "\" is declared twice for this operation",
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
                descriptions.put(parameter.path("name").asText(), parameter.path("description").asText(""));
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
            params.add(new Operation.PathParam(name, JavaNames.unique(JavaNames.camel(name), javaNames),
                    descriptions.getOrDefault(name, "")));
            open = template.indexOf('{', close + 1);
        }
        return params;
    }

    /** Stripe's verbs by path shape; when two operations would get the same name, both fall back to their operationId. */
    private static List<String> methodNames(List<Section.OperationRef> operations) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Section.OperationRef operation : operations) {
            String name = verbName(operation);
            names.add(name);
            counts.merge(name, 1, Integer::sum);
        }
        // Among operations that would share a name, the one with the shortest path keeps it; the longer paths are
        // qualified by their last literal segment (POST /v1/invoices/create_preview -> createPreview,
        // GET /v1/invoices/upcoming -> retrieveUpcoming); what still collides falls back to the operationId.
        Map<String, Integer> shortest = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            shortest.merge(names.get(i), segmentCount(operations.get(i)), Math::min);
        }
        List<String> qualified = new ArrayList<>(names);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (counts.get(name) > 1 && segmentCount(operations.get(i)) > shortest.get(name)) {
                qualified.set(i, qualify(name, operations.get(i)));
            }
        }
        Map<String, Integer> qualifiedCounts = new HashMap<>();
        qualified.forEach(name -> qualifiedCounts.merge(name, 1, Integer::sum));
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = qualified.get(i);
            if (qualifiedCounts.get(name) > 1) {
                name = JavaNames.camel(operations.get(i).operation().path("operationId").asText(name));
            }
            names.set(i, withVariantsFree(name, taken));
        }
        return names;
    }

    /**
     * Each operation is several client methods (the emitter's variants: {@code create}, {@code createAsync},
     * {@code createWithResponse}, {@code listAutoPaging}); a name is free only when all of them are.
     */
    private static String withVariantsFree(String wanted, Set<String> taken) {
        String name = wanted;
        for (int i = 2; anyVariantTaken(name, taken); i++) {
            name = wanted + i;
        }
        for (String suffix : VARIANT_SUFFIXES) {
            taken.add(name + suffix);
        }
        return name;
    }

    private static boolean anyVariantTaken(String name, Set<String> taken) {
        for (String suffix : VARIANT_SUFFIXES) {
            if (taken.contains(name + suffix)) {
                return true;
            }
        }
        return false;
    }

    private static int segmentCount(Section.OperationRef operation) {
        return operation.path().split("/").length;
    }

    private static String qualify(String name, Section.OperationRef operation) {
        String[] segments = operation.path().split("/");
        String last = "";
        for (String segment : segments) {
            if (!segment.isEmpty() && !segment.startsWith("{") && !segment.equals("v1")) {
                last = segment;
            }
        }
        if (last.isEmpty()) {
            return name;
        }
        if (name.equals("create")) {
            return JavaNames.camel(last);
        }
        if (name.equals("list") && !returnsList(operation)) {
            return "retrieve" + JavaNames.pascal(last); // GET /v1/invoices/upcoming answers one invoice
        }
        return name + JavaNames.pascal(last);
    }

    private static String verbName(Section.OperationRef operation) {
        List<String> segments = new ArrayList<>(Arrays.asList(operation.path().split("/")));
        segments.removeIf(segment -> segment.isEmpty() || segment.equals("v1"));
        String method = operation.method();
        int lastParam = -1;
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).startsWith("{")) {
                lastParam = i;
            }
        }
        if (lastParam < 0) {
            boolean search = !segments.isEmpty() && segments.get(segments.size() - 1).equals("search");
            return switch (method) {
                case "get" -> search ? "search" : "list";
                case "delete" -> "delete";
                default -> "create";
            };
        }
        boolean endsWithParam = lastParam == segments.size() - 1;
        int tailEnd = endsWithParam ? lastParam : segments.size();
        int tailStart = endsWithParam ? previousParam(segments, lastParam) + 1 : lastParam + 1;
        String tail = String.join("_", segments.subList(tailStart, tailEnd));
        if (endsWithParam) {
            String singular = tailStart == 0 || tail.isEmpty() ? "" : JavaNames.pascal(JavaNames.singular(tail));
            return switch (method) {
                case "get" -> "retrieve" + singular;
                case "delete" -> "delete" + singular;
                default -> "update" + singular;
            };
        }
        String last = segments.get(segments.size() - 1);
        return switch (method) {
            case "get" -> (returnsList(operation) ? "list" : "retrieve") + JavaNames.pascal(tail);
            case "delete" -> "delete" + JavaNames.pascal(tail);
            default -> JavaNames.singular(last).equals(last) ? JavaNames.camel(tail)
                    : "create" + JavaNames.pascal(JavaNames.singular(tail));
        };
    }

    /** The index of the parameter segment before {@code before}, or -1 when the path has none. */
    private static int previousParam(List<String> segments, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (segments.get(i).startsWith("{")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean returnsList(Section.OperationRef operation) {
        JsonNode schema = operation.operation().path("responses").path("200").path("content")
                .path("application/json").path("schema");
        return schema.path("properties").has("data") && schema.path("properties").has("has_more");
    }
}
