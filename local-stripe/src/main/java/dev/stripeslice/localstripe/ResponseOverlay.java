package dev.stripeslice.localstripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Copies request parameters into a synthesised response where the response has a property of the
 * same name at the same place, so {@code components[pricing_table][enabled]=true} comes back as
 * {@code components.pricing_table.enabled: true}. Hashes the response has as an empty object (such
 * as {@code metadata}) take the request's hash whole; an empty value (a clear) makes the field null, or an
 * empty {@code metadata}. {@code expand} is never copied.
 */
final class ResponseOverlay {
    private ResponseOverlay() {}

    static void apply(ObjectNode response, ObjectNode params) {
        for (Map.Entry<String, JsonNode> param : params.properties()) {
            if (!param.getKey().equals("expand")) {
                overlay(response, param.getKey(), param.getValue());
            }
        }
    }

    private static void overlay(ObjectNode target, String key, JsonNode value) {
        JsonNode current = target.get(key);
        if (current == null) {
            return;
        }
        if (value.isTextual() && value.asText().isEmpty() && !current.isTextual()) {
            // "name=" unsets the field: maps come back empty, everything else null
            if (key.equals("metadata")) {
                target.putObject(key);
            } else {
                target.putNull(key);
            }
            return;
        }
        if (value.isObject()) {
            if (current.isObject() && current.isEmpty()) {
                target.set(key, value.deepCopy());
            } else if (current.isObject()) {
                for (Map.Entry<String, JsonNode> child : value.properties()) {
                    overlay((ObjectNode) current, child.getKey(), child.getValue());
                }
            }
        } else if (current.isObject() && value.isTextual()) {
            ((ObjectNode) current).set("id", value); // an expanded object keeps the id that was sent
        } else if (!current.isObject()) {
            target.set(key, value.deepCopy());
        }
    }
}
