package dev.stripeslice.runtime.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stripeslice.runtime.json.StripeObject;
import dev.stripeslice.runtime.json.UnknownObject;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Stripe event, as delivered to a webhook endpoint ({@code object: "event"}).
 *
 * @param id the event's id, {@code evt_...}; Stripe may deliver one event more than once, so handlers
 *     should be idempotent on it
 * @param type the event type, such as {@code customer.updated}; clients generated from a spec that
 *     lists the event types have an {@code EventType} enum, {@code EventType.fromWireValue(type)}
 * @param created when the event happened, in seconds since the Unix epoch
 * @param livemode whether it happened in live mode
 * @param apiVersion the API version {@code data} was rendered with, or null for very old events
 * @param request the API request that caused the event, or null when none did
 * @param pendingWebhooks how many deliveries of this event have not succeeded yet
 * @param account the connected account it happened on (Connect), or null for your own account
 * @param data the object the event is about
 */
public record Event(
        String id,
        String type,
        long created,
        boolean livemode,
        @Nullable String apiVersion,
        @Nullable Request request,
        long pendingWebhooks,
        @Nullable String account,
        Data data) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
    }

    /**
     * The API request behind an event.
     *
     * @param id the request's id ({@code req_...}), or null when the event was automatic
     * @param idempotencyKey the idempotency key the request carried, if any
     */
    public record Request(@Nullable String id, @Nullable String idempotencyKey) {}

    /**
     * What the event is about.
     *
     * @param object the object, decoded by its {@code object} field into the generated record of a
     *     section this client covers ({@code Customer}, {@code Invoice}, ...), or else an
     *     {@link Unknown} holding its JSON
     * @param previousAttributes for {@code *.updated} events, the changed fields' previous values, as
     *     JSON; null otherwise
     */
    public record Data(Object object, @Nullable JsonNode previousAttributes) {
        public Data {
            Objects.requireNonNull(object, "object");
            if (!(object instanceof StripeObject) && !(object instanceof Unknown)) {
                throw new IllegalArgumentException("object must be a generated record or an Event.Unknown, not "
                        + object.getClass().getName());
            }
        }

        /** The object, if it was decoded as {@code type}: {@code data().object(Customer.class)}. */
        public <T> Optional<T> object(Class<T> type) {
            return type.isInstance(object) ? Optional.of(type.cast(object)) : Optional.empty();
        }
    }

    /**
     * An event object of a type this client does not generate (a resource outside its sections, or
     * one Stripe added later), kept as JSON. {@code as(Class)} converts it to another type.
     *
     * @param json the object, whole
     */
    public record Unknown(JsonNode json) implements UnknownObject {
        public Unknown {
            Objects.requireNonNull(json, "json");
        }
    }
}
