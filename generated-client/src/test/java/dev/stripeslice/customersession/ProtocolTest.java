package dev.stripeslice.customersession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stripeslice.customersession.CustomerSessionCreateParams.Components;
import dev.stripeslice.localstripe.Fault;
import dev.stripeslice.localstripe.LocalStripe;
import dev.stripeslice.localstripe.RecordedRequest;
import dev.stripeslice.runtime.ClientConfig;
import dev.stripeslice.runtime.RequestOptions;
import dev.stripeslice.runtime.error.ApiConnectionException;
import dev.stripeslice.runtime.error.ApiException;
import dev.stripeslice.runtime.error.AuthenticationException;
import dev.stripeslice.runtime.error.CardException;
import dev.stripeslice.runtime.error.IdempotencyException;
import dev.stripeslice.runtime.error.InvalidRequestException;
import dev.stripeslice.runtime.error.PermissionException;
import dev.stripeslice.runtime.error.RateLimitException;
import dev.stripeslice.runtime.error.StripeException;
import dev.stripeslice.runtime.http.JdkHttpClientTransport;
import dev.stripeslice.runtime.http.UrlConnectionTransport;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generated client, the runtime and LocalStripe together: errors, retries, timeouts, concurrency; once per
 * built-in transport set-up.
 */
@ParameterizedClass
@EnumSource(ProtocolTest.Transport.class)
class ProtocolTest {
    /** The built-in transport set-ups. */
    enum Transport {
        /** None configured: UrlConnectionTransport for sync calls, JdkHttpClientTransport for async ones. */
        DEFAULT,
        /** UrlConnectionTransport for every call. */
        URL_CONNECTION,
        /** JdkHttpClientTransport for every call. */
        HTTP_CLIENT;

        ClientConfig.Builder apply(ClientConfig.Builder builder, URI baseUrl) {
            switch (this) {
                case URL_CONNECTION:
                    return builder.transport(new UrlConnectionTransport(Duration.ofSeconds(5)));
                case HTTP_CLIENT:
                    return builder.transport(JdkHttpClientTransport.forBaseUrl(baseUrl, Duration.ofSeconds(5)));
                default:
                    return builder;
            }
        }
    }

    @Parameter
    Transport transport;

    private LocalStripe local;

    @BeforeEach
    void start() {
        local = LocalStripe.forClient(StripeClient.class);
    }

    @AfterEach
    void stop() {
        local.close();
    }

    private StripeClient client(int retries) {
        return new StripeClient(transport
                .apply(ClientConfig.builder(), local.baseUrl())
                .apiKey("sk_test_123")
                .baseUrl(local.baseUrl())
                .maxNetworkRetries(retries)
                .initialNetworkRetryDelay(Duration.ofMillis(1))
                .maxNetworkRetryDelay(Duration.ofMillis(5))
                .requestTimeout(Duration.ofSeconds(5))
                .build());
    }

    private static CustomerSessionCreateParams params() {
        return CustomerSessionCreateParams.builder()
                .customer("cus_123")
                .components(Components.builder()
                        .buyButton(Components.BuyButton.builder().enabled(true).build())
                        .build())
                .build();
    }

    private static String error(String type, String code, String param) {
        return "{\"error\":{\"type\":\"" + type + "\",\"code\":\"" + code + "\",\"param\":\"" + param
                + "\",\"message\":\"It went wrong\",\"doc_url\":\"https://docs.stripe.com/error-codes/" + code + "\"}}";
    }

    private Set<String> idempotencyKeys() {
        return local.requests().stream().map(r -> r.header("Idempotency-Key")).collect(Collectors.toSet());
    }

    @Test
    void serverErrorsAndConflictsAreRetriedWithOneIdempotencyKey() {
        local.enqueue(Fault.status(500, error("api_error", "internal", "")));
        local.enqueue(Fault.status(409, error("invalid_request_error", "lock_timeout", "")));

        CustomerSession session = client(2).customerSessions().create(params());

        assertThat(session.customer().id()).isEqualTo("cus_123");
        assertThat(local.requests()).hasSize(3);
        assertThat(idempotencyKeys()).hasSize(1).doesNotContainNull();
    }

    @Test
    void retriesStopAtTheLimit() {
        local.enqueue(Fault.status(503, error("api_error", "unavailable", "")).times(5));

        assertThatThrownBy(() -> client(2).customerSessions().create(params())).isInstanceOf(ApiException.class);
        assertThat(local.requests()).hasSize(3);
        assertThat(idempotencyKeys()).hasSize(1);
    }

    @Test
    void rateLimitIsRetriedOnlyWhenStripeAllowsIt() {
        local.enqueue(Fault.status(429, error("rate_limit_error", "rate_limit", "")));
        assertThatThrownBy(() -> client(2).customerSessions().create(params())).isInstanceOf(RateLimitException.class);
        assertThat(local.requests()).hasSize(1);

        local.clearRequests();
        local.enqueue(Fault.status(429, error("rate_limit_error", "rate_limit", ""))
                .withHeader("Stripe-Should-Retry", "true"));
        assertThat(client(2).customerSessions().create(params()).object()).isEqualTo("customer_session");
        assertThat(local.requests()).hasSize(2);
        assertThat(idempotencyKeys()).hasSize(1);
    }

