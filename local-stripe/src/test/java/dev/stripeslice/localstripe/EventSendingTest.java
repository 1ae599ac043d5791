package dev.stripeslice.localstripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.stripeslice.runtime.webhook.Event;
import dev.stripeslice.runtime.webhook.EventObjectTypes;
import dev.stripeslice.runtime.webhook.Webhook;
import dev.stripeslice.runtime.webhook.WebhookException;
import dev.stripeslice.runtime.webhook.WebhookVerifier;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** LocalStripe delivers signed events that a webhook endpoint verifies. */
class EventSendingTest {
    private static final String SECRET = "whsec_local";

    private final List<Event> received = new CopyOnWriteArrayList<>();
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private LocalStripe stripe;
    private HttpServer endpoint;
    private URI endpointUrl;

    @BeforeEach
    void start() throws IOException {
        stripe = Http.widgets();
        Webhook webhook = new Webhook(WebhookVerifier.of(SECRET), EventObjectTypes.none(), stripe.apiVersion());
        endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        endpoint.createContext("/webhooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status;
            try {
                received.add(webhook.constructEvent(
                        body, exchange.getRequestHeaders().getFirst("Stripe-Signature")));
                status = 200;
            } catch (WebhookException e) {
                refusals.add(e.reason().name());
                status = 400;
            }
            byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        endpoint.start();
        endpointUrl = URI.create("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/webhooks");
    }

    @AfterEach
    void stop() {
        endpoint.stop(0);
        stripe.close();
    }

    @Test
    void sendsASignedEventAboutAResourceItHolds() throws Exception {
        EventDelivery delivery = stripe.sendEvent(endpointUrl, SECRET, "widget.created", "widget");

        assertThat(delivery.status()).isEqualTo(200);
        assertThat(delivery.eventId()).matches("evt_[0-9A-Za-z]{14}");
        assertThat(delivery.signatureHeader()).matches("t=\\d+,v1=[0-9a-f]{64}");
        assertThat(received).singleElement().satisfies(event -> {
            assertThat(event.id()).isEqualTo(delivery.eventId());
            assertThat(event.type()).isEqualTo("widget.created");
            assertThat(event.apiVersion()).isEqualTo("2025-01-01.test");
            assertThat(event.livemode()).isFalse();
            Event.Unknown widget = event.data().object(Event.Unknown.class).orElseThrow();
            assertThat(widget.object()).isEqualTo("widget");
            assertThat(widget.id()).startsWith("widg_");
        });
    }

    @Test
    void sendsAnObjectOfYourOwnAndEachEventHasItsOwnId() throws Exception {
        EventDelivery first = stripe.sendEvent(
                endpointUrl,
                SECRET,
                "widget.updated",
                new ObjectMapper().readTree("{\"id\":\"widg_1\",\"object\":\"widget\",\"name\":\"Zoë 🎉\"}"));
        EventDelivery second = stripe.sendEvent(endpointUrl, SECRET, "widget.updated", "widget");

        assertThat(first.eventId()).isNotEqualTo(second.eventId());
        assertThat(received).hasSize(2);
        assertThat(received.get(0)
                        .data()
                        .object(Event.Unknown.class)
                        .orElseThrow()
                        .json()
                        .path("name")
                        .asText())
                .isEqualTo("Zoë 🎉");
        assertThat(first.payload()).contains("\n  \"data\"");
    }

    @Test
    void sendsTheObjectItHoldsUnderAnId() {
        Http.Response created = new Http(stripe).post("/v1/widgets", "name=stored%20one");
        String id = created.json().path("id").asText();

        EventDelivery delivery = stripe.sendEventForStored(endpointUrl, SECRET, "widget.created", id);

        assertThat(delivery.status()).isEqualTo(200);
        Event.Unknown widget =
                received.get(0).data().object(Event.Unknown.class).orElseThrow();
        assertThat(widget.id()).isEqualTo(id);
        assertThat(widget.json().path("name").asText()).isEqualTo("stored one");
        assertThatThrownBy(() -> stripe.sendEventForStored(endpointUrl, SECRET, "widget.created", "widg_missing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds no object with id \"widg_missing\"");
    }

    @Test
    void theEndpointRefusesAnotherSecret() {
        EventDelivery delivery = stripe.sendEvent(endpointUrl, "whsec_other", "widget.created", "widget");

        assertThat(delivery.status()).isEqualTo(400);
        assertThat(refusals).containsExactly("NO_MATCHING_SIGNATURE");
        assertThat(received).isEmpty();
    }

    @Test
    void refusesUnknownResourcesAndNonLoopbackEndpoints() {
        assertThatThrownBy(() -> stripe.sendEvent(endpointUrl, SECRET, "x.created", "no_such_resource"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no_such_resource");
        assertThatThrownBy(
                        () -> stripe.sendEvent(URI.create("http://192.0.2.1/hook"), SECRET, "widget.created", "widget"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only to loopback addresses");
        assertThatThrownBy(() -> stripe.sendEvent(URI.create("file:///tmp/x"), SECRET, "widget.created", "widget"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(received).isEmpty();
    }
}
