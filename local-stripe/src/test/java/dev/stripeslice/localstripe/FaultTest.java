package dev.stripeslice.localstripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultTest {
    private final LocalStripe stripe = Http.widgets();
    private final Http http = new Http(stripe);

    @AfterEach
    void close() {
        stripe.close();
    }

    @Test
    void statusFaultAnswersWithGivenStatusBodyAndHeaders() {
        stripe.enqueue(Fault.status(429, "{\"error\":{\"type\":\"rate_limit_error\",\"message\":\"slow down\"}}")
                .withHeader("Stripe-Should-Retry", "true"));

        Http.Response response = http.post("/v1/widgets", "name=w");

        assertThat(response.status()).isEqualTo(429);
        assertThat(response.error().path("type").asText()).isEqualTo("rate_limit_error");
        assertThat(response.header("Stripe-Should-Retry")).isEqualTo("true");
        assertThat(response.header("Request-Id")).startsWith("req_");
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void faultsApplyInOrderAndTimesRepeats() {
        stripe.enqueue(Fault.status(500, "{}").times(2));
        stripe.enqueue(Fault.status(503, "{}"));
        assertThat(stripe.pendingFaults()).isEqualTo(3);

        assertThat(http.post("/v1/widgets", "name=w").status()).isEqualTo(500);
        assertThat(http.post("/v1/widgets", "name=w").status()).isEqualTo(500);
        assertThat(http.post("/v1/widgets", "name=w").status()).isEqualTo(503);
        assertThat(http.post("/v1/widgets", "name=w").status()).isEqualTo(200);
        assertThat(stripe.requests()).hasSize(4);
    }

    @Test
    void delayShorterThanTimeoutThenAnswersNormally() {
        stripe.enqueue(Fault.delay(Duration.ofMillis(300)));
        long start = System.nanoTime();

        Http.Response response = http.post("/v1/widgets", "name=w");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("object").asText()).isEqualTo("widget");
    }

    @Test
    void delayLongerThanClientTimeoutMakesClientTimeOut() {
        stripe.enqueue(Fault.delay(Duration.ofSeconds(5)));
        HttpRequest request = http.request("/v1/widgets")
                .timeout(Duration.ofMillis(200))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=w"))
                .build();

        assertThatThrownBy(() -> http.sendRaw(request)).isInstanceOf(HttpTimeoutException.class);
        assertThat(http.post("/v1/widgets", "name=w").status()).isEqualTo(200);
    }

    @Test
    void malformedBodyIsNotJson() throws IOException {
        stripe.enqueue(Fault.malformedBody(502));
        HttpRequest request = http.request("/v1/widgets/wid_1").GET().build();

        var response = http.sendRaw(request);

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isNotBlank().doesNotStartWith("{");
    }

    @Test
    void truncatedBodyFailsTheRead() {
        stripe.enqueue(Fault.truncatedBody(200));
        HttpRequest request = http.request("/v1/widgets/wid_1").GET().build();

        assertThatThrownBy(() -> http.sendRaw(request)).isInstanceOf(IOException.class);
        assertThat(stripe.requests()).hasSize(1);
    }

    @Test
    void dropConnectionClosesWithoutResponse() {
        stripe.enqueue(Fault.dropConnection());
        HttpRequest request = http.request("/v1/widgets")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=w"))
                .build();

        assertThatThrownBy(() -> http.sendRaw(request)).isInstanceOf(IOException.class);
        assertThat(http.post("/v1/widgets", "name=w").status()).isEqualTo(200);
        assertThat(stripe.requests()).hasSize(2);
    }

    @Test
    void faultAppliesBeforeAuthentication() throws Exception {
        stripe.enqueue(Fault.status(503, "{\"error\":{\"type\":\"api_error\"}}"));
        HttpRequest noKey = HttpRequest.newBuilder(stripe.baseUrl().resolve("/v1/widgets/w"))
                .GET()
                .build();

        assertThat(HttpClient.newHttpClient()
                        .send(noKey, java.net.http.HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(503);
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> Fault.status(42, "{}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.dropConnection().times(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Fault.status(500, "{}").times(3)).hasToString("Fault[STATUS 500 x3]");
    }
}
