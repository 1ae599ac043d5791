package dev.stripeslice.localstripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decodes {@code application/x-www-form-urlencoded} text the way Stripe reads it: bracket keys
 * ({@code a[b][0]=x}) become a tree of {@link ObjectNode}s whose leaves are text. List indexes stay
 * object keys here ({@code "0"}, {@code "1"}); the validator decides whether a node is a list,
 * because only the schema knows. An empty index ({@code expand[]=x}) appends.
 */
final class FormDecoder {
    private FormDecoder() {}

    /** The decoded name/value pairs, in order; undecodable escapes are kept verbatim. */
    static List<Map.Entry<String, String>> pairs(String encoded) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (encoded.isEmpty()) {
            return pairs;
        }
        for (String part : encoded.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = eq < 0 ? part : part.substring(0, eq);
            String value = eq < 0 ? "" : part.substring(eq + 1);
            pairs.add(Map.entry(decode(name), decode(value)));
        }
        return pairs;
    }

    /** Builds the parameter tree; a key used both as a scalar and as a parent is a 400. */
    static ObjectNode tree(List<Map.Entry<String, String>> pairs) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, String> pair : pairs) {
            put(root, keyPath(pair.getKey()), pair.getKey(), pair.getValue());
        }
        return root;
    }

    /** {@code a[b][0]} -> [a, b, 0]; a key with unbalanced brackets is one literal name. */
    static List<String> keyPath(String key) {
        int open = key.indexOf('[');
        if (open <= 0 || !key.endsWith("]")) {
            return List.of(key);
        }
        List<String> path = new ArrayList<>();
        path.add(key.substring(0, open));
        int i = open;
        while (i < key.length()) {
            if (key.charAt(i) != '[') {
                return List.of(key);
            }
            int close = key.indexOf(']', i);
            if (close < 0) {
                return List.of(key);
            }
            path.add(key.substring(i + 1, close));
            i = close + 1;
        }
        return path;
    }

    private static void put(ObjectNode root, List<String> path, String fullKey, String value) {
        ObjectNode parent = root;
        for (int i = 0; i < path.size() - 1; i++) {
            String segment = appendIfEmpty(parent, path.get(i));
            JsonNode child = parent.get(segment);
            if (child == null) {
                parent = parent.putObject(segment);
            } else if (child.isObject()) {
                parent = (ObjectNode) child;
            } else {
                throw conflict(fullKey);
            }
        }
        String last = appendIfEmpty(parent, path.get(path.size() - 1));
        JsonNode existing = parent.get(last);
        if (existing != null && existing.isObject()) {
            throw conflict(fullKey);
        }
        parent.put(last, value); // a repeated scalar key: the last value wins
    }

    private static String appendIfEmpty(ObjectNode parent, String segment) {
        return segment.isEmpty() ? Integer.toString(parent.size()) : segment;
    }

    private static ApiError conflict(String key) {
        return ApiError.invalidRequest(
                "parameter_invalid",
                key,
                "Invalid " + key + ": the same parameter was sent both as a value and as a hash or array.");
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
