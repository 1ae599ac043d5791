package dev.stripeslice.runtime.pages;

import dev.stripeslice.runtime.json.StripeObject;
import java.util.List;

/** One page of a Stripe collection: a list page ({@link StripeList}) or a search page ({@link StripeSearchResult}). */
public interface StripePage<T> extends StripeObject {
    /** The items on this page, in the order Stripe sent them. */
    List<T> data();

    /** Whether Stripe has more items after this page (before it, when paging backwards). */
    boolean hasMore();
}
