package dev.stripeslice.runtime.pages;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stripeslice.runtime.json.JsonExtras;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of a Stripe search ({@code "object": "search_result"}), as {@code /search} operations answer. The
 * next page is asked for with {@code page} set to {@link #nextPage()}; the client's
 * {@code searchAutoPaging} methods do that, only when needed.
 *
 * @param object always {@code search_result}
 * @param data the items on this page
 * @param hasMore whether more items follow
 * @param nextPage the cursor for the next page, or null on the last page
 * @param url the search's path
 * @param totalCount the number of matches, when Stripe was asked for it
 * @param extras fields this client does not model
 * @param <T> the item type
 */
public record StripeSearchResult<T>(
        @JsonProperty("object") @Nullable String object,
        @JsonProperty("data") List<T> data,
        @JsonProperty("has_more") boolean hasMore,
        @JsonProperty("next_page") @Nullable String nextPage,
        @JsonProperty("url") @Nullable String url,
        @JsonProperty("total_count") @Nullable Long totalCount,
        JsonExtras extras)
        implements StripePage<T> {
    public StripeSearchResult {
        data = data == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(data));
        extras = extras == null ? JsonExtras.empty() : extras;
    }
}
