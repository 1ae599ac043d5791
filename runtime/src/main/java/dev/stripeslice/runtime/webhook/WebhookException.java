package dev.stripeslice.runtime.webhook;

import java.util.Objects;

/**
 * A webhook request that must be refused: its signature does not verify, or its verified body is
 * not an event. Answer such a request with a 400. The message never contains the endpoint secret.
 */
public final class WebhookException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the request was refused. */
    public enum Reason {
        /** There is no {@code Stripe-Signature} header, or it is empty. */
        MISSING_HEADER,
        /** The header is not a list of {@code key=value} pairs with one integer timestamp {@code t}. */
        MALFORMED_HEADER,
        /** The header has no signature of the {@code v1} scheme (only {@code v0}, say). */
        NO_V1_SIGNATURE,
        /** No {@code v1} signature matches the payload and the endpoint secret. */
        NO_MATCHING_SIGNATURE,
        /** The signed timestamp is older than the tolerance: possibly a replayed request. */
        TIMESTAMP_TOO_OLD,
        /** The signature verified, but the body is not a Stripe event. */
        MALFORMED_PAYLOAD
    }

    private final Reason reason;

    WebhookException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    WebhookException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
