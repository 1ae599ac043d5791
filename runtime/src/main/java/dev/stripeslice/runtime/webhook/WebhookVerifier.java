package dev.stripeslice.runtime.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Checks the {@code Stripe-Signature} header of a webhook request against the raw request body
 * and the endpoint's signing secret ({@code whsec_...}), as Stripe documents it: the header's
 * timestamp must be no older than the tolerance (default five minutes), and one of its {@code v1}
 * signatures must equal the HMAC-SHA256 of {@code "<timestamp>.<body>"}. Signatures are compared in
 * constant time. A timestamp ahead of the clock is accepted, as Stripe's own libraries accept it, so
 * that a server whose clock runs behind does not refuse fresh events.
 *
 * <p>Verify the bytes exactly as they arrived: a body parsed and written again (or decoded with
 * another charset) no longer matches its signature. Immutable and thread-safe; {@link #toString()}
 * never shows the secret.
 */
public final class WebhookVerifier {
    /** Stripe's default tolerance, also used by its own libraries. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private final Hmac hmac;
    private final Duration tolerance;
    private final Clock clock;

    private WebhookVerifier(Hmac hmac, Duration tolerance, Clock clock) {
        this.hmac = hmac;
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /** A verifier for one endpoint secret, with the default tolerance and the system clock. */
    public static WebhookVerifier of(String endpointSecret) {
        return new WebhookVerifier(new Hmac(endpointSecret), DEFAULT_TOLERANCE, Clock.systemUTC());
    }

    /** The same verifier, accepting signatures up to {@code tolerance} old (positive). */
    public WebhookVerifier withTolerance(Duration tolerance) {
        Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.isNegative() || tolerance.isZero()) {
            throw new IllegalArgumentException("the tolerance must be positive, not " + tolerance);
        }
        return new WebhookVerifier(hmac, tolerance, clock);
    }

    /** The same verifier, telling the time with {@code clock} (a fixed clock in tests). */
    public WebhookVerifier withClock(Clock clock) {
        return new WebhookVerifier(hmac, tolerance, Objects.requireNonNull(clock, "clock"));
    }

    public Duration tolerance() {
        return tolerance;
    }

    /**
     * Verifies one request.
     *
     * @param payload the request body, byte for byte as received
     * @param signatureHeader the value of the {@code Stripe-Signature} header, or null when absent
     * @return the time at which Stripe signed the request
     * @throws WebhookException when the request must be refused; {@link WebhookException#reason()} says why
     */
    public Instant verify(byte[] payload, @Nullable String signatureHeader) throws WebhookException {
        Objects.requireNonNull(payload, "payload");
        SignatureHeader header = SignatureHeader.parse(signatureHeader);
        byte[] expected = hmac.v1(header.timestamp(), payload);
        boolean matched = false;
        for (String candidate : header.v1Signatures()) {
            // Keep comparing after a match, so the time taken does not tell which signature matched.
            matched |= MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII));
        }
        if (!matched) {
            throw new WebhookException(
                    WebhookException.Reason.NO_MATCHING_SIGNATURE,
                    "No v1 signature in the Stripe-Signature header matches the payload ("
                            + header.v1Signatures().size()
                            + " checked). Check that the endpoint secret is the one of this "
                            + "endpoint and that the body is verified exactly as received, before any parsing");
        }
        Instant signedAt = Instant.ofEpochSecond(header.timestamp());
        Duration age = Duration.between(signedAt, clock.instant());
        if (age.compareTo(tolerance) > 0) {
            throw new WebhookException(
                    WebhookException.Reason.TIMESTAMP_TOO_OLD,
                    "The Stripe-Signature timestamp " + signedAt + " is " + age.toSeconds() + " s old, more than the "
                            + "tolerance of " + tolerance.toSeconds() + " s: refusing a possibly replayed request");
        }
        return signedAt;
    }

    @Override
    public String toString() {
        return "WebhookVerifier{secret=<redacted>, tolerance=" + tolerance + "}";
    }
}
