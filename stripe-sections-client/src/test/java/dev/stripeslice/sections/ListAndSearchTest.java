package dev.stripeslice.sections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stripeslice.localstripe.RecordedRequest;
import dev.stripeslice.runtime.RequestOptions;
import dev.stripeslice.runtime.form.RangeQuery;
import dev.stripeslice.runtime.pages.AutoPagingIterable;
import dev.stripeslice.runtime.pages.StripeList;
import dev.stripeslice.runtime.pages.StripeSearchResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** List pages, search pages and auto-pagination, counting the requests made for the items consumed. */
class ListAndSearchTest {
    private static final int ITEMS = 7;

    @RegisterExtension
    static final LocalStripeSections server = LocalStripeSections.withListSize(ITEMS);

    @Test
    void aListPageIsTyped() {
        StripeList<Customer> page = server.stripe
                .customers()
                .list(CustomerListParams.builder().limit(3L).build());

        assertThat(page.object()).isEqualTo("list");
        assertThat(page.url()).isEqualTo("/v1/customers");
        assertThat(page.hasMore()).isTrue();
        assertThat(page.data())
                .hasSize(3)
                .allSatisfy(customer -> assertThat(customer.id()).startsWith("cus_"));
        assertThat(server.onlyRequest().rawQuery()).isEqualTo("limit=3");
    }

    @Test
    void queryParametersUseBracketsIndexesAndDeclarationOrder() {
        server.stripe
                .customers()
                .list(CustomerListParams.builder()
                        .limit(2L)
                        .addExpand("data.default_source")
                        .addExpand("data.test_clock")
                        .email("a+b@example.com")
                        .created(RangeQuery.builder()
                                .gte(1_700_000_000L)
                                .lt(1_800_000_000L)
                                .build())
                        .build());

        assertThat(server.onlyRequest().rawQuery())
                .isEqualTo("created[gte]=1700000000&created[lt]=1800000000"
                        + "&email=a%2Bb%40example.com&expand[0]=data.default_source&expand[1]=data.test_clock&limit=2");
        assertThat(server.onlyRequest().formParam("email")).isEqualTo("a+b@example.com");
    }

    @Test
    void autoPagingFetchesPagesLazilyWithTheSameParamsAndOptions() {
        RequestOptions options = RequestOptions.builder()
                .stripeAccount("acct_123")
                .header("X-Trace", "t1")
                .build();
        AutoPagingIterable<Customer> all = server.stripe
                .customers()
                .listAutoPaging(
                        CustomerListParams.builder()
                                .limit(3L)
                                .email("x@example.com")
                                .build(),
                        options);
        assertThat(server.requests())
                .as("nothing is fetched before the first item is asked for")
                .isEmpty();

        Iterator<Customer> items = all.iterator();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(items.next().id());
        }
        assertThat(server.requests()).as("4 items of pages of 3: two pages").hasSize(2);
        while (items.hasNext()) {
            ids.add(items.next().id());
        }
        assertThat(ids).hasSize(ITEMS).doesNotHaveDuplicates();
        List<RecordedRequest> requests = server.requests();
        assertThat(requests).as("7 items, 3 per page").hasSize(3);
        assertThat(requests.get(0).rawQuery()).isEqualTo("email=x%40example.com&limit=3");
        assertThat(requests.get(1).rawQuery()).isEqualTo("email=x%40example.com&limit=3&starting_after=" + ids.get(2));
        assertThat(requests.get(2).rawQuery()).isEqualTo("email=x%40example.com&limit=3&starting_after=" + ids.get(5));
        assertThat(requests).allSatisfy(request -> {
            assertThat(request.header("Stripe-Account")).isEqualTo("acct_123");
            assertThat(request.header("X-Trace")).isEqualTo("t1");
        });
    }

    @Test
    void autoPagingStopsWhereTheCallerStops() {
        List<Product> firstTwo =
                server
                        .stripe
                        .products()
                        .listAutoPaging(ProductListParams.builder().limit(2L).build())
                        .stream()
                        .limit(2)
                        .collect(Collectors.toList());

        assertThat(firstTwo).hasSize(2);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void autoPagingGoesBackwardsFromEndingBefore() {
        List<String> ids = server
                .stripe
                .prices()
                .list(PriceListParams.builder().limit(100L).build())
                .data()
                .stream()
                .map(Price::id)
                .collect(Collectors.toList());
        server.local.clearRequests();

        List<String> seen = new ArrayList<>();
        server.stripe
                .prices()
                .listAutoPaging(PriceListParams.builder()
                        .limit(2L)
                        .endingBefore(ids.get(6))
                        .build())
                .forEach(price -> seen.add(price.id()));

        assertThat(seen).containsExactly(ids.get(4), ids.get(5), ids.get(2), ids.get(3), ids.get(0), ids.get(1));
        assertThat(server.requests()).hasSize(3);
        assertThat(server.requests().get(1).formParam("ending_before")).isEqualTo(ids.get(4));
        assertThat(server.requests().get(2).formParam("ending_before")).isEqualTo(ids.get(2));
        assertThat(server.requests())
                .allSatisfy(r -> assertThat(r.formParam("starting_after")).isNull());
    }

    @Test
    void searchPagesFollowNextPage() {
        StripeSearchResult<Product> first = server.stripe
                .products()
                .search(ProductSearchParams.builder()
                        .query("active:'true'")
                        .limit(3L)
                        .build());
        assertThat(first.object()).isEqualTo("search_result");
        assertThat(first.data()).hasSize(3);
        assertThat(first.hasMore()).isTrue();
        assertThat(first.nextPage()).isNotBlank();
        server.local.clearRequests();

        List<Customer> all = server
                .stripe
                .customers()
                .searchAutoPaging(CustomerSearchParams.builder()
                        .query("email:'a@example.com'")
                        .limit(3L)
                        .build())
                .stream()
                .collect(Collectors.toList());

        assertThat(all).hasSize(ITEMS);
        List<RecordedRequest> requests = server.requests();
        assertThat(requests).hasSize(3);
        assertThat(requests.get(0).formParam("page")).isNull();
        assertThat(requests.get(1).formParam("page")).isNotBlank();
        assertThat(requests).allSatisfy(r -> assertThat(r.formParam("query")).isEqualTo("email:'a@example.com'"));
    }

    @Test
    void listsOfOtherSectionsAreTypedToo() {
        StripeList<BalanceTransaction> transactions =
                server.stripe.balanceTransactions().list();
        StripeList<Invoice> invoices = server.stripe.invoices().list();

        assertThat(transactions.data())
                .hasSize(ITEMS)
                .allSatisfy(t -> assertThat(t.id()).startsWith("txn_"));
        assertThat(invoices.data())
                .hasSize(ITEMS)
                .allSatisfy(i -> assertThat(i.object()).isEqualTo("invoice"));
        assertThat(server.stripe
                        .balanceTransactions()
                        .listAutoPaging(
                                BalanceTransactionListParams.builder().limit(5L).build()))
                .hasSize(ITEMS);
    }
}
