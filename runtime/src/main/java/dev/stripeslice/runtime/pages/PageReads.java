package dev.stripeslice.runtime.pages;

import dev.stripeslice.runtime.json.FieldNames;
import dev.stripeslice.runtime.json.JsonReader;
import dev.stripeslice.runtime.json.JsonReads;
import dev.stripeslice.runtime.json.RecordReader;
import java.util.List;

/** {@link JsonReader}s for pages, given the reader of their items; what generated readers use for list results. */
public final class PageReads {
    // In the order Stripe sends them.
    private static final FieldNames LIST_FIELDS = FieldNames.of("data", "has_more", "object", "url");
    private static final FieldNames SEARCH_RESULT_FIELDS =
            FieldNames.of("data", "has_more", "next_page", "object", "total_count", "url");

    private PageReads() {}

    public static <T> JsonReader<StripeList<T>> listOf(JsonReader<T> item) {
        JsonReader<List<T>> data = JsonReads.listOf(item);
        return in -> {
            RecordReader r = RecordReader.start(in, StripeList.class, LIST_FIELDS);
            while (r.nextField()) {
                switch (r.index()) {
                    case 0 -> r.value(0, data);
                    case 1 -> r.bool(1);
                    case 2 -> r.string(2);
                    case 3 -> r.string(3);
                    default -> r.unknown();
                }
            }
            return new StripeList<>(r.get(2), r.get(0), hasMore(r.get(1)), r.get(3), r.extras());
        };
    }

    public static <T> JsonReader<StripeSearchResult<T>> searchResultOf(JsonReader<T> item) {
        JsonReader<List<T>> data = JsonReads.listOf(item);
        return in -> {
            RecordReader r = RecordReader.start(in, StripeSearchResult.class, SEARCH_RESULT_FIELDS);
            while (r.nextField()) {
                switch (r.index()) {
                    case 0 -> r.value(0, data);
                    case 1 -> r.bool(1);
                    case 2 -> r.string(2);
                    case 3 -> r.string(3);
                    case 4 -> r.int64(4);
                    case 5 -> r.string(5);
                    default -> r.unknown();
                }
            }
            return new StripeSearchResult<>(
                    r.get(3), r.get(0), hasMore(r.get(1)), r.get(2), r.get(5), r.get(4), r.extras());
        };
    }

    /** {@code has_more} is a primitive: absent or JSON null reads as false, as the mapper reads it. */
    private static boolean hasMore(Boolean value) {
        return value != null && value;
    }
}
