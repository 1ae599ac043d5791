package dev.stripeslice.localstripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Lists embedded in an answered object ({@code invoice.lines}, {@code customer.tax_ids}) as Stripe sends them: the
 * first page of the list at the object's own sub-path ({@code /v1/invoices/in_123/lines}), with that {@code url},
 * whenever the spec has a list operation there. Paging on from such a list with {@code starting_after} then walks
 * the same collection that the list operation answers.
 */
final class EmbeddedLists {
    /** Answers a {@code GET} of a list operation with no params but {@code expand}. */
    @FunctionalInterface
    interface FirstPage {
        JsonNode of(String url, Router.Match match, Set<String> expand);
    }

    private final Router router;
    private final ExampleSynthesizer shapes;

    EmbeddedLists(Router router, ExampleSynthesizer shapes) {
        this.router = router;
        this.shapes = shapes;
    }

    /**
     * {@code body} with each embedded list replaced by its first page; {@code body} itself when it has none (it may
     * be a stored object, which is never changed).
     *
     * @param requestPath the path the object was answered for (its create, retrieve, update or action)
     * @param expand the request's expand paths ({@code lines.data.price} expands {@code data.price} of the page)
     */
    JsonNode fill(JsonNode body, String requestPath, Set<String> expand, FirstPage firstPage) {
        if (!body.isObject() || !body.path("id").isTextual()) {
            return body;
        }
        String objectPath = objectPath(requestPath, body.get("id").asText());
        ObjectNode filled = null;
        for (Map.Entry<String, JsonNode> property : body.properties()) {
            if (!isList(property.getValue())) {
                continue;
            }
            String url = objectPath + "/" + property.getKey();
            Router.Match match = router.match("GET", url);
            if (match == null || !shapes.isList(OperationSchemas.responseSchema(match.operation()))) {
                continue;
            }
            if (filled == null) {
                filled = ((ObjectNode) body).deepCopy();
            }
            filled.set(property.getKey(), firstPage.of(url, match, under(expand, property.getKey())));
        }
        return filled == null ? body : filled;
    }

    /** {@code /v1/invoices/in_1} for an answer to {@code /v1/invoices/in_1/finalize}, or to a create at {@code /v1/invoices}. */
    static String objectPath(String requestPath, String id) {
        String segment = "/" + id;
        int at = requestPath.indexOf(segment);
        while (at >= 0) {
            int end = at + segment.length();
            if (end == requestPath.length() || requestPath.charAt(end) == '/') {
                return requestPath.substring(0, end);
            }
            at = requestPath.indexOf(segment, at + 1);
        }
        return requestPath + segment;
    }

    private static boolean isList(JsonNode value) {
        return value.isObject()
                && value.path("object").asText("").equals("list")
                && value.path("data").isArray();
    }

    private static Set<String> under(Set<String> expand, String key) {
        Set<String> inner = new LinkedHashSet<>();
        for (String path : expand) {
            if (path.startsWith(key + ".")) {
                inner.add(path.substring(key.length() + 1));
            }
        }
        return inner;
    }
}
