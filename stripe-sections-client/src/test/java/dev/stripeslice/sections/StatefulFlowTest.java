package dev.stripeslice.sections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stripeslice.localstripe.LocalStripe;
import dev.stripeslice.localstripe.junit.LocalStripeExtension;
import dev.stripeslice.runtime.RequestOptions;
import dev.stripeslice.runtime.error.InvalidRequestException;
import dev.stripeslice.runtime.error.StripeException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The generated client against LocalStripe's default, stateful mode, run by {@link LocalStripeExtension}: one server
 * for the class, serving the spec the plugin put beside this client, emptied after every test.
 */
@ExtendWith(LocalStripeExtension.class)
class StatefulFlowTest {
    private final StripeClient stripe;
    private final LocalStripe local;

    StatefulFlowTest(StripeClient stripe, LocalStripe local) {
        this.stripe = stripe;
        this.local = local;
    }

    @Test
    void createRetrieveUpdateDelete() {
        Customer created = stripe.customers()
                .create(CustomerCreateParams.builder()
                        .email("jo@example.com")
                        .putMetadata("plan", "gold")
                        .putMetadata("legacy", "yes")
                        .build());

        Customer updated = stripe.customers()
                .update(
                        created.id(),
                        CustomerUpdateParams.builder()
                                .name("Jo")
                                .putMetadata("legacy", "")
                                .build());

        assertThat(stripe.customers().retrieve(created.id())).isEqualTo(updated);
        assertThat(updated.email()).isEqualTo("jo@example.com");
        assertThat(updated.name()).isEqualTo("Jo");
        assertThat(updated.metadata()).containsExactly(java.util.Map.entry("plan", "gold"));

        stripe.customers().delete(created.id());
        assertThatThrownBy(() -> stripe.customers().retrieve(created.id()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.code()).isEqualTo("resource_missing");
                    assertThat(e.param()).isEqualTo("id");
                });
    }

    @Test
    void clearingAFieldMakesItNull() {
        Product product = stripe.products()
                .create(ProductCreateParams.builder()
                        .name("Plan")
                        .description("Old")
                        .build());

        Product cleared = stripe.products()
                .update(
                        product.id(),
                        ProductUpdateParams.builder().clearDescription().build());

        assertThat(cleared.description()).isNull();
        assertThat(stripe.products().retrieve(product.id()).description()).isNull();
    }

    @Test
    void autoPagingWalksWhatWasCreatedNewestFirst() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(stripe.customers()
                    .create(CustomerCreateParams.builder()
                            .email(i + "@example.com")
                            .build())
                    .id());
        }
        local.clearRequests();

        List<String> listed = new ArrayList<>();
        stripe.customers()
                .listAutoPaging(CustomerListParams.builder().limit(2L).build())
                .forEach(customer -> listed.add(customer.id()));

        java.util.Collections.reverse(created);
        assertThat(listed).containsExactlyElementsOf(created);
        assertThat(local.requests()).as("pages of 2, 2 and 1").hasSize(3);
    }

    @Test
    void searchFindsByEmailAndMetadata() {
        Customer gold = stripe.customers()
                .create(CustomerCreateParams.builder()
                        .email("gold@example.com")
                        .putMetadata("plan", "gold")
                        .build());
        stripe.customers()
                .create(CustomerCreateParams.builder().email("free@example.com").build());

        assertThat(stripe.customers()
                        .search(CustomerSearchParams.builder()
                                .query("email:'gold@example.com' AND metadata['plan']:'gold'")
                                .build())
                        .data())
                .extracting(Customer::id)
                .containsExactly(gold.id());
    }

    @Test
    void aRetriedCreateWithTheSameKeyCreatesOneCustomer() {
        RequestOptions key = RequestOptions.builder().idempotencyKey("order-42").build();
        CustomerCreateParams params =
                CustomerCreateParams.builder().email("once@example.com").build();

        Customer first = stripe.customers().create(params, key);
        Customer again = stripe.customers().create(params, key);

        assertThat(again).isEqualTo(first);
        assertThat(stripe.customers().list().data()).hasSize(1);
        assertThatThrownBy(() -> stripe.customers()
                        .create(
                                CustomerCreateParams.builder()
                                        .email("other@example.com")
                                        .build(),
                                key))
                .isInstanceOfSatisfying(
                        StripeException.class, e -> assertThat(e.type()).isEqualTo("idempotency_error"));
    }
}
