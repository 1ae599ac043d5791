package dev.stripeslice.sections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stripeslice.runtime.RequestOptions;
import dev.stripeslice.runtime.StripeResponse;
import dev.stripeslice.runtime.error.InvalidRequestException;
import dev.stripeslice.runtime.pages.StripeList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Response metadata beside the typed result, escape hatches, and expandable fields in several sections. */
class ResponseMetadataAndExpandTest {
    @RegisterExtension
    static final LocalStripeSections server = LocalStripeSections.withListSize(3);

    @Test
    void everyCallCanHandBackStatusRequestIdAndHeaders() {
        StripeResponse<Customer> response = server.stripe
                .customers()
                .retrieveWithResponse(
                        "cus_123", CustomerRetrieveParams.builder().build(), RequestOptions.none());
        StripeResponse<StripeList<Invoice>> list = server.stripe
                .invoices()
                .listWithResponse(InvoiceListParams.builder().build(), RequestOptions.none());
        StripeResponse<DeletedCustomer> deleted =
                server.stripe.customers().deleteWithResponse("cus_123", RequestOptions.none());

        assertThat(server.requests()).as("no second request").hasSize(3);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.requestId()).startsWith("req_");
        assertThat(response.header("request-id")).contains(response.requestId());
        assertThat(response.header("Stripe-Version")).contains(StripeClient.API_VERSION);
        assertThat(response.value().id()).isEqualTo("cus_123");
        assertThat(list.value().data()).hasSize(3);
        assertThat(list.requestId()).isNotEqualTo(response.requestId());
        assertThat(deleted.value().deleted()).isTrue();
        assertThat(response.toString()).doesNotContain("cus_123");
    }

    @Test
    void extraHeadersAndParamsReachTheWire() {
        server.stripe
                .customers()
                .list(
                        CustomerListParams.builder().limit(1L).build(),
                        RequestOptions.builder()
                                .header("Stripe-Context", "ctx_1")
                                .build());
        assertThat(server.onlyRequest().header("Stripe-Context")).isEqualTo("ctx_1");
        server.local.clearRequests();

        // LocalStripe knows the spec, so a param the spec does not have is sent and then refused, like Stripe would.
        assertThatThrownBy(() -> server.stripe
                        .customers()
                        .list(CustomerListParams.builder()
                                .putExtraParam("future_filter", java.util.Map.of("a", "b"))
                                .build()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("future_filter");
        assertThat(server.onlyRequest().rawQuery()).isEqualTo("future_filter[a]=b");
    }

    @Test
    void expandableFieldsAreIdsUntilExpanded() {
        Invoice plain = server.stripe.invoices().retrieve("in_123");
        assertThat(plain.customer()).isNotNull();
        assertThat(plain.customer().id()).startsWith("cus_");
        assertThat(plain.customer().isExpanded()).isFalse();

        Invoice expanded = server.stripe
                .invoices()
                .retrieve(
                        "in_123",
                        InvoiceRetrieveParams.builder()
                                .addExpand("customer")
                                .addExpand("subscription")
                                .addExpand("charge")
                                .build());
        assertThat(server.requests().get(1).rawQuery())
                .isEqualTo("expand[0]=customer&expand[1]=subscription&expand[2]=charge");
        Customer customer = expanded.customer().expanded().orElseThrow();
        assertThat(customer.object()).isEqualTo("customer");
        assertThat(customer.id()).isEqualTo(expanded.customer().id());
        // the customer section brings subscriptions (/v1/customers/{customer}/subscriptions): typed
        if (expanded.subscription() != null) {
            Subscription subscription = expanded.subscription().expanded().orElseThrow();
            assertThat(subscription.id()).isEqualTo(expanded.subscription().id());
        }
        // charge lies outside the generated sections: still an id, the expanded object is raw JSON
        if (expanded.charge() != null) {
            JsonNode charge = expanded.charge().expanded().orElseThrow();
            assertThat(charge.path("id").asText()).isEqualTo(expanded.charge().id());
        }
    }

    @Test
    void expandableFieldsOfOtherSections() {
        Price price = server.stripe
                .prices()
                .retrieve(
                        "price_123",
                        PriceRetrieveParams.builder().addExpand("product").build());
        Product product = price.product().expanded().orElseThrow();
        assertThat(product.id()).isEqualTo(price.product().id()).startsWith("prod_");

        Product withDefault = server.stripe
                .products()
                .retrieve(
                        "prod_123",
                        ProductRetrieveParams.builder()
                                .addExpand("default_price")
                                .build());
        if (withDefault.defaultPrice() != null) {
            assertThat(withDefault.defaultPrice().expanded().orElseThrow().id())
                    .isEqualTo(withDefault.defaultPrice().id());
        }

        StripeList<Customer> customers = server.stripe
                .customers()
                .list(CustomerListParams.builder().addExpand("data.test_clock").build());
        assertThat(customers.data()).isNotEmpty();
        assertThat(server.stripe.balanceTransactions().retrieve("txn_123").id()).isEqualTo("txn_123");
    }
}
