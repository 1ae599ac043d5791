package dev.stripeslice.localstripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds an example JSON value for a response schema. A resource with a fixture (by its
 * {@code x-resourceId}) is that fixture; otherwise every declared property is filled in: ids with
 * a Stripe-like prefix, {@code object} and other enums with their first value, unix times with a
 * fixed instant, nullable properties with {@code null} (unless the request sent a value for that
 * place, which {@link ResponseOverlay} then copies in), expandable fields with an id (or the object
 * when the caller expanded that path), nested lists empty. Schemas that recurse into themselves
 * stop with {@code null}; dangling refs become {@code {}}.
 */
final class ExampleSynthesizer {
    static final long FIXED_TIME = 1_717_000_000L; // 2024-05-29T16:26:40Z
    private static final int MAX_DEPTH = 12;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final SpecIndex spec;
    private final JsonNode fixtures;

    ExampleSynthesizer(SpecIndex spec, JsonNode fixtures) {
        this.spec = spec;
        this.fixtures = fixtures;
    }

    /** {@code expand} holds dotted paths relative to the value built here ("customer", "data.customer"). */
    JsonNode synthesize(JsonNode schema, Ids ids, Set<String> expand, String url) {
        return synthesize(schema, ids, expand, url, MissingNode.getInstance());
    }

    /** As above; {@code params} (typed request params) keeps nullable places the request set from being null. */
    JsonNode synthesize(JsonNode schema, Ids ids, Set<String> expand, String url, JsonNode params) {
        return new Run(ids, expand, url, params).value(schema, "", "", null, 0);
    }

    /** True for Stripe list envelopes ({@code object: list|search_result} with {@code data}). */
    boolean isList(@Nullable JsonNode rawSchema) {
        JsonNode schema = firstAlternative(spec.resolve(rawSchema));
        if (schema == null) {
            return false;
        }
        JsonNode properties = schema.path("properties");
        JsonNode object = spec.resolve(properties.path("object"));
        JsonNode objectEnum = object == null ? null : object.path("enum");
        return properties.has("data")
                && objectEnum != null
                && (containsText(objectEnum, "list") || containsText(objectEnum, "search_result"));
    }

    /** The item schema of a list envelope. */
    @Nullable
    JsonNode listItemSchema(JsonNode rawSchema) {
        JsonNode schema = firstAlternative(spec.resolve(rawSchema));
        JsonNode data =
                schema == null ? null : spec.resolve(schema.path("properties").path("data"));
        return data == null ? null : data.get("items");
    }

    private @Nullable JsonNode firstAlternative(@Nullable JsonNode schema) {
        JsonNode current = schema;
        while (current != null
                && current.path("anyOf").isArray()
                && !current.get("anyOf").isEmpty()) {
            current = spec.resolve(current.get("anyOf").get(0));
        }
        return current;
    }

    private final class Run {
        private final Ids ids;
        private final Set<String> expand;
        private final String url;
        private final JsonNode params;
        private final Deque<String> refStack = new ArrayDeque<>();

        Run(Ids ids, Set<String> expand, String url, JsonNode params) {
            this.ids = ids;
            this.expand = expand;
            this.url = url;
            this.params = params;
        }

        private boolean requested(String path) {
            if (expand.contains(path)) {
                return true; // an expanded field is never left null
            }
            JsonNode node = params;
            for (String segment : path.split("\\.")) {
                node = node.path(segment);
            }
            return !node.isMissingNode() && !node.isNull();
        }

        JsonNode value(JsonNode rawSchema, String name, String path, @Nullable String ownerResource, int depth) {
            String ref = SpecIndex.refName(rawSchema);
            if (ref != null && refStack.contains(ref) || depth > MAX_DEPTH) {
                return NullNode.getInstance();
            }
            JsonNode schema = spec.resolve(rawSchema);
            if (schema == null) {
                return JSON.objectNode(); // unresolvable ref: "any object"
            }
            if (ref != null) {
                refStack.push(ref);
            }
            try {
                return resolved(schema, name, path, ownerResource, depth);
            } finally {
                if (ref != null) {
                    refStack.pop();
                }
            }
        }

