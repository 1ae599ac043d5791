package dev.stripeslice.runtime.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stripeslice.runtime.json.JsonExtras;
import dev.stripeslice.runtime.json.StripeJson;
import dev.stripeslice.runtime.json.StripeObject;
import dev.stripeslice.runtime.webhook.WebhookException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookTest {
    private static final String API_VERSION = "2024-04-10";

    /** A record in the shape the generator emits. */
    record Customer(
            @JsonProperty("id") String id,
            @JsonProperty("object") String object,
            @JsonProperty("email") @Nullable String email,
            JsonExtras extras)
            implements StripeObject {}

    private final Clock clock = Clock.fixed(WebhookVerifierTest.NOW, ZoneOffset.UTC);
    private final WebhookSigner signer =
            WebhookSigner.of(WebhookVerifierTest.SECRET).withClock(clock);
    private final Webhook webhook = new Webhook(
            WebhookVerifier.of(WebhookVerifierTest.SECRET).withClock(clock),
            EventObjectTypes.builder().add("customer", Customer.class).build(),
            API_VERSION);

    private final Logger julLogger = Logger.getLogger(Webhook.class.getName());
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureLog() {
        julLogger.addHandler(capture);
        julLogger.setUseParentHandlers(false);
        julLogger.setLevel(Level.ALL); // the build's test logging turns the runtime's loggers off
    }

    @AfterEach
    void restoreLog() {
        julLogger.removeHandler(capture);
        julLogger.setUseParentHandlers(true);
        julLogger.setLevel(null);
    }

    @Test
    void aVerifiedEventWithATypedObject() throws Exception {
        byte[] body = event(
                        "customer.updated",
                        API_VERSION,
                        "{\"id\":\"cus_1\",\"object\":\"customer\",\"email\":\"zoë@example.com\",\"future_field\":[1]}",
                        "{\"email\":null}")
                .getBytes(StandardCharsets.UTF_8);

        Event event = webhook.constructEvent(body, signer.signatureHeader(body));

        assertThat(event.id()).isEqualTo("evt_1");
        assertThat(event.type()).isEqualTo("customer.updated");
        assertThat(event.created()).isEqualTo(1_796_281_000L);
        assertThat(event.livemode()).isFalse();
        assertThat(event.apiVersion()).isEqualTo(API_VERSION);
        assertThat(event.request()).isEqualTo(new Event.Request("req_1", "idem-1"));
        assertThat(event.pendingWebhooks()).isEqualTo(2);
        assertThat(event.account()).isEqualTo("acct_1");
        Customer customer = event.data().object(Customer.class).orElseThrow();
        assertThat(customer.id()).isEqualTo("cus_1");
        assertThat(customer.email()).isEqualTo("zoë@example.com");
        assertThat(customer.extras().unknownFields()).containsOnlyKeys("future_field");
        assertThat(event.data().previousAttributes())
                .isEqualTo(StripeJson.mapper().readTree("{\"email\":null}"));
        assertThat(event.data().object(Event.Unknown.class)).isEmpty();
        assertThat(logged).isEmpty();
    }

    @Test
    void anObjectOfAnotherTypeStaysJson() throws Exception {
        String charge = "{\"id\":\"ch_1\",\"object\":\"charge\",\"amount\":1.50}";
        byte[] body = event("charge.succeeded", API_VERSION, charge, null).getBytes(StandardCharsets.UTF_8);

        Event event = webhook.constructEvent(body, signer.signatureHeader(body));

        Event.Unknown unknown = event.data().object(Event.Unknown.class).orElseThrow();
        assertThat(unknown.object()).isEqualTo("charge");
        assertThat(unknown.id()).isEqualTo("ch_1");
        assertThat(StripeJson.mapper().writeValueAsString(unknown.json())).isEqualTo(charge);
        assertThat(event.data().previousAttributes()).isNull();
        assertThat(event.data().object(Customer.class)).isEmpty();
    }

    @Test
    void withoutObjectTypesEverythingIsUnknown() throws Exception {
        Webhook untyped = new Webhook(WebhookVerifier.of("whsec_x"), EventObjectTypes.none(), API_VERSION);
        Event event = untyped.parseEvent(
                event("customer.created", API_VERSION, "{\"id\":\"cus_1\",\"object\":\"customer\"}", null)
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(event.data().object()).isInstanceOf(Event.Unknown.class);
    }

    @Test
    void anOldStyleRequestIdAndAbsentOptionalFields() throws Exception {
        String body =
                "{\"id\":\"evt_2\",\"object\":\"event\",\"type\":\"customer.created\",\"created\":1,\"livemode\":true,"
                        + "\"pending_webhooks\":0,\"request\":\"req_old\",\"data\":{\"object\":{\"object\":\"customer\",\"id\":\"cus_2\"}}}";
        Event event = webhook.parseEvent(body.getBytes(StandardCharsets.UTF_8));

        assertThat(event.request()).isEqualTo(new Event.Request("req_old", null));
        assertThat(event.apiVersion()).isNull();
        assertThat(event.account()).isNull();
        assertThat(event.livemode()).isTrue();
        assertThat(logged).isEmpty();
    }

    @Test
    void anotherApiVersionIsDecodedAndWarnedAboutOncePerVersion() throws Exception {
        for (String version : List.of("2023-10-16", "2023-10-16", "2025-01-27.acacia")) {
            byte[] body = event("customer.created", version, "{\"id\":\"cus_1\",\"object\":\"customer\"}", null)
                    .getBytes(StandardCharsets.UTF_8);
            assertThat(webhook.constructEvent(body, signer.signatureHeader(body))
                            .data()
                            .object())
                    .isInstanceOf(Customer.class);
        }

        assertThat(logged)
                .hasSize(2)
                .allSatisfy(record -> assertThat(record.getLevel()).isEqualTo(Level.WARNING));
        String first = java.text.MessageFormat.format(
                logged.get(0).getMessage(), logged.get(0).getParameters());
        assertThat(first)
                .isEqualTo("Event evt_1 was rendered with Stripe API version 2023-10-16, but this client was "
                        + "generated for 2024-04-10: fields may be missing or shaped differently. Set the webhook endpoint's API "
                        + "version to 2024-04-10.");
    }

    @Test
    void theSignatureIsCheckedBeforeTheBodyIsRead() {
        byte[] body = "not json".getBytes(StandardCharsets.UTF_8);
        WebhookException e =
                catchThrowableOfType(WebhookException.class, () -> webhook.constructEvent(body, "t=1,v1=00"));
        assertThat(e.reason()).isEqualTo(Reason.NO_MATCHING_SIGNATURE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "not json | the body is not JSON",
                "[1] | the body is not a JSON object",
                "{\"object\":\"customer\"} | #/object is \"customer\", not \"event\"",
                "{\"object\":\"event\",\"id\":\"evt_1\"} | #/data is missing or not an object",
                "{\"object\":\"event\",\"data\":{\"object\":\"cus_1\"}} | #/data/object is missing or not an object",
                "{\"object\":\"event\",\"data\":{\"object\":{}}} | #/id is missing or not a string",
                "{\"object\":\"event\",\"id\":\"evt_1\",\"type\":\"x\",\"created\":\"now\",\"data\":{\"object\":{}}} | #/created is missing or not an integer",
                "{\"object\":\"event\",\"id\":\"evt_1\",\"type\":\"x\",\"created\":1,\"livemode\":\"no\",\"data\":{\"object\":{}}} | #/livemode is missing or not a boolean",
                "{\"object\":\"event\",\"id\":\"evt_1\",\"type\":\"x\",\"created\":1,\"livemode\":false,\"pending_webhooks\":0,\"request\":[],\"data\":{\"object\":{}}} | #/request is neither an object nor a request id",
                "{\"object\":\"event\",\"id\":\"evt_1\",\"type\":\"x\",\"created\":1,\"livemode\":false,\"pending_webhooks\":0,\"data\":{\"object\":{\"object\":\"customer\",\"id\":[1]}}} | #/data/object does not decode as Customer",
            })
    void aVerifiedBodyThatIsNotAnEvent(String body, String message) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        WebhookException e = catchThrowableOfType(
                WebhookException.class, () -> webhook.constructEvent(bytes, signer.signatureHeader(bytes)));
        assertThat(e.reason()).isEqualTo(Reason.MALFORMED_PAYLOAD);
        assertThat(e).hasMessageStartingWith("The webhook body is not a Stripe event: " + message);
    }

    @Test
    void eventObjectTypesRefuseTwoTypesForOneObject() {
        assertThatThrownBy(() -> EventObjectTypes.builder()
                        .add("customer", Customer.class)
                        .add("customer", Customer.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already mapped");
    }

    static String event(String type, String apiVersion, String object, @Nullable String previousAttributes) {
        return "{\n  \"id\": \"evt_1\",\n  \"object\": \"event\",\n  \"account\": \"acct_1\",\n  \"api_version\": \""
                + apiVersion
                + "\",\n  \"created\": 1796281000,\n  \"data\": {\n    \"object\": " + object
                + (previousAttributes == null ? "" : ",\n    \"previous_attributes\": " + previousAttributes)
                + "\n  },\n  \"livemode\": false,\n  \"pending_webhooks\": 2,\n"
                + "  \"request\": {\"id\": \"req_1\", \"idempotency_key\": \"idem-1\"},\n  \"type\": \"" + type
                + "\"\n}";
    }
}
