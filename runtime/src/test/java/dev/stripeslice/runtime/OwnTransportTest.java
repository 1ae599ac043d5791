package dev.stripeslice.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stripeslice.runtime.TestTypes.Customer;
import dev.stripeslice.runtime.error.ApiConnectionException;
import dev.stripeslice.runtime.error.InvalidRequestException;
import dev.stripeslice.runtime.http.HttpTransport;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A transport of the user's own, with no network: what it is given and how its answers are read. */
class OwnTransportTest {
    static final String CUSTOMER = "{\"id\":\"cus_1\",\"object\":\"customer\"}";

    /** Answers each request with the next reply (null: a timeout); records what it was sent and on which thread. */
    static final class ScriptedTransport implements HttpTransport {
        final List<Request> sent = Collections.synchronizedList(new ArrayList<>());
        final List<String> threads = Collections.synchronizedList(new ArrayList<>());
        private final List<Function<Request, @Nullable Response>> replies;

        @SafeVarargs
        ScriptedTransport(Function<Request, @Nullable Response>... replies) {
            this.replies = Collections.synchronizedList(new ArrayList<>());
            for (Function<Request, @Nullable Response> reply : replies) {
                this.replies.add(reply); // element by element: handing the array on is what -Xlint:varargs warns about
            }
        }

        @Override
        public Response send(Request request) throws IOException {
            sent.add(request);
            threads.add(Thread.currentThread().getName());
            Function<Request, @Nullable Response> reply = replies.size() > 1 ? replies.remove(0) : replies.get(0);
            Response response = reply.apply(request);
            if (response == null) {
                throw new HttpTimeoutException("scripted timeout");
            }
            return response;
        }
    }

    static HttpTransport.Response json(int status, String body, String... headers) {
        Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < headers.length; i += 2) {
            map.put(headers[i], List.of(headers[i + 1]));
        }
        return new HttpTransport.Response(
                status, HttpHeaders.of(map, (name, value) -> true), body.getBytes(StandardCharsets.UTF_8));
    }

    final RecordingSleeper sleeper = new RecordingSleeper();

    StripeTransport transport(HttpTransport http) {
        return new StripeTransport(
                ClientConfig.builder()
                        .apiKey(StripeTransportTest.API_KEY)
                        .baseUrl("https://api.example.test")
                        .requestTimeout(Duration.ofSeconds(7))
                        .sleeper(sleeper)
                        .transport(http)
                        .build(),
                StripeTransportTest.VERSION);
    }

    @Test
    void getsTheWholeRequestAndItsAnswerIsDecoded() {
        ScriptedTransport http = new ScriptedTransport(request -> json(200, CUSTOMER, "Request-Id", "req_1"));

        StripeResponse<Customer> response = transport(http)
                .executeWithResponse(
                        StripeTransportTest.CREATE,
                        RequestOptions.builder().header("X-Trace", "t1").build(),
                        Customer.class);

        assertThat(response.value().id()).isEqualTo("cus_1");
        assertThat(response.requestId()).isEqualTo("req_1");
        HttpTransport.Request sent = http.sent.get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.uri()).hasToString("https://api.example.test/v1/customer_sessions");
        assertThat(new String(sent.body(), StandardCharsets.UTF_8)).isEqualTo("customer=cus_1&expand[0]=customer");
        assertThat(sent.timeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(sent.headers())
                .containsEntry("Authorization", "Bearer " + StripeTransportTest.API_KEY)
                .containsEntry("Stripe-Version", StripeTransportTest.VERSION)
                .containsEntry("Content-Type", "application/x-www-form-urlencoded")
                .containsEntry("X-Trace", "t1")
                .containsKey("Idempotency-Key");
        assertThat(sent.toString()).isEqualTo("POST /v1/customer_sessions").doesNotContain(StripeTransportTest.API_KEY);
    }

    @Test
    void retriesReuseTheRequestAndErrorsAreTyped() {
        ScriptedTransport http = new ScriptedTransport(
                request -> null,
                request -> json(500, StripeTransportTest.error("api_error", "x", "boom")),
                request -> json(
                        404,
                        StripeTransportTest.error("invalid_request_error", "resource_missing", "No such"),
                        "Request-Id",
                        "req_404"));

        InvalidRequestException e = catchThrowableOfType(
                InvalidRequestException.class,
                () -> transport(http).execute(StripeTransportTest.CREATE, RequestOptions.none(), Customer.class));

        assertThat(e.requestId()).isEqualTo("req_404");
        assertThat(http.sent)
                .hasSize(3)
                .extracting(r -> r.headers().get("Idempotency-Key"))
                .containsOnly(http.sent.get(0).headers().get("Idempotency-Key"));
        assertThat(sleeper.delays()).hasSize(2);
    }

    @Test
    void timeoutsAreConnectionErrors() {
        ScriptedTransport http = new ScriptedTransport(request -> null);
        ApiConnectionException e = catchThrowableOfType(
                ApiConnectionException.class,
                () -> transport(http)
                        .execute(
                                StripeTransportTest.CREATE,
                                RequestOptions.builder().maxNetworkRetries(0).build(),
                                Customer.class));
        assertThat(e.getMessage()).contains("timed out", "after 1 attempt");
        assertThat(e.getCause()).isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void asyncCallsOfABlockingTransportRunOnItsOwnThreads() {
        ScriptedTransport http = new ScriptedTransport(request -> json(200, CUSTOMER));
        Customer customer = transport(http)
                .executeAsync(StripeTransportTest.CREATE, RequestOptions.none(), Customer.class)
                .join();
        assertThat(customer.id()).isEqualTo("cus_1");
        assertThat(http.threads).singleElement().asString().startsWith("stripe-slice-http-");
    }
}
