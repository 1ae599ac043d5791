package dev.stripeslice.customersession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stripeslice.customersession.CustomerSessionCreateParams.Components;
import dev.stripeslice.localstripe.LocalStripe;
import dev.stripeslice.localstripe.RecordedRequest;
import dev.stripeslice.runtime.ClientConfig;
import dev.stripeslice.runtime.RequestOptions;
import dev.stripeslice.runtime.error.InvalidRequestException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code create} against an in-JVM endpoint on loopback that validates requests against the spec. */
class CreateCustomerSessionTest {
    private LocalStripe local;
    private StripeClient stripe;

    @BeforeEach
    void start() {
        local = LocalStripe.forClient(StripeClient.class);
        stripe = new StripeClient(ClientConfig.builder()
                .apiKey("sk_test_123")
                .baseUrl(local.baseUrl())
                .build());
    }

    @AfterEach
    void stop() {
        local.close();
    }

    private static CustomerSessionCreateParams pricingTable() {
        return CustomerSessionCreateParams.builder()
                .customer("cus_123")
                .components(Components.builder()
                        .pricingTable(
                                Components.PricingTable.builder().enabled(true).build())
                        .build())
                .build();
    }

    @Test
    void sendsMethodPathHeadersAndBodyAndParsesTheResponse() {
        CustomerSession session = stripe.customerSessions().create(pricingTable());

        assertThat(local.requests()).hasSize(1);
        RecordedRequest request = local.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/customer_sessions");
        assertThat(request.header("Authorization")).isEqualTo("Bearer sk_test_123");
        assertThat(request.header("Stripe-Version"))
                .isEqualTo(StripeClient.API_VERSION)
                .isEqualTo("2026-07-29.dahlia");
        assertThat(request.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(request.header("Idempotency-Key")).isNotBlank();
        assertThat(request.header("User-Agent")).startsWith("stripe-slice/");
        assertThat(request.body()).isEqualTo("components[pricing_table][enabled]=true&customer=cus_123");

        assertThat(session.object()).isEqualTo("customer_session");
        assertThat(session.customer().id()).isEqualTo("cus_123");
        assertThat(session.components().pricingTable().enabled()).isTrue();
        assertThat(session.clientSecret()).isNotBlank();
    }

    @Test
    void anEmptyNestedObjectIsNotSentSoStripeAcceptsTheRequest() {
        CustomerSession session = stripe.customerSessions()
                .create(CustomerSessionCreateParams.builder()
                        .customer("cus_123")
                        .components(Components.builder()
                                .paymentElement(Components.PaymentElement.builder()
                                        .enabled(true)
                                        .features(Components.PaymentElement.Features.builder()
                                                .build())
                                        .build())
                                .build())
                        .build());

        assertThat(local.requests().get(0).body())
                .isEqualTo("components[payment_element][enabled]=true&customer=cus_123");
        assertThat(session.components().paymentElement().enabled()).isTrue();
    }

    @Test
    void asyncCreateAndPerRequestOptions() throws Exception {
        CustomerSession session = stripe.customerSessions()
                .createAsync(
                        pricingTable(),
                        RequestOptions.builder()
                                .apiKey("sk_test_other")
                                .stripeAccount("acct_123")
                                .idempotencyKey("create-session-42")
                                .build())
                .get(10, TimeUnit.SECONDS);

        assertThat(session.customer().id()).isEqualTo("cus_123");
        RecordedRequest request = local.requests().get(0);
        assertThat(request.header("Authorization")).isEqualTo("Bearer sk_test_other");
        assertThat(request.header("Stripe-Account")).isEqualTo("acct_123");
        assertThat(request.header("Idempotency-Key")).isEqualTo("create-session-42");
    }

    @Test
    void anUnknownExtraParamIsRejectedByTheEndpointAsStripeWould() {
        CustomerSessionCreateParams params = CustomerSessionCreateParams.builder()
                .components(Components.builder()
                        .pricingTable(
                                Components.PricingTable.builder().enabled(true).build())
                        .build())
                .putExtraParam("not_a_param", "x")
                .build();

        assertThatThrownBy(() -> stripe.customerSessions().create(params))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.param()).isEqualTo("not_a_param");
                    assertThat(e.requestId()).startsWith("req_");
                });
    }

    @Test
    void theClientSecretNeverReachesToString() {
        CustomerSession session = stripe.customerSessions().create(pricingTable());

        assertThat(session.toString()).doesNotContain(session.clientSecret()).contains("clientSecret=[redacted]");
        assertThat(stripe.toString()).doesNotContain("sk_test_123");
    }
}