    @Test
    void stripeShouldRetryFalseOverridesA5xx() {
        local.enqueue(Fault.status(500, error("api_error", "internal", "")).withHeader("Stripe-Should-Retry", "false"));

        assertThatThrownBy(() -> client(2).customerSessions().create(params())).isInstanceOf(ApiException.class);
        assertThat(local.requests()).hasSize(1);
    }

    @Test
    void droppedConnectionsAreRetried() {
        local.enqueue(Fault.dropConnection());

        assertThat(client(1).customerSessions().create(params()).object()).isEqualTo("customer_session");
        assertThat(local.requests()).hasSize(2);
        assertThat(idempotencyKeys()).hasSize(1);
    }

    @Test
    void aResponseSlowerThanTheTimeoutIsAConnectionError() {
        local.enqueue(Fault.delay(Duration.ofSeconds(3)));
        RequestOptions shortTimeout =
                RequestOptions.builder().requestTimeout(Duration.ofMillis(200)).build();

        assertThatThrownBy(() -> client(0).customerSessions().create(params(), shortTimeout))
                .isInstanceOf(ApiConnectionException.class);
    }

    @Test
    void errorBodiesMapToTypedExceptionsWithEveryField() {
        StripeClient stripe = client(0);
        record Case(int status, String type, Class<? extends StripeException> expected) {}
        List<Case> cases = List.of(
                new Case(400, "invalid_request_error", InvalidRequestException.class),
                new Case(404, "invalid_request_error", InvalidRequestException.class),
                new Case(400, "idempotency_error", IdempotencyException.class),
                new Case(401, "invalid_request_error", AuthenticationException.class),
                new Case(402, "card_error", CardException.class),
                new Case(403, "invalid_request_error", PermissionException.class),
                new Case(429, "invalid_request_error", RateLimitException.class),
                new Case(418, "api_error", ApiException.class));
        for (Case c : cases) {
            local.enqueue(Fault.status(c.status(), error(c.type(), "some_code", "components[buy_button]")));
            assertThatThrownBy(() -> stripe.customerSessions().create(params()))
                    .as("HTTP %d %s", c.status(), c.type())
                    .isInstanceOfSatisfying(c.expected(), e -> {
                        assertThat(e.httpStatus()).isEqualTo(c.status());
                        assertThat(e.type()).isEqualTo(c.type());
                        assertThat(e.code()).isEqualTo("some_code");
                        assertThat(e.param()).isEqualTo("components[buy_button]");
                        assertThat(e.docUrl()).isEqualTo("https://docs.stripe.com/error-codes/some_code");
                        assertThat(e.requestId()).startsWith("req_");
                        assertThat(e.getMessage()).contains("It went wrong").doesNotContain("sk_test_123");
                    });
        }
    }

    @Test
    void aBadApiKeyIsAnAuthenticationErrorWithoutTheKeyInTheMessage() {
        RequestOptions badKey =
                RequestOptions.builder().apiKey("sk_live_do_not_print_me").build();

        assertThatThrownBy(() -> client(0).customerSessions().create(params(), badKey))
                .isInstanceOf(AuthenticationException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("sk_live_do_not_print_me"));
    }

    @Test
    void malformedAndTruncatedBodiesGiveAClearApiError() {
        local.enqueue(Fault.malformedBody(500));
        assertThatThrownBy(() -> client(0).customerSessions().create(params()))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("500")
                .hasMessageNotContaining("com.fasterxml");

        local.enqueue(Fault.truncatedBody(200));
        assertThatThrownBy(() -> client(0).customerSessions().create(params()))
                .isInstanceOf(StripeException.class)
                .hasMessageNotContaining("com.fasterxml");
    }

    @Test
    void asyncCallsFailWithTheSameExceptions() {
        local.enqueue(Fault.status(402, error("card_error", "card_declined", "")));

        CompletableFuture<CustomerSession> future = client(0).customerSessions().createAsync(params());

        assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(CardException.class);
    }

    @Test
    void sixtyFourThreadsShareOneClient() throws Exception {
        StripeClient stripe = client(2);
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            List<Future<CustomerSession>> results = new ArrayList<>();
            for (int i = 0; i < 256; i++) {
                results.add(pool.submit(() -> stripe.customerSessions().create(params())));
            }
            for (Future<CustomerSession> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS).customer().id()).isEqualTo("cus_123");
            }
        } finally {
            pool.shutdownNow();
        }
        List<RecordedRequest> requests = local.requests();
        assertThat(requests).hasSize(256);
        assertThat(idempotencyKeys()).hasSize(256);
    }
}
