package dev.stripeslice.localstripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.jspecify.annotations.Nullable;

/**
 * Read access to an OpenAPI document: local {@code $ref} resolution, with references that resolve
 * nowhere (Stripe's section extracts keep refs to {@code customer} etc.) reported as {@code null}
 * so callers can treat them as "any object".
 */
final class SpecIndex {
    private static final int MAX_REF_HOPS = 16;

    private final JsonNode root;

    SpecIndex(JsonNode root) {
        this.root = root;
    }

    JsonNode root() {
        return root;
    }

    /** Follows {@code $ref}s until a schema without one; {@code null} when a ref dangles. */
    @Nullable
    JsonNode resolve(@Nullable JsonNode schema) {
        JsonNode current = schema;
        for (int hop = 0; current != null && hop < MAX_REF_HOPS; hop++) {
            JsonNode ref = current.get("$ref");
            if (ref == null || !ref.isTextual()) {
                return current;
            }
            current = lookup(ref.asText());
        }
        return null;
    }

    /** The name under {@code #/components/schemas/} a schema refers to, if it is such a ref. */
    static @Nullable String refName(@Nullable JsonNode schema) {
        if (schema == null || !schema.path("$ref").isTextual()) {
            return null;
        }
        String ref = schema.get("$ref").asText();
        int slash = ref.lastIndexOf('/');
        return slash < 0 ? ref : ref.substring(slash + 1);
    }

    private @Nullable JsonNode lookup(String ref) {
        if (!ref.startsWith("#")) {
            return null;
        }
        String pointer = ref.substring(1);
        JsonNode target;
        try {
            target = root.at(pointer);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return target instanceof MissingNode ? null : target;
    }

    String apiVersion() {
        return root.path("info").path("version").asText("");
    }
}
