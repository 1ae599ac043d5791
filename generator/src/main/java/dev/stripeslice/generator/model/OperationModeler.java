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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Turns a section's operations into the client tree: client methods, grouped by the client they are reached from. */
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

    /**
     * The client tree's top nodes: a client per selected resource with operations, those of a namespaced resource
     * ({@code checkout.session}) inside a client for their namespace ({@code checkout}).
     */
    List<ClientType> clients() {
        Map<String, List<Section.OperationRef>> byResource = new LinkedHashMap<>();
        for (String resourceId : section.resourceIds()) {
            byResource.put(resourceId, new ArrayList<>());
        }
        for (Section.OperationRef operation : section.operations()) {
            byResource.get(operation.resourceId()).add(operation);
        }
        List<ClientType> resourceClients = new ArrayList<>();
        byResource.forEach((resourceId, operations) -> {
            if (!operations.isEmpty()) {
                resourceClients.add(resourceClient(resourceId, operations));
            }
        });
        return inNamespaces(resourceClients);
    }

    /**
     * A resource's client. The operations under its instance path that answer something else are grouped by the
     * segment after that path: a group of several is a client of its own ({@code customers().taxIds()}), a single
     * one a method of the resource's client ({@code checkout().sessions().listLineItems(id)}), as Stripe's own
     * libraries have them.
     */
    private ClientType resourceClient(String resourceId, List<Section.OperationRef> operations) {
        Map<String, List<Section.OperationRef>> bySegment = new LinkedHashMap<>();
        for (Section.OperationRef operation : operations) {
            if (!operation.nestedSegment().isEmpty()) {
                bySegment
                        .computeIfAbsent(operation.nestedSegment(), segment -> new ArrayList<>())
                        .add(operation);
            }
        }
        List<Section.OperationRef> own = new ArrayList<>();
        for (Section.OperationRef operation : operations) {
            if (operation.nestedSegment().isEmpty()
                    || bySegment.get(operation.nestedSegment()).size() == 1) {
                own.add(operation);
            }
        }
        List<ClientType> nested = new ArrayList<>();
        bySegment.forEach((segment, group) -> {
            if (group.size() > 1) {
                nested.add(new ClientType(
                        new ClientType.Place.Nested(resourceId, segment),
                        operations(resourceId, segment, group),
                        List.of()));
            }
        });
        return new ClientType(new ClientType.Place.Resource(resourceId), operations(resourceId, "", own), nested);
    }

    /**
     * The client methods of one client, named together; those of a nested client after their path below the
     * instance path ({@code /tax_ids/{id}} is {@code retrieve}).
     */
    private List<Operation> operations(String resourceId, String segment, List<Section.OperationRef> refs) {
        List<MethodNames.Shape> shapes = new ArrayList<>();
        for (Section.OperationRef operation : refs) {
            shapes.add(new MethodNames.Shape(
                    segment.isEmpty() ? operation.path() : operation.pathUnderInstance(),
                    operation.method(),
                    operation.operation().path("operationId").asText(""),
                    returnsList(operation)));
        }
        List<String> methodNames = MethodNames.of(resourceId, shapes);
        List<Operation> operations = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            Operation operation = operation(resourceId, segment, methodNames.get(i), refs.get(i));
            if (operation != null) {
                operations.add(operation);
            }
        }
        return operations;
    }

    /** Resources whose id has a namespace ({@code checkout.session}) go into one client per namespace. */
    private static List<ClientType> inNamespaces(List<ClientType> resourceClients) {
        List<List<ClientType>> slots = new ArrayList<>();
        Map<String, List<ClientType>> namespaces = new HashMap<>();
        for (ClientType client : resourceClients) {
            String namespace = namespaceOf(client.resourceId());
            if (namespace == null) {
                slots.add(List.of(client));
            } else {
                namespaces
                        .computeIfAbsent(namespace, name -> {
                            List<ClientType> members = new ArrayList<>();
                            slots.add(members);
                            return members;
                        })
                        .add(client);
            }
        }
        List<ClientType> roots = new ArrayList<>();
        for (List<ClientType> slot : slots) {
            String namespace = namespaceOf(slot.get(0).resourceId());
            roots.add(
                    namespace == null
                            ? slot.get(0)
                            : new ClientType(new ClientType.Place.Namespace(namespace), List.of(), slot));
        }
        return roots;
    }

    /** {@code checkout} of {@code checkout.session}; null for an id without a lower-case word and a dot in front. */
    private static @Nullable String namespaceOf(String resourceId) {
        Matcher matcher = NAMESPACED.matcher(resourceId);
        return matcher.matches() ? matcher.group(1) : null;
    }

    private static final Pattern NAMESPACED = Pattern.compile("([a-z][a-z0-9_]*)\\.[a-z][a-z0-9_.]*");

    /** @param segment the nested client's path segment, or "" (its params and response types are named after it) */
    private @Nullable Operation operation(
            String resourceId, String segment, String javaName, Section.OperationRef ref) {
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
                        new Origin.OperationPart(resourceId, segment, javaName, "params"),
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
                        new Origin.OperationPart(resourceId, segment, javaName, "params"),
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
                    new Origin.OperationPart(resourceId, segment, javaName, "response"),
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
