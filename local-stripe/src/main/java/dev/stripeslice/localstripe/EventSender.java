package dev.stripeslice.localstripe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stripeslice.runtime.webhook.WebhookSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** Builds an event around an object, signs it like Stripe and POSTs it to a webhook endpoint on loopback. */
final class EventSender {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final SpecIndex spec;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    EventSender(SpecIndex spec, Clock clock) {
        this.spec = spec;
        this.clock = clock;
    }

    /** The object LocalStripe answers for a resource: its fixture, else an example built from its schema. */
    JsonNode objectOf(String resourceId, JsonNode fixtures, long seed) {
        for (Map.Entry<String, JsonNode> schema :
                spec.root().path("components").path("schemas").properties()) {
            if (schema.getValue().path("x-resourceId").asText("").equals(resourceId)) {
                return new ExampleSynthesizer(spec, fixtures)
                        .synthesize(schema.getValue(), new Ids(seed, "event object " + resourceId), Set.of(), "");
            }
        }
        throw new IllegalArgumentException("the spec has no schema with x-resourceId \"" + resourceId + "\"");
    }

    EventDelivery send(URI endpoint, String endpointSecret, String type, JsonNode object, Ids ids) {
        checkLoopback(endpoint);
        long now = clock.instant().getEpochSecond();
        String eventId = ids.id("evt");
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.put("id", eventId);
        event.put("object", "event");
        event.put("api_version", spec.apiVersion());
        event.put("created", now);
        event.putObject("data").set("object", object.deepCopy());
        event.put("livemode", false);
        event.put("pending_webhooks", 1);
        ObjectNode request = event.putObject("request");
        request.putNull("id");
        request.putNull("idempotency_key");
        event.put("type", type);
        String payload = pretty(event);
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        String signature = WebhookSigner.of(endpointSecret).withClock(clock).signatureHeader(body);
        HttpRequest post = HttpRequest.newBuilder(endpoint)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Stripe-Signature", signature)
                .header("User-Agent", "LocalStripe (stripe-slice)")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new EventDelivery(eventId, payload, signature, response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot deliver event " + eventId + " to " + endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while delivering event " + eventId, e);
        }
    }

    /** Events go to this machine only: LocalStripe is a test tool, not a way to post signed data elsewhere. */
    private static void checkLoopback(URI endpoint) {
        String scheme = endpoint.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme) || endpoint.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) URL with a host: " + endpoint);
        }
        try {
            if (!InetAddress.getByName(endpoint.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException(
                        "LocalStripe sends events only to loopback addresses, not " + endpoint.getHost());
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host in " + endpoint, e);
        }
    }

    /** Stripe sends events pretty-printed, so endpoints see line breaks and indentation in what they verify. */
    private static String pretty(JsonNode event) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(event) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
