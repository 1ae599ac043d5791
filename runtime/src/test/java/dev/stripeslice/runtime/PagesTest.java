package dev.stripeslice.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stripeslice.runtime.FakeStripe.Received;
import dev.stripeslice.runtime.FakeStripe.Reply;
import dev.stripeslice.runtime.TestTypes.Customer;
import dev.stripeslice.runtime.error.InvalidRequestException;
import dev.stripeslice.runtime.json.JsonExtras;
import dev.stripeslice.runtime.json.StripeJson;
import dev.stripeslice.runtime.json.StripeObject;
import dev.stripeslice.runtime.pages.Pages;
import dev.stripeslice.runtime.pages.StripeList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Continuing a list embedded in an object: the exact requests to its own url, through the client's transport. */
class PagesTest {
    private static final String API_KEY = "sk_test_51PagesKey0123";
    private static final String VERSION = "2026-07-29.dahlia";

    /** An object with an embedded list, as a generated record declares it. */
    record Owner(
            @JsonProperty("id") String id,
            @JsonProperty("members") StripeList<Customer> members,
            JsonExtras extras) implements StripeObject {}

    private FakeStripe stripe;
    private Pages pages;

    @BeforeEach
    void start() throws Exception {
        stripe = new FakeStripe();
        pages = new Pages(new StripeTransport(
                ClientConfig.builder()
                        .apiKey(API_KEY)
                        .baseUrl(stripe.baseUrl())
                        .maxNetworkRetries(0)
                        .build(),
                VERSION));
    }

    @AfterEach
    void stop() {
        stripe.close();
    }

    private static String page(String url, boolean hasMore, String... ids) {
        String data = List.of(ids).stream()
                .map(id -> "{\"id\":\"" + id + "\",\"object\":\"customer\"}")
                .collect(Collectors.joining(","));
        return "{\"object\":\"list\",\"data\":[" + data + "],\"has_more\":" + hasMore + ",\"url\":\"" + url + "\"}";
    }

    private static Owner owner(String listJson) throws Exception {
        return StripeJson.mapper().readValue("{\"id\":\"grp_1\",\"members\":" + listJson + "}", Owner.class);
    }

    private static List<String> ids(Iterable<Customer> customers) {
        List<String> ids = new java.util.ArrayList<>();
        customers.forEach(customer -> ids.add(customer.id()));
        return ids;
    }

    @Test
    void continuesFromTheLastItemAtTheListsOwnUrl() throws Exception {
        String url = "/v1/groups/grp_1/members";
        Owner owner = owner(page(url, true, "cus_1", "cus_2"));
        stripe.then(Reply.json(200, page(url, true, "cus_3", "cus_4")))
                .then(Reply.json(200, page(url, false, "cus_5")));

        var all = pages.autoPaging(
                owner.members(),
                Customer.class,
                form -> form.put("limit", 2L),
                RequestOptions.builder().stripeAccount("acct_123").build());

        assertThat(stripe.received())
                .as("the page in hand is not fetched again")
                .isEmpty();
        assertThat(ids(all)).containsExactly("cus_1", "cus_2", "cus_3", "cus_4", "cus_5");
        List<Received> requests = stripe.received();
        assertThat(requests).extracting(Received::method).containsExactly("GET", "GET");
        assertThat(requests).extracting(Received::path).containsOnly(url);
        assertThat(requests)
                .extracting(Received::query)
                .containsExactly("limit=2&starting_after=cus_2", "limit=2&starting_after=cus_4");
        for (Received request : requests) {
            assertThat(request.header("Authorization")).isEqualTo("Bearer " + API_KEY);
            assertThat(request.header("Stripe-Version")).isEqualTo(VERSION);
            assertThat(request.header("Stripe-Account")).isEqualTo("acct_123");
        }
    }

    @Test
    void nothingIsFetchedWhenTheListHasNoMore() throws Exception {
        Owner owner = owner(page("/v1/groups/grp_1/members", false, "cus_1"));

        assertThat(ids(pages.autoPaging(owner.members(), Customer.class))).containsExactly("cus_1");
        assertThat(stripe.received()).isEmpty();
    }

    @Test
    void pagesBackwardsFromTheFirstItemWhenAskedWithEndingBefore() throws Exception {
        String url = "/v1/groups/grp_1/members";
        Owner owner = owner(page(url, true, "cus_5", "cus_6"));
        stripe.then(Reply.json(200, page(url, false, "cus_3", "cus_4")));

        var all = pages.autoPaging(
                owner.members(), Customer.class, form -> form.put("ending_before", "ignored"), RequestOptions.none());

        assertThat(ids(all)).containsExactly("cus_5", "cus_6", "cus_3", "cus_4");
        assertThat(stripe.received()).extracting(Received::query).containsExactly("ending_before=cus_5");
    }

    @Test
    void keepsTheQueryOfTheListsUrl() throws Exception {
        Owner owner = owner(page("/v1/file_links?file=file_1%2Ba", true, "link_1"));
        stripe.then(Reply.json(200, page("/v1/file_links?file=file_1%2Ba", false, "link_2")));

        assertThat(ids(pages.autoPaging(owner.members(), Customer.class))).containsExactly("link_1", "link_2");
        assertThat(stripe.received()).extracting(Received::path).containsExactly("/v1/file_links");
        assertThat(stripe.received())
                .extracting(Received::query)
                .containsExactly("file=file_1%2Ba&starting_after=link_1");
    }

    @Test
    void aListWithoutAPathUrlFailsClearlyWhenTheNextPageIsDue() throws Exception {
        Owner owner = owner(page("https://elsewhere.example/v1/x", true, "cus_1"));
        var iterator = pages.autoPaging(owner.members(), Customer.class).iterator();

        assertThat(iterator.next().id()).isEqualTo("cus_1");
        assertThatThrownBy(iterator::hasNext)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not a path: https://elsewhere.example/v1/x");
        assertThat(stripe.received()).isEmpty();
    }

    @Test
    void errorsOfAFurtherPageAreTypedStripeExceptions() throws Exception {
        Owner owner = owner(page("/v1/groups/grp_1/members", true, "cus_1"));
        stripe.then(
                Reply.json(
                        404,
                        "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"resource_missing\",\"message\":\"No such group\"}}"));

        var iterator = pages.autoPaging(owner.members(), Customer.class).iterator();
        iterator.next();

        assertThatThrownBy(iterator::hasNext)
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("No such group");
    }
}
