package dev.stripeslice.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.stripeslice.runtime.FakeStripe.Received;
import dev.stripeslice.runtime.FakeStripe.Reply;
import dev.stripeslice.runtime.TestTypes.Customer;
import dev.stripeslice.runtime.error.ApiConnectionException;
import dev.stripeslice.runtime.error.ApiException;
import dev.stripeslice.runtime.error.CardException;
import dev.stripeslice.runtime.error.InvalidRequestException;
import dev.stripeslice.runtime.error.StripeException;
import dev.stripeslice.runtime.form.FormParams;
import java.net.ServerSocket;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TransportKind.class)
class StripeTransportTest {
    @Parameter
    TransportKind kind;

    static final String API_KEY = "sk_test_51SuperSecretKey0123";
    static final String VERSION = "2026-07-29.dahlia";
    static final ApiRequest CREATE = new ApiRequest(
            HttpMethod.POST,
            "/v1/customer_sessions",
            form -> form.put("customer", "cus_1").put("expand", List.of("customer")));

    FakeStripe stripe;
    RecordingSleeper sleeper;

    @BeforeEach
    void start() throws Exception {
        stripe = new FakeStripe();
        sleeper = new RecordingSleeper();
    }

    @AfterEach
    void stop() {
        stripe.close();
    }

    ClientConfig.Builder config() {
        return kind.apply(
                ClientConfig.builder().apiKey(API_KEY).baseUrl(stripe.baseUrl()).sleeper(sleeper), stripe.baseUrl());
    }

    StripeTransport transport() {
        return new StripeTransport(config().build(), VERSION);
    }

    static String error(String type, String code, String message) {
        return "{\"error\":{\"type\":\"" + type + "\",\"code\":\"" + code + "\",\"param\":\"customer\","
                + "\"doc_url\":\"https://stripe.com/docs/error-codes/" + code + "\",\"message\":\"" + message + "\"}}";
    }

    @Test
    void postSendsStripeHeadersAndFormBody() {
        Customer customer = transport().execute(CREATE, RequestOptions.none(), Customer.class);

        assertThat(customer.id()).isEqualTo("cus_1");
        Received request = stripe.received().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/customer_sessions");
        assertThat(request.body()).isEqualTo("customer=cus_1&expand[0]=customer");
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + API_KEY);
        assertThat(request.header("Stripe-Version")).isEqualTo(VERSION);
        assertThat(request.header("User-Agent")).startsWith("stripe-slice/0.1.0-SNAPSHOT Java/");
        assertThat(request.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(request.header("Idempotency-Key")).matches("[0-9a-f-]{36}");
        assertThat(request.header("Stripe-Account")).isNull();
    }

    @Test
    void getAndDeleteSendParamsInTheQuery() {
        FormParams params = form -> form.put("limit", 3).put("expand", List.of("data.customer"));
        StripeTransport transport = transport();
        transport.execute(
                new ApiRequest(HttpMethod.GET, "/v1/customers", params),
                RequestOptions.none(),
                new TypeReference<Map<String, Object>>() {});
        transport.execute(
                new ApiRequest(HttpMethod.DELETE, "/v1/customers/cus_1", null), RequestOptions.none(), Customer.class);

        Received get = stripe.received().get(0);
        assertThat(get.method()).isEqualTo("GET");
        assertThat(get.query()).isEqualTo("limit=3&expand[0]=data.customer");
        assertThat(get.body()).isEmpty();
        assertThat(get.header("Idempotency-Key")).isNull();
        assertThat(get.header("Content-Type")).isNull();
        Received delete = stripe.received().get(1);
        assertThat(delete.method()).isEqualTo("DELETE");
        assertThat(delete.query()).isNull();
    }

    @Test
    void requestOptionsOverrideTheConfig() {
        StripeTransport transport = new StripeTransport(
                config().stripeAccount("acct_config")
                        .appInfo("MyShop", "1.2", "https://shop.example")
                        .build(),
                VERSION);
        transport.execute(CREATE, RequestOptions.none(), Customer.class);
        transport.execute(
                CREATE,
                RequestOptions.builder()
                        .apiKey("sk_test_other")
                        .stripeAccount("acct_call")
                        .idempotencyKey("order-42")
                        .header("X-Trace", "t1")
                        .build(),
                Customer.class);

        Received first = stripe.received().get(0);
        assertThat(first.header("Stripe-Account")).isEqualTo("acct_config");
        assertThat(first.header("User-Agent")).endsWith(" MyShop/1.2 (https://shop.example)");
        Received second = stripe.received().get(1);
        assertThat(second.header("Authorization")).isEqualTo("Bearer sk_test_other");
        assertThat(second.header("Stripe-Account")).isEqualTo("acct_call");
        assertThat(second.header("Idempotency-Key")).isEqualTo("order-42");
        assertThat(second.header("X-Trace")).isEqualTo("t1");
    }

