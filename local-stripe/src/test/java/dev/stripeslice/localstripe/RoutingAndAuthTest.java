package dev.stripeslice.localstripe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoutingAndAuthTest {
    private static LocalStripe stripe;
    private static Http http;

    @BeforeAll
    static void start() {
        stripe = Http.widgets();
        http = new Http(stripe);
    }

    @AfterAll
    static void stop() {
        stripe.close();
    }

    @Test
    void baseUrlIsLoopback() {
        assertThat(stripe.baseUrl().toString()).matches("http://127\\.0\\.0\\.1:\\d+");
    }

    @Test
    void unknownPathIs404InvalidRequest() {
        Http.Response response = http.get("/v1/gadgets");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.error().path("type").asText()).isEqualTo("invalid_request_error");
        assertThat(response.error().path("message").asText()).startsWith("Unrecognized request URL (GET: /v1/gadgets)");
        assertThat(response.header("Request-Id")).startsWith("req_");
    }

    @Test
    void knownPathWithUnknownMethodIs404() {
        Http.Response response = http.send(http.request("/v1/widgets/w")
                .PUT(HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(response.status()).isEqualTo(404);
        assertThat(http.post("/v1/widgets/w/extra", "").status()).isEqualTo(404);
    }

    @Test
    void missingKeyIs401() {
        Http.Response response =
                http.send(HttpRequest.newBuilder(stripe.baseUrl().resolve("/v1/widgets"))
                        .GET()
                        .build());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.error().path("type").asText()).isEqualTo("authentication_error");
        assertThat(response.error().path("message").asText()).startsWith("You did not provide an API key.");
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void liveOrMalformedKeysAre401AndNeverEchoed() {
        for (String auth : new String[] {
            "Bearer sk_live_abcdefghijklmnop1234", "Bearer pk_test_abcdefghij", "Bearer sk_test_", "Token sk_test_123"
        }) {
            Http.Response response =
                    http.send(HttpRequest.newBuilder(stripe.baseUrl().resolve("/v1/widgets"))
                            .header("Authorization", auth)
                            .GET()
                            .build());
            assertThat(response.status()).as(auth).isEqualTo(401);
            assertThat(response.error().path("type").asText()).isEqualTo("authentication_error");
            assertThat(response.error().path("message").asText()).doesNotContain("abcdefghijklmnop");
        }
    }

    @Test
    void restrictedKeysAndBasicAuthAreAccepted() {
        String basic = Base64.getEncoder().encodeToString("sk_test_123:".getBytes(StandardCharsets.UTF_8));
        for (String auth : new String[] {"Bearer rk_test_123", "Basic " + basic}) {
            Http.Response response =
                    http.send(HttpRequest.newBuilder(stripe.baseUrl().resolve("/v1/widgets"))
                            .header("Authorization", auth)
                            .GET()
                            .build());
            assertThat(response.status()).as(auth).isEqualTo(200);
        }
    }

    @Test
    void trailingSlashStillRoutes() {
        assertThat(http.get("/v1/widgets/").status()).isEqualTo(200);
    }

    @Test
    void idempotencyKeyIsEchoed() {
        Http.Response response = http.send(http.request("/v1/widgets")
                .header("Idempotency-Key", "abc-123")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=w"))
                .build());
        assertThat(response.header("Idempotency-Key")).isEqualTo("abc-123");
    }
}
