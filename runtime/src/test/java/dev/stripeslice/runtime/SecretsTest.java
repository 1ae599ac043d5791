package dev.stripeslice.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stripeslice.runtime.FakeStripe.Reply;
import dev.stripeslice.runtime.TestTypes.Customer;
import dev.stripeslice.runtime.error.ApiConnectionException;
import dev.stripeslice.runtime.error.ApiException;
import dev.stripeslice.runtime.error.AuthenticationException;
import dev.stripeslice.runtime.form.FormWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** API keys and client secrets stay out of toString, messages and logs. */
class SecretsTest {
    private static final String KEY = "sk_live_51TopSecretApiKeyValue";
    private static final String CLIENT_SECRET = "cuss_secret_KjHgFdSaQwErTy";

    private final Logger julLogger = Logger.getLogger(StripeTransport.class.getName());
    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logLines.add(record.getLevel() + " " + record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private FakeStripe stripe;

    @BeforeEach
    void start() throws Exception {
        stripe = new FakeStripe();
        julLogger.setLevel(Level.ALL);
        julLogger.addHandler(capture);
    }

    @AfterEach
    void stop() {
        julLogger.removeHandler(capture);
        julLogger.setLevel(null);
        stripe.close();
    }

    @Test
    void secretsNeverLeak() {
        StripeTransport transport = new StripeTransport(
                ClientConfig.builder()
                        .apiKey(KEY)
                        .baseUrl(stripe.baseUrl())
                        .sleeper(new RecordingSleeper())
                        .build(),
                "2026-07-29.dahlia");
        ApiRequest request = new ApiRequest(
                HttpMethod.GET, "/v1/customer_sessions/cs_1", form -> form.put("client_secret", CLIENT_SECRET));
        RequestOptions options = RequestOptions.builder().apiKey(KEY).build();

        stripe.then(Reply.json(500, "{}", "Request-Id", "req_1"))
                .then(Reply.json(
                        401,
                        "{\"error\":{\"type\":\"invalid_request_error\",\"message\":" + "\"Invalid API Key provided: "
                                + KEY + " for " + CLIENT_SECRET + "\"}}",
                        "Request-Id",
                        "req_2"));
        AuthenticationException auth = catchThrowableOfType(
                AuthenticationException.class, () -> transport.execute(request, options, Customer.class));
        stripe.then(Reply.json(200, "{\"client_secret\":\"" + CLIENT_SECRET + "\",\"id\":[", "Request-Id", "req_3"));
        ApiException undecodable =
                catchThrowableOfType(ApiException.class, () -> transport.execute(request, options, Customer.class));
        stripe.then(Reply.json(200, "{}").delayed(Duration.ofMillis(500)));
        ApiConnectionException timeout = catchThrowableOfType(
                ApiConnectionException.class,
                () -> transport.execute(
                        request,
                        RequestOptions.builder()
                                .maxNetworkRetries(0)
                                .requestTimeout(Duration.ofMillis(100))
                                .build(),
                        Customer.class));

        assertThat(stripe.received().get(0).query()).contains(CLIENT_SECRET); // it was really sent
        assertThat(logLines).isNotEmpty().anyMatch(line -> line.contains("req_1") && line.contains("retrying"));
        List<String> texts = new java.util.ArrayList<>(logLines);
        texts.add(auth.getMessage());
        texts.add(String.valueOf(auth.stripeMessage()));
        texts.add(auth.toString());
        texts.add(undecodable.getMessage());
        texts.add(timeout.getMessage());
        texts.add(transport.toString());
        texts.add(ClientConfig.builder().apiKey(KEY).build().toString());
        texts.add(options.toString());
        texts.add(request.toString());
        FormWriter form = new FormWriter();
        request.params().writeForm(form);
        texts.add(form.toString());
        assertThat(texts)
                .allSatisfy(text -> assertThat(text)
                        .doesNotContain(KEY)
                        .doesNotContain("TopSecret")
                        .doesNotContain("KjHgFdSaQwErTy"));
        assertThat(auth.stripeMessage()).contains("Invalid API Key provided", "[REDACTED]");
    }

    @Test
    void redactorCatchesKeyShapedStrings() {
        assertThat(Redactor.redact("a sk_test_abc123 b rk_live_Z9 c pi_3Ab_secret_xyz d whsec_q1", null))
                .isEqualTo("a sk_test_[REDACTED] b rk_live_[REDACTED] c pi_3Ab_secret_[REDACTED] d whsec_[REDACTED]");
        assertThat(Redactor.redact("my-key-1234 here", "my-key-1234")).isEqualTo("[REDACTED] here");
    }
}
