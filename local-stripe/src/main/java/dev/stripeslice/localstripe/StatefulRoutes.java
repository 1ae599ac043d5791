package dev.stripeslice.localstripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides, from the spec alone, what stateful mode does with an operation. A resource is stored when the spec
 * has a create for it: a POST to a collection path (one with no path parameters, or with a GET list at the same
 * path) answering an object with an {@code id}. Operations on the path of one such object
 * ({@code /v1/customers/{customer}}) retrieve, update or delete it; other POSTs under it that answer the same resource ({@code .../finalize}) are
 * actions that update it; GET lists at a create's path, and {@code .../search} beside it, list what was stored.
 * Everything else (resources the API cannot create, such as balance transactions) is answered statelessly.
 */
final class StatefulRoutes {
    enum Kind {
        CREATE,
        RETRIEVE,
        UPDATE,
        DELETE,
        ACTION,
        LIST,
        SEARCH
    }

    /** @param resource the {@code x-resourceId} of the objects the operation acts on */
    record Operation(Kind kind, String resource) {}

    private final SpecIndex spec;
    private final ExampleSynthesizer shapes;
    private final Set<String> storedResources = new HashSet<>();

    StatefulRoutes(SpecIndex spec) {
        this.spec = spec;
        this.shapes = new ExampleSynthesizer(spec, MissingNode.getInstance());
        for (Map.Entry<String, JsonNode> path : spec.root().path("paths").properties()) {
            JsonNode post = path.getValue().get("post");
            String resource = post == null ? null : objectResource(OperationSchemas.responseSchema(post));
            if (resource != null && isCreatePath(path.getKey())) {
                storedResources.add(resource);
            }
        }
    }

    /** What stateful mode does with {@code operation}, or {@code null} to answer it statelessly. */
    @Nullable
    Operation classify(String method, String template, JsonNode operation) {
        JsonNode response = OperationSchemas.responseSchema(operation);
        if (method.equals("GET") && response != null && shapes.isList(response)) {
            String item = objectResource(shapes.listItemSchema(response));
            if (item == null || !storedResources.contains(item)) {
                return null;
            }
            if (template.endsWith("/search")
                    && isCreatePath(template.substring(0, template.length() - "/search".length()))) {
                return new Operation(Kind.SEARCH, item);
            }
            return isCreatePath(template) ? new Operation(Kind.LIST, item) : null;
        }
        String resource = objectResource(response);
        if (method.equals("POST") && resource != null && isCreatePath(template)) {
            return new Operation(Kind.CREATE, resource);
        }
        if (template.endsWith("}")) {
            String owner = pathResource(template);
            if (owner == null || !storedResources.contains(owner)) {
                return null;
            }
            switch (method) {
                case "GET":
                    return new Operation(Kind.RETRIEVE, owner);
                case "POST":
                    return new Operation(Kind.UPDATE, owner);
                case "DELETE":
                    return new Operation(Kind.DELETE, owner);
                default:
                    return null;
            }
        }
        if (method.equals("POST") && template.contains("{") && resource != null && storedResources.contains(resource)) {
            return new Operation(Kind.ACTION, resource);
        }
        return null;
    }

    /** A path a POST creates into: no path parameters, or a GET list at the same path. */
    private boolean isCreatePath(String template) {
        JsonNode item = spec.root().path("paths").path(template);
        if (!item.has("post") || template.endsWith("}")) {
            return false;
        }
        JsonNode get = item.get("get");
        JsonNode listed = get == null ? null : OperationSchemas.responseSchema(get);
        return !template.contains("{") || (listed != null && shapes.isList(listed));
    }

    /** The resource an object path holds: what its GET answers, else what its POST answers. */
    private @Nullable String pathResource(String template) {
        JsonNode item = spec.root().path("paths").path(template);
        for (String method : new String[] {"get", "post"}) {
            JsonNode operation = item.get(method);
            String resource = operation == null ? null : objectResource(OperationSchemas.responseSchema(operation));
            if (resource != null) {
                return resource;
            }
        }
        return null;
    }

    /** The {@code x-resourceId} of an object schema with an {@code id} (the first such alternative of an anyOf). */
    private @Nullable String objectResource(@Nullable JsonNode rawSchema) {
        JsonNode schema = spec.resolve(rawSchema);
        if (schema == null) {
            return null;
        }
        JsonNode alternatives = schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
        if (alternatives != null && alternatives.isArray()) {
            for (JsonNode alternative : alternatives) {
                String resource = objectResource(alternative);
                if (resource != null) {
                    return resource;
                }
            }
            return null;
        }
        String resource = schema.path("x-resourceId").asText(null);
        return resource != null && schema.path("properties").has("id") && !shapes.isList(schema) ? resource : null;
    }
}