        private JsonNode resolved(JsonNode schema, String name, String path, @Nullable String owner, int depth) {
            if (depth > 0 && schema.path("nullable").asBoolean(false) && !requested(path)) {
                return NullNode.getInstance();
            }
            String resourceId = schema.path("x-resourceId").asText(null);
            JsonNode fixture =
                    resourceId == null ? null : fixtures.path("resources").get(resourceId);
            if (fixture != null && fixture.isObject()) {
                ObjectNode copy = (ObjectNode) fixture.deepCopy();
                expandFixture(copy, schema, path, resourceId, depth);
                return copy;
            }
            JsonNode alternatives = schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
            if (alternatives != null && alternatives.isArray() && !alternatives.isEmpty()) {
                return alternative(alternatives, name, path, owner, depth);
            }
            if (schema.path("allOf").isArray()) {
                ObjectNode merged = JSON.objectNode();
                for (JsonNode part : schema.get("allOf")) {
                    JsonNode value = value(part, name, path, owner, depth);
                    if (value.isObject()) {
                        merged.setAll((ObjectNode) value);
                    }
                }
                return merged;
            }
            JsonNode enumeration = schema.get("enum");
            if (enumeration != null && enumeration.isArray() && !enumeration.isEmpty()) {
                return enumeration.get(0).deepCopy();
            }
            switch (schema.path("type").asText(schema.has("properties") ? "object" : "")) {
                case "object":
                    return object(schema, path, resourceId != null ? resourceId : owner, depth);
                case "array":
                    return JSON.arrayNode();
                case "string":
                    return JSON.textNode(string(name, owner));
                case "integer":
                    return "unix-time".equals(schema.path("format").asText())
                            ? JSON.numberNode(FIXED_TIME)
                            : JSON.numberNode(0L);
                case "number":
                    return JSON.numberNode(0.0);
                case "boolean":
                    return JSON.booleanNode(name.equals("deleted"));
                default:
                    return JSON.objectNode();
            }
        }

        /** A fixture holds ids in its expandable fields; the expanded paths get the object, keeping the fixture's id. */
        private void expandFixture(ObjectNode fixture, JsonNode schema, String path, String resource, int depth) {
            for (Map.Entry<String, JsonNode> property :
                    schema.path("properties").properties()) {
                String key = property.getKey();
                String childPath = path.isEmpty() ? key : path + "." + key;
                JsonNode current = fixture.get(key);
                if (current == null || !current.isTextual() || !expand.contains(childPath)) {
                    continue;
                }
                JsonNode expanded = value(property.getValue(), key, childPath, resource, depth + 1);
                if (expanded.isObject()) {
                    ((ObjectNode) expanded).put("id", current.asText());
                    fixture.set(key, expanded);
                }
            }
        }

        private JsonNode alternative(
                JsonNode alternatives, String name, String path, @Nullable String owner, int depth) {
            JsonNode expandable = null;
            boolean hasString = false;
            for (JsonNode alternative : alternatives) {
                JsonNode resolved = spec.resolve(alternative);
                if (SpecIndex.refName(alternative) != null && expandable == null) {
                    expandable = alternative;
                } else if (resolved != null
                        && "string".equals(resolved.path("type").asText())
                        && !resolved.has("enum")) {
                    hasString = true;
                }
            }
            if (hasString && expandable != null && alternatives.size() > 1) {
                if (expand.contains(path)) {
                    return value(expandable, name, path, owner, depth + 1);
                }
                JsonNode target = spec.resolve(expandable);
                String resource =
                        target == null ? null : target.path("x-resourceId").asText(null);
                return JSON.textNode(ids.id(Ids.prefixFor(resource != null ? resource : name)));
            }
            for (JsonNode alternative : alternatives) {
                JsonNode resolved = spec.resolve(alternative);
                boolean clearMarker = resolved != null
                        && resolved.path("enum").size() == 1
                        && "".equals(resolved.path("enum").get(0).asText(null));
                if (!clearMarker) {
                    return value(alternative, name, path, owner, depth);
                }
            }
            return NullNode.getInstance();
        }

        private JsonNode object(JsonNode schema, String path, @Nullable String resource, int depth) {
            ObjectNode object = JSON.objectNode();
            for (Map.Entry<String, JsonNode> property :
                    schema.path("properties").properties()) {
                String key = property.getKey();
                String childPath = path.isEmpty() ? key : path + "." + key;
                object.set(key, value(property.getValue(), key, childPath, resource, depth + 1));
            }
            if (isList(schema) && object.has("url")) {
                object.put("url", url);
                object.put("has_more", false);
            }
            return object;
        }

        private String string(String name, @Nullable String owner) {
            if (name.equals("id")) {
                return ids.id(Ids.prefixFor(owner));
            }
            if (name.equals("client_secret") || name.endsWith("_secret")) {
                return Ids.prefixFor(owner) + "_secret_" + ids.token(24);
            }
            switch (name) {
                case "currency":
                    return "usd";
                case "country":
                    return "US";
                case "email":
                    return "jenny.rosen@example.com";
                case "name":
                    return "Jenny Rosen";
                case "url":
                    return url;
                default:
                    return name.isEmpty() ? "string" : name;
            }
        }
    }

    private static boolean containsText(JsonNode array, String text) {
        for (JsonNode element : array) {
            if (text.equals(element.asText(null))) {
                return true;
            }
        }
        return false;
    }
}
