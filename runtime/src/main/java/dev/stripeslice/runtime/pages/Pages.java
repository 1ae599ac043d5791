package dev.stripeslice.runtime.pages;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.stripeslice.runtime.ApiRequest;
import dev.stripeslice.runtime.HttpMethod;
import dev.stripeslice.runtime.RequestOptions;
import dev.stripeslice.runtime.StripeTransport;
import dev.stripeslice.runtime.form.FormParams;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Continues a list from the page in hand, such as a list embedded in an object ({@code invoice.lines()},
 * {@code customer.subscriptions()}): the further pages are fetched from the list's own {@code url} through the
 * client's transport, so they carry the same API key, {@code Stripe-Version}, retries and errors as every other
 * call. The decoded list itself holds no reference to a client; a generated {@code StripeClient} hands out one
 * {@code Pages} as {@code pages()}.
 */
public final class Pages {
    private static final TypeFactory TYPES = TypeFactory.defaultInstance();

    private final StripeTransport transport;

    /** @param transport the connection further pages are fetched through */
    public Pages(StripeTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /**
     * Every item of {@code list}, then of the pages after it, fetched lazily with default options.
     *
     * @param list the page to start from (nothing is fetched for it)
     * @param itemType the type of the list's items, such as {@code Subscription.class}
     * @return the items; each iteration starts again from {@code list}
     */
    public <T> AutoPagingIterable<T> autoPaging(StripeList<T> list, Class<T> itemType) {
        return autoPaging(list, itemType, null, RequestOptions.none());
    }

    /**
     * Every item of {@code list}, then of the pages after it: each a {@code GET} of the list's {@code url} with
     * {@code params} and the cursor ({@code starting_after} the last id seen; {@code ending_before} the first
     * one when {@code params} set {@code ending_before}). Pass the {@code options} the object was retrieved with
     * (a {@code Stripe-Account}, say), since the list does not remember them.
     *
     * @param list the page to start from (nothing is fetched for it)
     * @param itemType the type of the list's items, such as {@code Subscription.class}
     * @param params sent with every further request besides the cursor ({@code limit}, {@code expand}, ...):
     *     any generated params, or a lambda such as {@code form -> form.put("limit", 100)}; null for none
     * @param options per-request options for every further request
     * @return the items; each iteration starts again from {@code list}
     * @throws IllegalStateException while iterating, when a further page is due but the list has no {@code url}
     *     path to fetch it from
     */
    public <T> AutoPagingIterable<T> autoPaging(
            StripeList<T> list, Class<T> itemType, @Nullable FormParams params, RequestOptions options) {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(options, "options");
        JavaType pageType =
                TYPES.constructParametricType(StripeList.class, Objects.requireNonNull(itemType, "itemType"));
        return AutoPagingIterable.continuing(list, params, page -> {
            ListUrl url = ListUrl.parse(list.url());
            return transport.execute(new ApiRequest(HttpMethod.GET, url.path(), url.with(page)), options, pageType);
        });
    }

    @Override
    public String toString() {
        return "Pages{" + transport + "}";
    }

    /** A list's {@code url}: the path to request, and the query pairs it may carry ({@code ?file=file_123}). */
    private record ListUrl(String path, List<Map.Entry<String, String>> query) {
        static ListUrl parse(@Nullable String url) {
            if (url == null || !url.startsWith("/") || url.contains("#")) {
                throw new IllegalStateException("cannot fetch the next page: the list's url is "
                        + (url == null ? "missing" : "not a path: " + url)
                        + "; list it through the client's list operation instead");
            }
            int question = url.indexOf('?');
            if (question < 0) {
                return new ListUrl(url, List.of());
            }
            List<Map.Entry<String, String>> query = new ArrayList<>();
            for (String pair : url.substring(question + 1).split("&")) {
                if (!pair.isEmpty()) {
                    int equals = pair.indexOf('=');
                    query.add(Map.entry(
                            decode(equals < 0 ? pair : pair.substring(0, equals)),
                            equals < 0 ? "" : decode(pair.substring(equals + 1))));
                }
            }
            return new ListUrl(url.substring(0, question), List.copyOf(query));
        }

        private static String decode(String text) {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        }

        /** The url's own query pairs, then {@code params}. */
        FormParams with(@Nullable FormParams params) {
            return form -> {
                query.forEach(pair -> form.put(pair.getKey(), pair.getValue()));
                if (params != null) {
                    params.writeForm(form);
                }
            };
        }
    }
}
