package dev.stripeslice.runtime.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Signs payloads the way Stripe signs webhook requests, for tests and local tools: the
 * {@code Stripe-Signature} value it returns is accepted by {@link WebhookVerifier} (and by Stripe's
 * own libraries) for the same secret and body. {@link #toString()} never shows the secret.
 */
public final class WebhookSigner {
    private final Hmac hmac;
    private final Clock clock;

    private WebhookSigner(Hmac hmac, Clock clock) {
        this.hmac = hmac;
        this.clock = clock;
    }

    /** A signer for an endpoint secret, signing at the system clock's time. */
    public static WebhookSigner of(String endpointSecret) {
        return new WebhookSigner(new Hmac(endpointSecret), Clock.systemUTC());
    }

    /** The same signer, taking the signing time from {@code clock}. */
    public WebhookSigner withClock(Clock clock) {
        return new WebhookSigner(hmac, Objects.requireNonNull(clock, "clock"));
    }

    /** {@code t=<now>,v1=<signature>} for the payload bytes. */
    public String signatureHeader(byte[] payload) {
        return signatureHeader(payload, clock.instant());
    }

    /** {@code t=<signedAt>,v1=<signature>} for the payload bytes, at a given time (whole seconds). */
    public String signatureHeader(byte[] payload, Instant signedAt) {
        Objects.requireNonNull(payload, "payload");
        long timestamp = signedAt.getEpochSecond();
        return "t=" + timestamp + "," + SignatureHeader.V1 + "="
                + new String(hmac.v1(timestamp, payload), StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
        return "WebhookSigner{secret=<redacted>}";
    }
}
