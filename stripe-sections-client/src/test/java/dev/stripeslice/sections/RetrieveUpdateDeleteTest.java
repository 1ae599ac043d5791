package dev.stripeslice.sections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stripeslice.localstripe.RecordedRequest;
import dev.stripeslice.runtime.error.InvalidRequestException;
import dev.stripeslice.runtime.json.StripeJson;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Retrieve, update (setting, clearing, metadata) and delete on real sections, validated by LocalStripe. */
class RetrieveUpdateDeleteTest {
    @RegisterExtension
    static final LocalStripeSections server = LocalStripeSections.withListSize(5);

    @Test
    void retrievesWithExpandAsQueryParameters() {
        Customer customer = server.stripe
                .customers()
                .retrieve(
                        "cus_123",
                        CustomerRetrieveParams.builder()
                                .addExpand("default_source")
                                .addExpand("test_clock")
                                .build());

        RecordedRequest request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/v1/customers/cus_123");
        assertThat(request.rawQuery()).isEqualTo("expand[0]=default_source&expand[1]=test_clock");
        assertThat(request.body()).isEmpty();
        assertThat(customer.id()).isEqualTo("cus_123");
        assertThat(customer.object()).isEqualTo("customer");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a/b         | /v1/products/a%2Fb",
                "what?x=1    | /v1/products/what%3Fx%3D1",
                "with space  | /v1/products/with%20space",
                "ünïcødé     | /v1/products/%C3%BCn%C3%AFc%C3%B8d%C3%A9",
                "..          | /v1/products/%2E%2E",
                "a#b&c+d%    | /v1/products/a%23b%26c%2Bd%25",
            })
    void percentEncodesPathParameters(String id, String expectedPath) {
        Product product = server.stripe.products().retrieve(id.strip());

        assertThat(server.onlyRequest().path()).isEqualTo(expectedPath);
        assertThat(product.id()).as("LocalStripe decoded the same id").isEqualTo(id.strip());
    }

    /**
     * Retrieving a deleted customer answers its deleted form ({@code anyOf [customer, deleted_customer]}): it reads
     * as a Customer whose {@code deleted()} says so, and whose fields the deleted form lacks are all {@code @Nullable}.
     */
    @Test
    void aRetrievedCustomerMayBeItsDeletedForm() throws Exception {
        Customer customer = StripeJson.mapper()
                .readValue("{\"id\": \"cus_gone\", \"object\": \"customer\", \"deleted\": true}", Customer.class);

        assertThat(customer.deleted()).isTrue();
        assertThat(customer.created()).isNull();
        for (String component : List.of("created", "livemode", "email", "deleted")) {
            assertThat(Customer.class
                            .getDeclaredField(component)
                            .getAnnotatedType()
                            .isAnnotationPresent(Nullable.class))
                    .as(component)
                    .isTrue();
        }
        assertThat(Customer.class.getDeclaredField("id").getAnnotatedType().isAnnotationPresent(Nullable.class))
                .as("id, which the deleted form has too")
                .isFalse();
    }

    @Test
    void deleteReturnsTheDeletedObject() {
        DeletedProduct product = server.stripe.products().delete("prod_123");
        DeletedCustomer customer = server.stripe.customers().delete("cus_a/b");

        assertThat(server.requests()).extracting(RecordedRequest::method).containsExactly("DELETE", "DELETE");
        assertThat(server.requests().get(1).path()).isEqualTo("/v1/customers/cus_a%2Fb");
        assertThat(product.id()).isEqualTo("prod_123");
        assertThat(product.deleted()).isTrue();
        assertThat(customer.id()).isEqualTo("cus_a/b");
        assertThat(customer.deleted()).isTrue();
    }

    @Test
    void updateSendsSetAndClearedFieldsInDeclarationOrder() {
        Product product = server.stripe
                .products()
                .update(
                        "prod_123",
                        ProductUpdateParams.builder()
                                .name("Gold plan")
                                .clearDescription()
                                .putMetadata("tier", "gold")
                                .putMetadata("legacy", "") // unsets one key
                                .clearUrl()
                                .build());

        RecordedRequest request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/products/prod_123");
        assertThat(request.body()).isEqualTo("description=&metadata[tier]=gold&metadata[legacy]=&name=Gold+plan&url=");
        assertThat(product.name()).isEqualTo("Gold plan");
    }

    @Test
    void clearsAWholeMap() {
        server.stripe
                .customers()
                .update(
                        "cus_123",
                        CustomerUpdateParams.builder()
                                .clearMetadata()
                                .clearAddress()
                                .build());

        assertThat(server.onlyRequest().body()).isEqualTo("address=&metadata=");
    }

    @Test
    void settingAfterClearingSendsTheValue() {
        ProductUpdateParams params = ProductUpdateParams.builder()
                .clearDescription()
                .description("back")
                .build();

        assertThat(params.clearedFields()).isEmpty();
        server.stripe.products().update("prod_123", params);
        assertThat(server.onlyRequest().body()).isEqualTo("description=back");
    }

    @Test
    void anEmptyStringCannotBeSentWhereTheSpecDoesNotAllowIt() {
        // Customer description is a plain string on update: "" would unset it, which the spec does not allow.
        assertThatThrownBy(() -> CustomerUpdateParams.builder().description("").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("description must not be empty");
        assertThatThrownBy(() -> ProductUpdateParams.builder().name("").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name must not be empty");
        assertThatThrownBy(() -> CustomerUpdateParams.builder()
                        .preferredLocales(java.util.List.of())
                        .build())
                .as("an empty list would go out as preferred_locales=, which the spec does not allow")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("preferred_locales must not be empty");
        // Where the spec allows clearing, an empty map is allowed too (it is what clearMetadata() sends).
        assertThat(CustomerUpdateParams.builder().metadata(Map.of()).build().metadata())
                .isEmpty();
        // Only fields the spec lets be cleared can be named as cleared, and not while they hold a value.
        assertThatThrownBy(() -> new ProductUpdateParams(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Gold",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Set.of("name"),
                        Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name cannot be cleared");
        assertThatThrownBy(() -> new ProductUpdateParams(
                        null,
                        null,
                        "text",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Set.of("description"),
                        Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("description is both set and cleared");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void actionsPostToTheirOwnPath() {
        Invoice invoice = server.stripe
                .invoices()
                .finalizeInvoice(
                        "in_123",
                        InvoiceFinalizeParams.builder().autoAdvance(false).build());
        server.stripe.invoices().voidInvoice("in_123");

        assertThat(server.requests())
                .extracting(RecordedRequest::path)
                .containsExactly("/v1/invoices/in_123/finalize", "/v1/invoices/in_123/void");
        assertThat(server.requests().get(0).body()).isEqualTo("auto_advance=false");
        assertThat(invoice.object()).isEqualTo("invoice");
    }

    @Test
    void theEndpointRejectsWhatTheSpecRejects() {
        assertThatThrownBy(() -> server.stripe
                        .products()
                        .update(
                                "prod_123",
                                ProductUpdateParams.builder()
                                        .putExtraParam("colour", "red")
                                        .build()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("colour");
        assertThat(server.onlyRequest().body()).isEqualTo("colour=red");
    }
}
