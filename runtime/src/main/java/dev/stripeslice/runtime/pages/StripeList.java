package dev.stripeslice.runtime.pages;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stripeslice.runtime.json.JsonExtras;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of a Stripe list ({@code "object": "list"}), as list operations answer. Fields this client does
 * not model stay in {@link #extras()}, so a page reads and writes back unchanged. To go through every
 * item, use the client's {@code listAutoPaging} methods, which fetch further pages only when needed.
 *
 * @param object always {@code list}
 * @param data the items on this page
 * @param hasMore whether more items follow {@code data}
 * @param url the list's path, such as {@code /v1/customers}
 * @param extras fields this client does not model
 * @param <T> the item type
 */
public record StripeList<T>(
        @JsonProperty("object") @Nullable String object,
        @JsonProperty("data") List<T> data,
        @JsonProperty("has_more") boolean hasMore,
        @JsonProperty("url") @Nullable String url,
        JsonExtras extras)
        implements StripePage<T> {
    public StripeList {
        data = data == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(data));
        extras = extras == null ? JsonExtras.empty() : extras;
    }
}