    @ParameterizedTest
    @CsvSource({
        "400, invalid_request_error, InvalidRequestException",
        "404, invalid_request_error, InvalidRequestException",
        "400, idempotency_error, IdempotencyException",
        "401, invalid_request_error, AuthenticationException",
        "402, card_error, CardException",
        "403, invalid_request_error, PermissionException",
        "429, invalid_request_error, RateLimitException",
        "500, api_error, ApiException",
    })
    void errorStatusesMapToExceptions(int status, String type, String exceptionName) {
        stripe.then(Reply.json(
                status,
                error(type, "some_code", "Something went wrong."),
                "Request-Id",
                "req_err",
                "Stripe-Should-Retry",
                "false"));

        StripeException e = catchThrowableOfType(
                StripeException.class, () -> transport().execute(CREATE, RequestOptions.none(), Customer.class));

        assertThat(e.getClass().getSimpleName()).isEqualTo(exceptionName);
        assertThat(e.httpStatus()).isEqualTo(status);
        assertThat(e.type()).isEqualTo(type);
        assertThat(e.code()).isEqualTo("some_code");
        assertThat(e.param()).isEqualTo("customer");
        assertThat(e.docUrl()).isEqualTo("https://stripe.com/docs/error-codes/some_code");
        assertThat(e.requestId()).isEqualTo("req_err");
        assertThat(e.stripeMessage()).isEqualTo("Something went wrong.");
        assertThat(e.getMessage())
                .contains("Something went wrong.", "HTTP " + status, "req_err", "POST /v1/customer_sessions");
        assertThat(stripe.received()).hasSize(1);
    }

