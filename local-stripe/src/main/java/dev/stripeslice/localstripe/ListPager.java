package dev.stripeslice.localstripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pages list and search endpoints: over what stateful mode stored, or over a stable fake collection of
 * {@code size} items whose contents depend only on the seed and the URL, so {@code starting_after}/{@code
 * ending_before} page through the same objects on every call and {@code has_more} is exact.
 */
final class ListPager {
    private static final int DEFAULT_LIMIT = 10;
    private static final int MAX_LIMIT = 100;

    private final ExampleSynthesizer synthesizer;

    ListPager(ExampleSynthesizer synthesizer) {
        this.synthesizer = synthesizer;
    }

    ObjectNode page(JsonNode listSchema, ObjectNode params, Set<String> expand, String url, long seed, int size) {
        return page(listSchema, collection(listSchema, expand, url, seed, size), params, url, seed);
    }

    /** A page of {@code collection} (in list order) as {@code limit}, the cursors and {@code page} ask. */
    ObjectNode page(JsonNode listSchema, List<JsonNode> collection, ObjectNode params, String url, long seed) {
        JsonNode envelope = synthesizer.synthesize(listSchema, new Ids(seed, "list " + url), Set.of(), url);
        ObjectNode list = envelope.isObject() ? (ObjectNode) envelope : JsonNodeFactory.instance.objectNode();

        int limit = Math.max(1, Math.min(MAX_LIMIT, params.path("limit").asInt(DEFAULT_LIMIT)));
        int from = 0;
        int to = Math.min(collection.size(), limit);
        if (isSearch(list)) {
            // Searches page with an opaque cursor: next_page names the offset of the next page.
            if (params.hasNonNull("page")) {
                from = pageOffset(params.get("page").asText(), collection.size());
                to = Math.min(collection.size(), from + limit);
            }
            ArrayNode data = list.putArray("data");
            collection.subList(from, to).forEach(item -> data.add(item.deepCopy()));
            boolean more = to < collection.size();
            list.put("has_more", more);
            if (more) {
                list.put("next_page", PAGE_PREFIX + to);
            } else {
                list.putNull("next_page");
            }
            list.put("url", url);
            return list;
        }
        if (params.hasNonNull("starting_after")) {
            from = indexOf(collection, params.get("starting_after").asText(), "starting_after") + 1;
            to = Math.min(collection.size(), from + limit);
        } else if (params.hasNonNull("ending_before")) {
            to = indexOf(collection, params.get("ending_before").asText(), "ending_before");
            from = Math.max(0, to - limit);
        }
        ArrayNode data = list.putArray("data");
        collection.subList(from, to).forEach(item -> data.add(item.deepCopy()));
        boolean backwards = params.hasNonNull("ending_before") && !params.hasNonNull("starting_after");
        list.put("has_more", backwards ? from > 0 : to < collection.size());
        list.put("url", url);
        return list;
    }

    private List<JsonNode> collection(JsonNode listSchema, Set<String> expand, String url, long seed, int size) {
        JsonNode itemSchema = synthesizer.listItemSchema(listSchema);
        Set<String> itemExpand = new HashSet<>();
        for (String path : expand) {
            if (path.startsWith("data.")) {
                itemExpand.add(path.substring("data.".length()));
            }
        }
        List<JsonNode> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Ids ids = new Ids(seed, "item " + i + " " + url);
            JsonNode item = itemSchema == null
                    ? JsonNodeFactory.instance.objectNode()
                    : synthesizer.synthesize(itemSchema, ids, itemExpand, url);
            if (item.isObject() && item.path("id").isTextual()) {
                // Fixtures share one id; give every item its own, keeping the prefix.
                String id = item.get("id").asText();
                int underscore = id.indexOf('_');
                String prefix = underscore > 0 ? id.substring(0, underscore) : "obj";
                ((ObjectNode) item).put("id", prefix + "_" + ids.token(10) + String.format("%04d", i));
            }
            items.add(item);
        }
        return items;
    }

    private static final String PAGE_PREFIX = "page_";

    private static boolean isSearch(ObjectNode list) {
        return list.path("object").asText("").equals("search_result");
    }

    private static int pageOffset(String page, int size) {
        try {
            if (page.startsWith(PAGE_PREFIX)) {
                int offset = Integer.parseInt(page.substring(PAGE_PREFIX.length()));
                if (offset >= 0 && offset <= size) {
                    return offset;
                }
            }
        } catch (NumberFormatException e) {
            // fall through to Stripe's error
        }
        throw new ApiError(
                400,
                "invalid_request_error",
                "parameter_invalid_string",
                "page",
                "Invalid page cursor: '" + page + "'");
    }

    private static int indexOf(List<JsonNode> collection, String id, String param) {
        for (int i = 0; i < collection.size(); i++) {
            if (id.equals(collection.get(i).path("id").asText(null))) {
                return i;
            }
        }
        throw new ApiError(400, "invalid_request_error", "resource_missing", param, "No such object: '" + id + "'");
    }
}
