package dev.stripeslice.localstripe;

/**
 * One signed event sent by {@link LocalStripe#sendEvent}.
 *
 * @param eventId the event's id, {@code evt_...}
 * @param payload the JSON body sent (as UTF-8), byte for byte what was signed
 * @param signatureHeader the {@code Stripe-Signature} header sent
 * @param status the HTTP status the endpoint answered
 * @param responseBody what the endpoint answered, as text
 */
public record EventDelivery(String eventId, String payload, String signatureHeader, int status, String responseBody) {}
