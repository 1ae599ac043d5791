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
            for (String field = r.nextField(); field != null; field = r.nextField()) {
                switch (field) {
                    case "object" -> r.string(0);
                    case "data" -> r.value(1, data);
                    case "has_more" -> r.bool(2);
                    case "url" -> r.string(3);
                    default -> r.unknown();
                }
            }
            return new StripeList<>(r.get(0), r.get(1), hasMore(r.get(2)), r.get(3), r.extras());
        };
    }

    public static <T> JsonReader<StripeSearchResult<T>> searchResultOf(JsonReader<T> item) {
        JsonReader<List<T>> data = JsonReads.listOf(item);
        return p -> {
            RecordReader r = RecordReader.start(p, StripeSearchResult.class, 6);
            for (String field = r.nextField(); field != null; field = r.nextField()) {
                switch (field) {
                    case "object" -> r.string(0);
                    case "data" -> r.value(1, data);
                    case "has_more" -> r.bool(2);
                    case "next_page" -> r.string(3);
                    case "url" -> r.string(4);
                    case "total_count" -> r.int64(5);
                    default -> r.unknown();
                }
            }
            return new StripeSearchResult<>(
                    r.get(0), r.get(1), hasMore(r.get(2)), r.get(3), r.get(4), r.get(5), r.extras());
        };
    }

    /** {@code has_more} is a primitive: absent or JSON null reads as false, as the mapper reads it. */
    private static boolean hasMore(Boolean value) {
        return value != null && value;
    }
}
