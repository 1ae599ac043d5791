package dev.stripeslice.sections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.stripeslice.localstripe.EventDelivery;
import dev.stripeslice.runtime.json.StripeJson;
import dev.stripeslice.runtime.json.StripeObject;
import dev.stripeslice.runtime.webhook.Event;
import dev.stripeslice.runtime.webhook.Webhook;
import dev.stripeslice.runtime.webhook.WebhookException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Webhook events for this client's sections, delivered signed by LocalStripe (with Stripe's fixtures as the objects)
 * to an endpoint on the JDK's HttpServer that uses the generated {@link Webhooks}: every event type whose
 * {@code data.object} is one of the sections' resources decodes to its record, which writes back to exactly the JSON
 * sent; events about other resources keep their object as JSON.
 */
class WebhookEventsTest {
    private static final String SECRET = "whsec_sections";

    /**
     * The event types of Stripe's 2024-04-10 spec whose {@code data.object} is a resource of these sections, with that
     * object's type (Stripe's event reference; the spec lists the types but not their objects).
     */
    static final Map<String, String> TYPED_EVENTS = typedEvents();

    @RegisterExtension
    static final LocalStripeSections server = LocalStripeSections.withListSize(1);

    private static HttpServer endpoint;
    private static URI endpointUrl;
    private static final List<Event> received = new CopyOnWriteArrayList<>();
    private static final List<WebhookException.Reason> refused = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        Webhook webhook = Webhooks.endpoint(SECRET);
        endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        endpoint.createContext("/stripe/webhooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = 200;
            try {
                received.add(webhook.constructEvent(
                        body, exchange.getRequestHeaders().getFirst("Stripe-Signature")));
            } catch (WebhookException e) {
                refused.add(e.reason());
                status = 400;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        endpoint.start();
        endpointUrl = URI.create("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/stripe/webhooks");
    }

    @AfterAll
    static void stop() {
        if (endpoint != null) {
            endpoint.stop(0);
        }
    }

    @BeforeEach
    void clear() {
        received.clear();
        refused.clear();
    }

    @Test
    void objectTypesAreTheSectionsResources() {
        Map<String, String> mapping = Webhooks.OBJECT_TYPES.asMap().entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, e -> e.getValue().getSimpleName(), (a, b) -> a, LinkedHashMap::new));
        System.out.println("Webhooks.OBJECT_TYPES: " + mapping);

        assertThat(mapping)
                .containsAllEntriesOf(Map.of(
                        "customer",
                        "Customer",
                        "product",
                        "Product",
                        "price",
                        "Price",
                        "invoice",
                        "Invoice",
                        "balance_transaction",
                        "BalanceTransaction",
                        "file",
                        "File",
                        "quote",
                        "Quote"));
    }

    @Test
    void everyEventTypeAboutTheSectionsResourcesDecodesToItsRecord() throws Exception {
        Map<String, EventDelivery> deliveries = new LinkedHashMap<>();
        for (Map.Entry<String, String> typed : TYPED_EVENTS.entrySet()) {
            assertThat(EventType.fromWireValue(typed.getKey()).isUnknown())
                    .as(typed.getKey() + " is listed in the spec")
                    .isFalse();
            EventDelivery delivery = server.local.sendEvent(endpointUrl, SECRET, typed.getKey(), typed.getValue());
            assertThat(delivery.status()).as(typed.getKey()).isEqualTo(200);
            deliveries.put(delivery.eventId(), delivery);
        }

        assertThat(refused).isEmpty();
        assertThat(received).hasSize(TYPED_EVENTS.size());
        for (Event event : received) {
            Object object = event.data().object();
            Class<? extends StripeObject> expected = Webhooks.OBJECT_TYPES.typeOf(TYPED_EVENTS.get(event.type()));
            assertThat(object).as(event.type()).isInstanceOf(expected);
            assertThat(event.apiVersion()).isEqualTo(StripeClient.API_VERSION);
            JsonNode sent = StripeJson.mapper()
                    .readTree(deliveries.get(event.id()).payload())
                    .path("data")
                    .path("object");
            assertThat(writtenBack(object))
                    .as(event.type() + " writes back unchanged")
                    .isEqualTo(sent);
        }
        System.out.println("Typed event types (" + TYPED_EVENTS.size() + " of " + (EventType.values().length - 1)
                + " in the spec): " + TYPED_EVENTS.keySet());
    }

    @Test
    void aTypedObjectWritesBackToTheJsonSent() throws Exception {
        EventDelivery delivery = server.local.sendEvent(endpointUrl, SECRET, "invoice.payment_failed", "invoice");

        JsonNode sent =
                StripeJson.mapper().readTree(delivery.payload()).path("data").path("object");
        Invoice invoice = received.get(0).data().object(Invoice.class).orElseThrow();
        assertThat(invoice.id()).isEqualTo(sent.path("id").asText());
        assertThat(writtenBack(invoice)).isEqualTo(sent);
        assertThat(EventType.fromWireValue(received.get(0).type())).isEqualTo(EventType.INVOICE_PAYMENT_FAILED);
    }

    @Test
    void eventsAboutOtherResourcesKeepTheirObjectAsJson() throws Exception {
        for (String[] other : new String[][] {
            {"payout.paid", "payout"},
            {"charge.succeeded", "charge"},
            {"invoiceitem.created", "invoiceitem"}
        }) {
            server.local.sendEvent(endpointUrl, SECRET, other[0], other[1]);
        }

        assertThat(received)
                .hasSize(3)
                .allSatisfy(event -> assertThat(event.data().object()).isInstanceOf(Event.Unknown.class));
        assertThat(received)
                .extracting(event -> ((Event.Unknown) event.data().object()).object())
                .containsExactly("payout", "charge", "invoiceitem");
        assertThat(EventType.fromWireValue("customer.subscription.created"))
                .isEqualTo(EventType.CUSTOMER_SUBSCRIPTION_CREATED);
        assertThat(EventType.fromWireValue("v2.some.future_event")).isEqualTo(EventType.UNKNOWN);
    }

    @Test
    void aDeliverySignedWithAnotherSecretIsRefused() {
        EventDelivery delivery = server.local.sendEvent(endpointUrl, "whsec_other", "customer.created", "customer");

        assertThat(delivery.status()).isEqualTo(400);
        assertThat(refused).containsExactly(WebhookException.Reason.NO_MATCHING_SIGNATURE);
        assertThat(received).isEmpty();
    }

    @Test
    void theSpecListsItsEventTypes() {
        assertThat(Arrays.stream(EventType.values()).filter(type -> !type.isUnknown()))
                .hasSize(229);
    }

    /** The record as JSON, read back through the same parser as the payload so that numbers are the same node types. */
    private static JsonNode writtenBack(Object record) throws IOException {
        return StripeJson.mapper().readTree(StripeJson.mapper().writeValueAsString(record));
    }

    private static Map<String, String> typedEvents() {
        Map<String, String> events = new LinkedHashMap<>();
        for (String type : List.of("created", "deleted", "updated")) {
            events.put("customer." + type, "customer");
            events.put("price." + type, "price");
            events.put("product." + type, "product");
        }
        events.put("file.created", "file");
        for (String type : List.of(
                "created",
                "deleted",
                "finalization_failed",
                "finalized",
                "marked_uncollectible",
                "paid",
                "payment_action_required",
                "payment_failed",
                "payment_succeeded",
                "sent",
                "upcoming",
                "updated",
                "voided")) {
            events.put("invoice." + type, "invoice");
        }
        for (String type : List.of("accepted", "canceled", "created", "finalized")) {
            events.put("quote." + type, "quote");
        }
        return events;
    }
}
