package dev.stripeslice.runtime.webhook;

import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * One webhook endpoint: verifies each request's signature, then decodes its body into an
 * {@link Event} whose {@code data.object} is the generated record of its type. Generated clients
 * create one with {@code Webhooks.endpoint(secret)}, which knows their types and API version.
 *
 * <pre>{@code
 * Event event = webhook.constructEvent(body, exchange.getRequestHeaders().getFirst("Stripe-Signature"));
 * }</pre>
 *
 * <p>An event rendered with another API version than the client's is decoded all the same (unknown
 * fields are kept, missing ones are null) and logged once per version at WARNING, since its shape may
 * differ from the generated types: set the endpoint's API version in Stripe's dashboard to the
 * client's. Thread-safe.
 */
public final class Webhook {
    private static final System.Logger LOG = System.getLogger(Webhook.class.getName());

    private final WebhookVerifier verifier;
    private final EventDecoder decoder;
    private final String apiVersion;
    private final Set<String> warnedVersions = ConcurrentHashMap.newKeySet();

    /**
     * @param verifier the endpoint's secret, tolerance and clock
     * @param objectTypes the records {@code data.object} decodes into
     * @param apiVersion the API version the records were generated for
     */
    public Webhook(WebhookVerifier verifier, EventObjectTypes objectTypes, String apiVersion) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.decoder = new EventDecoder(Objects.requireNonNull(objectTypes, "objectTypes"));
        this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
    }

    /**
     * Verifies the request and decodes its event.
     *
     * @param payload the request body, byte for byte as received
     * @param signatureHeader the {@code Stripe-Signature} header, or null when the request had none
     * @throws WebhookException when the request must be refused (answer 400); {@link WebhookException#reason()} says why
     */
    public Event constructEvent(byte[] payload, @Nullable String signatureHeader) throws WebhookException {
        verifier.verify(payload, signatureHeader);
        return parseEvent(payload);
    }

    /**
     * Decodes an event without verifying anything: only for JSON that did not come from the network
     * unauthenticated (a test fixture, an event fetched from the API).
     *
     * @throws WebhookException with {@link WebhookException.Reason#MALFORMED_PAYLOAD} when it is not an event
     */
    public Event parseEvent(byte[] json) throws WebhookException {
        Event event = decoder.decode(Objects.requireNonNull(json, "json"));
        String eventVersion = event.apiVersion();
        if (eventVersion != null && !eventVersion.equals(apiVersion) && warnedVersions.add(eventVersion)) {
            LOG.log(
                    Level.WARNING,
                    "Event {0} was rendered with Stripe API version {1}, but this client was generated "
                            + "for {2}: fields may be missing or shaped differently. Set the webhook endpoint''s API version to {2}.",
                    event.id(),
                    eventVersion,
                    apiVersion);
        }
        return event;
    }

    /** The API version events are expected in. */
    public String apiVersion() {
        return apiVersion;
    }

    @Override
    public String toString() {
        return "Webhook{apiVersion=" + apiVersion + ", " + verifier + "}";
    }
}
