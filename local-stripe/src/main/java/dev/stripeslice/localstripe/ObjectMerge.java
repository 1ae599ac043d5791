package dev.stripeslice.localstripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Applies an update's params to a stored object the way Stripe does: a param sets the field of the same name at
 * the same place, an empty value ({@code description=}) clears it to {@code null} ({@code metadata=} to an empty
 * hash), and {@code metadata} merges key by key, an empty value removing that key. Params the object has no field
 * for ({@code source}, {@code expand}) change nothing.
 */
final class ObjectMerge {
    private ObjectMerge() {}

    /**
     * @param fresh the operation's answer as stateless mode would give it for these params: where a field was null
     *     and the param is a hash, its full shape (with the param's values in it) is taken from here
     */
    static void apply(ObjectNode stored, JsonNode fresh, ObjectNode params) {
        for (Map.Entry<String, JsonNode> param : params.properties()) {
            String key = param.getKey();
            if (!key.equals("expand") && stored.has(key)) {
                merge(stored, key, param.getValue(), fresh.path(key));
            }
        }
    }

    private static void merge(ObjectNode target, String key, JsonNode value, JsonNode fresh) {
        JsonNode current = target.get(key);
        if (value.isTextual() && value.asText().isEmpty()) {
            if (key.equals("metadata")) {
                target.putObject(key);
            } else {
                target.putNull(key);
            }
        } else if (key.equals("metadata") && value.isObject()) {
            ObjectNode metadata = current != null && current.isObject() ? (ObjectNode) current : target.putObject(key);
            value.properties().forEach(entry -> {
                if (entry.getValue().asText().isEmpty()) {
                    metadata.remove(entry.getKey());
                } else {
                    metadata.put(entry.getKey(), entry.getValue().asText());
                }
            });
        } else if (value.isObject() && current != null && current.isObject() && !current.isEmpty()) {
            ObjectNode object = (ObjectNode) current;
            value.properties().forEach(entry -> {
                if (object.has(entry.getKey())) {
                    merge(object, entry.getKey(), entry.getValue(), fresh.path(entry.getKey()));
                }
            });
        } else if (!fresh.isMissingNode()) {
            target.set(key, fresh.deepCopy());
        } else {
            target.set(key, value.deepCopy());
        }
    }
}
