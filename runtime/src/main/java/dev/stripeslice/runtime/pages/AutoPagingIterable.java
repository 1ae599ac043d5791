package dev.stripeslice.runtime.pages;

import dev.stripeslice.runtime.form.FormParams;
import dev.stripeslice.runtime.json.ObjectIds;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Every item of a Stripe list or search, page after page. Nothing is fetched until the first item is asked
 * for, and each further page only when the caller has consumed the one before it. Every page is requested
 * with the caller's params and request options; only the cursor changes: {@code starting_after} the last id
 * (or {@code ending_before} the first id, when the first request paged backwards with {@code ending_before}),
 * or {@code page} = {@code next_page} for searches.
 *
 * <p>Each {@link #iterator()} starts again from the first page. Not thread-safe while iterating.
 *
 * @param <T> the item type
 */
public final class AutoPagingIterable<T> implements Iterable<T> {
    /** The page already in hand, read before anything is fetched; null when the first page is fetched too. */
    private final @Nullable StripePage<T> first;

    private final @Nullable FormParams params;
    private final Function<@Nullable FormParams, ? extends StripePage<T>> fetch;
    private final Function<StripePage<T>, @Nullable FormParams> next;

    private AutoPagingIterable(
            @Nullable StripePage<T> first,
            @Nullable FormParams params,
            Function<@Nullable FormParams, ? extends StripePage<T>> fetch,
            Function<StripePage<T>, @Nullable FormParams> next) {
        this.first = first;
        this.params = params;
        this.fetch = fetch;
        this.next = next;
    }

    /**
     * Pages of a list operation.
     *
     * @param params the first page's params (null when the operation takes none)
     * @param fetch requests one page with the given params
     */
    public static <T> AutoPagingIterable<T> list(
            @Nullable FormParams params, Function<@Nullable FormParams, StripeList<T>> fetch) {
        Objects.requireNonNull(fetch, "fetch");
        return new AutoPagingIterable<>(null, params, fetch, listCursor(params));
    }

    /**
     * The items of a list page already in hand (such as a list embedded in an object), then those of the pages
     * after it, each fetched with {@code params} and the cursor: {@code starting_after} its last id, or
     * {@code ending_before} its first id when {@code params} set {@code ending_before} (paging backwards).
     *
     * @param page the page to start from; nothing is fetched for it
     * @param params what every further request sends besides the cursor ({@code limit}, {@code expand}, ...)
     * @param fetch requests one page with the given params
     */
    public static <T> AutoPagingIterable<T> continuing(
            StripeList<T> page, @Nullable FormParams params, Function<@Nullable FormParams, StripeList<T>> fetch) {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(fetch, "fetch");
        return new AutoPagingIterable<>(page, params, fetch, listCursor(params));
    }

    private static <T> Function<StripePage<T>, @Nullable FormParams> listCursor(@Nullable FormParams params) {
        boolean backwards = CursorParams.sets(params, "ending_before") && !CursorParams.sets(params, "starting_after");
        return page -> {
            List<T> data = page.data();
            if (!page.hasMore() || data.isEmpty()) {
                return null;
            }
            String id = idOf(data.get(backwards ? 0 : data.size() - 1));
            return backwards
                    ? new CursorParams(params, "ending_before", id, Set.of("starting_after"))
                    : new CursorParams(params, "starting_after", id, Set.of("ending_before"));
        };
    }

    /**
     * Pages of a search operation.
     *
     * @param params the first page's params
     * @param fetch requests one page with the given params
     */
    public static <T> AutoPagingIterable<T> search(
            @Nullable FormParams params, Function<@Nullable FormParams, StripeSearchResult<T>> fetch) {
        Objects.requireNonNull(fetch, "fetch");
        return new AutoPagingIterable<>(null, params, fetch, page -> {
            String nextPage = ((StripeSearchResult<T>) page).nextPage();
            if (!page.hasMore() || page.data().isEmpty() || nextPage == null || nextPage.isEmpty()) {
                return null;
            }
            return new CursorParams(params, "page", nextPage, Set.of());
        });
    }

    @Override
    public Iterator<T> iterator() {
        return new Pages();
    }

    /** The items as a sequential stream; pages are fetched as the stream is consumed. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    private static String idOf(Object item) {
        String id = ObjectIds.idOf(item);
        if (id == null || id.isEmpty()) {
            throw new IllegalStateException("cannot page on: an item of type "
                    + item.getClass().getSimpleName() + " has no id to use as the cursor");
        }
        return id;
    }

    private final class Pages implements Iterator<T> {
        private @Nullable FormParams nextParams = params;
        private boolean started;
        private Iterator<T> current = java.util.Collections.emptyIterator();

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                if (started && nextParams == null) {
                    return false;
                }
                StripePage<T> page =
                        !started && first != null ? first : Objects.requireNonNull(fetch.apply(nextParams), "page");
                started = true;
                nextParams = next.apply(page);
                current = page.data().iterator();
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
