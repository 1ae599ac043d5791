package dev.stripeslice.runtime.pages;

import dev.stripeslice.runtime.json.JsonReader;
import dev.stripeslice.runtime.json.JsonReads;
import dev.stripeslice.runtime.json.RecordReader;
import java.util.List;

/** {@link JsonReader}s for pages, given the reader of their items; what generated readers use for list results. */
public final class PageReads {
    private PageReads() {}

    public static <T> JsonReader<StripeList<T>> listOf(JsonReader<T> item) {
        JsonReader<List<T>> data = JsonReads.listOf(item);
        return p -> {
            RecordReader r = RecordReader.start(p, StripeList.class, 4);
            String object = null;
            List<T> items = null;
            Boolean hasMore = null;
            String url = null;
            for (String name = r.nextField(); name != null; name = r.nextField()) {
                switch (name) {
                    case "object" -> object = r.string(0);
                    case "data" -> items = r.value(1, data);
                    case "has_more" -> hasMore = r.bool(2);
                    case "url" -> url = r.string(3);
                    default -> r.unknown();
                }
            }
            return new StripeList<>(object, items, hasMore != null && hasMore, url, r.extras());
        };
    }

    public static <T> JsonReader<StripeSearchResult<T>> searchResultOf(JsonReader<T> item) {
        JsonReader<List<T>> data = JsonReads.listOf(item);
        return p -> {
            RecordReader r = RecordReader.start(p, StripeSearchResult.class, 6);
            String object = null;
            List<T> items = null;
            Boolean hasMore = null;
            String nextPage = null;
            String url = null;
            Long totalCount = null;
            for (String name = r.nextField(); name != null; name = r.nextField()) {
                switch (name) {
                    case "object" -> object = r.string(0);
                    case "data" -> items = r.value(1, data);
                    case "has_more" -> hasMore = r.bool(2);
                    case "next_page" -> nextPage = r.string(3);
                    case "url" -> url = r.string(4);
                    case "total_count" -> totalCount = r.int64(5);
                    default -> r.unknown();
                }
            }
            return new StripeSearchResult<>(
                    object, items, hasMore != null && hasMore, nextPage, url, totalCount, r.extras());
        };
    }
}