    @Test
    void cardErrorCarriesDeclineCode() {
        stripe.then(
                Reply.json(
                        402,
                        "{\"error\":{\"type\":\"card_error\",\"code\":\"card_declined\","
                                + "\"decline_code\":\"insufficient_funds\",\"message\":\"Your card has insufficient funds.\"}}"));
        CardException e = catchThrowableOfType(
                CardException.class, () -> transport().execute(CREATE, RequestOptions.none(), Customer.class));
        assertThat(e.declineCode()).isEqualTo("insufficient_funds");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<html>Bad gateway</html>|not a Stripe error object",
                "{\"error\":{\"type\":\"api_er|not a Stripe error object",
                "|an empty body",
            })
    void unreadableErrorBodiesGiveAClearApiException(String body, String expected) {
        stripe.then(Reply.json(502, body == null ? "" : body, "Request-Id", "req_502", "Stripe-Should-Retry", "false"));
        ApiException e = catchThrowableOfType(
                ApiException.class, () -> transport().execute(CREATE, RequestOptions.none(), Customer.class));
        assertThat(e.getMessage()).contains("HTTP 502", "req_502", expected);
        assertThat(e.httpStatus()).isEqualTo(502);
        assertThat(e.requestId()).isEqualTo("req_502");
    }

    @Test
    void undecodableSuccessBodyGivesApiExceptionWithoutJacksonText() {
        stripe.then(Reply.json(200, "{\"id\":\"cus_1\",\"object\":[tru", "Request-Id", "req_bad"));
        ApiException e = catchThrowableOfType(
                ApiException.class, () -> transport().execute(CREATE, RequestOptions.none(), Customer.class));
        assertThat(e.getMessage()).contains("HTTP 200", "req_bad", "Customer").doesNotContain("tru");
        assertThat(e.getCause()).isNull();

        stripe.then(Reply.json(200, "{\"id\":\"cus_1\",\"email\":{\"a\":1}}", "Request-Id", "req_bad2"));
        ApiException mismatch = catchThrowableOfType(
                ApiException.class, () -> transport().execute(CREATE, RequestOptions.none(), Customer.class));
        assertThat(mismatch.getMessage()).contains("email", "req_bad2");
    }

    @Test
    void retriesServerErrorsWithTheSameIdempotencyKey() {
        stripe.then(Reply.json(500, error("api_error", "x", "boom")))
                .then(Reply.json(409, error("invalid_request_error", "lock_timeout", "busy")));

        Customer customer = transport().execute(CREATE, RequestOptions.none(), Customer.class);

        assertThat(customer.id()).isEqualTo("cus_1");
        List<Received> requests = stripe.received();
        assertThat(requests).hasSize(3);
        assertThat(requests)
                .extracting(r -> r.header("Idempotency-Key"))
                .containsOnly(requests.get(0).header("Idempotency-Key"));
        assertThat(requests).extracting(Received::body).containsOnly("customer=cus_1&expand[0]=customer");
        assertThat(sleeper.delays()).hasSize(2);
        assertThat(sleeper.delays().get(0)).isBetween(Duration.ofMillis(500), Duration.ofMillis(500));
        assertThat(sleeper.delays().get(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
    }

    @Test
    void givesUpAfterMaxNetworkRetries() {
        stripe.otherwise(r -> Reply.json(503, error("api_error", "x", "down"), "Request-Id", "req_503"));
        ApiException e = catchThrowableOfType(
                ApiException.class, () -> transport().execute(CREATE, RequestOptions.none(), Customer.class));
        assertThat(e.requestId()).isEqualTo("req_503");
        assertThat(stripe.received()).hasSize(3);

        assertThatThrownBy(() -> transport()
                        .execute(
                                CREATE,
                                RequestOptions.builder().maxNetworkRetries(0).build(),
                                Customer.class))
                .isInstanceOf(ApiException.class);
        assertThat(stripe.received()).hasSize(4);
    }

    @ParameterizedTest
    @CsvSource({
        "429, , 1",
        "429, true, 2",
        "429, false, 1",
        "500, false, 1",
        "503, , 2",
        "409, false, 1",
        "400, , 1",
        "400, true, 2",
        "404, , 1",
    })
    void retryRules(int status, String shouldRetry, int attempts) {
        Reply reply = shouldRetry == null
                ? Reply.json(status, error("x", "y", "z"))
                : Reply.json(status, error("x", "y", "z"), "Stripe-Should-Retry", shouldRetry);
        stripe.then(reply);
        try {
            transport().execute(CREATE, RequestOptions.none(), Customer.class);
        } catch (StripeException e) {
            assertThat(attempts).isEqualTo(1);
        }
        assertThat(stripe.received()).hasSize(attempts);
    }

    @Test
    void honorsRetryAfterWithinItsCap() {
        stripe.then(Reply.json(
                        429, error("x", "rate_limit", "slow"), "Stripe-Should-Retry", "true", "Retry-After", "3"))
                .then(Reply.json(
                        429, error("x", "rate_limit", "slow"), "Stripe-Should-Retry", "true", "Retry-After", "3600"));
        transport().execute(CREATE, RequestOptions.none(), Customer.class);
        assertThat(sleeper.delays().get(0)).isEqualTo(Duration.ofSeconds(3));
        assertThat(sleeper.delays().get(1)).isLessThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void retriesDroppedConnectionsThenReportsThem() {
        stripe.then(Reply.drop());
        assertThat(transport()
                        .execute(CREATE, RequestOptions.none(), Customer.class)
                        .id())
                .isEqualTo("cus_1");
        assertThat(stripe.received()).hasSize(2);
        assertThat(stripe.received().get(0).header("Idempotency-Key"))
                .isEqualTo(stripe.received().get(1).header("Idempotency-Key"));

        stripe.otherwise(r -> Reply.drop());
        ApiConnectionException e = catchThrowableOfType(
                ApiConnectionException.class, () -> transport().execute(CREATE, RequestOptions.none(), Customer.class));
        assertThat(e.httpStatus()).isZero();
        assertThat(e.getMessage()).contains("POST /v1/customer_sessions", "after 3 attempts");
        List<Received> failing = stripe.received().subList(2, stripe.received().size());
        assertThat(failing)
                .hasSize(3 * (kind.resendsDroppedRequests() ? 2 : 1))
                .extracting(r -> r.header("Idempotency-Key"))
                .containsOnly(failing.get(0).header("Idempotency-Key"));
    }

    @Test
    void connectionRefusedIsAnApiConnectionException() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        StripeTransport transport = new StripeTransport(
                config().baseUrl("http://127.0.0.1:" + port)
                        .maxNetworkRetries(1)
                        .build(),
                VERSION);
        ApiConnectionException e = catchThrowableOfType(
                ApiConnectionException.class, () -> transport.execute(CREATE, RequestOptions.none(), Customer.class));
        assertThat(e.getMessage()).contains("after 2 attempts");
        assertThat(sleeper.delays()).hasSize(1);
    }

    @Test
    void timeoutsAreRetriedThenReported() {
        stripe.otherwise(r -> Reply.json(200, "{\"id\":\"cus_1\"}").delayed(Duration.ofMillis(700)));
        ApiConnectionException e = catchThrowableOfType(
                ApiConnectionException.class,
                () -> transport()
                        .execute(
                                CREATE,
                                RequestOptions.builder()
                                        .requestTimeout(Duration.ofMillis(150))
                                        .maxNetworkRetries(1)
                                        .build(),
                                Customer.class));
        assertThat(e.getCause()).isInstanceOf(HttpTimeoutException.class);
        assertThat(e.getMessage()).contains("timed out", "after 2 attempts");
        assertThat(stripe.received()).hasSize(2);
    }

    @Test
    void asyncSucceedsRetriesAndFailsLikeSync() {
        StripeTransport transport = transport();
        stripe.then(Reply.json(500, error("api_error", "x", "boom")));
        Customer customer = transport
                .executeAsync(CREATE, RequestOptions.none(), Customer.class)
                .join();
        assertThat(customer.id()).isEqualTo("cus_1");
        assertThat(stripe.received()).hasSize(2);
        assertThat(stripe.received().get(0).header("Idempotency-Key"))
                .isEqualTo(stripe.received().get(1).header("Idempotency-Key"));
        assertThat(sleeper.delays()).hasSize(1);

        stripe.then(Reply.json(404, error("invalid_request_error", "resource_missing", "No such customer")));
        assertThatThrownBy(() -> transport
                        .executeAsync(CREATE, RequestOptions.none(), Customer.class)
                        .join())
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("No such customer");

        stripe.otherwise(r -> Reply.drop());
        assertThatThrownBy(() -> transport
                        .executeAsync(CREATE, RequestOptions.none(), new TypeReference<Customer>() {})
                        .join())
                .cause()
                .isInstanceOf(ApiConnectionException.class);
    }

    @Test
    void sixtyFourThreadsShareOneTransport() throws Exception {
        stripe.otherwise(r -> Reply.json(
                200, "{\"id\":\"" + r.body().substring("customer=".length()) + "\",\"object\":\"customer\"}"));
        StripeTransport transport = transport();
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.Map<Integer, String> results = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.Queue<Throwable> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int i = 0; i < 64; i++) {
            int n = i;
            Thread thread = new Thread(() -> {
                try {
                    ApiRequest request =
                            new ApiRequest(HttpMethod.POST, "/v1/customers", f -> f.put("customer", "cus_" + n));
                    Customer customer = n % 2 == 0
                            ? transport.execute(request, RequestOptions.none(), Customer.class)
                            : transport
                                    .executeAsync(request, RequestOptions.none(), Customer.class)
                                    .join();
                    results.put(n, customer.id());
                } catch (Throwable t) {
                    failures.add(t);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join(10_000);
        }
        assertThat(failures).isEmpty();
        assertThat(results).hasSize(64);
        results.forEach((n, id) -> assertThat(id).isEqualTo("cus_" + n));
        assertThat(stripe.received())
                .extracting(r -> r.header("Idempotency-Key"))
                .doesNotHaveDuplicates();
    }

    @Test
    void defaultsMatchStripeJava() {
        ClientConfig config = ClientConfig.builder().apiKey(API_KEY).build();
        assertThat(config.baseUrl()).hasToString("https://api.stripe.com");
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(80));
        assertThat(config.maxNetworkRetries()).isEqualTo(2);
        assertThat(config.initialNetworkRetryDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.maxNetworkRetryDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThatThrownBy(() -> ClientConfig.builder().build()).isInstanceOf(IllegalStateException.class);
        assertThat(ClientConfig.builder()
                        .apiKey(API_KEY)
                        .baseUrl("http://localhost:1/")
                        .build()
                        .baseUrl())
                .hasToString("http://localhost:1");
    }

    @Test
    void requestOptionsAreValidated() {
        assertThat(RequestOptions.builder()
                        .idempotencyKey("k".repeat(255))
                        .build()
                        .idempotencyKey())
                .hasValue("k".repeat(255));
        assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey("k".repeat(256)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey(""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey("a\r\nX-Evil: 1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestOptions.builder().header("Authorization", "Bearer x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestOptions.builder().maxNetworkRetries(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApiRequest(HttpMethod.GET, "v1/x", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
