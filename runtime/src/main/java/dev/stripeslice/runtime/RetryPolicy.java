package dev.stripeslice.runtime;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Stripe's retry rules, as its official libraries apply them: retry connection failures,
 * 409 conflicts and 5xx; let {@code Stripe-Should-Retry} override the status; back off
 * exponentially with jitter, and wait at least as long as {@code Retry-After} asks when that is
 * reasonable.
 */
final class RetryPolicy {
    /** A longer {@code Retry-After} is ignored rather than holding a request for minutes. */
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    private final Duration initialDelay;
    private final Duration maxDelay;

    RetryPolicy(Duration initialDelay, Duration maxDelay) {
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay;
    }

    /** Whether a response with this status and these headers should be retried. */
    static boolean shouldRetry(int status, HttpHeaders headers) {
        Optional<String> shouldRetry = headers.firstValue("Stripe-Should-Retry");
        if (shouldRetry.isPresent()) {
            if ("true".equalsIgnoreCase(shouldRetry.get())) {
                return true;
            }
            if ("false".equalsIgnoreCase(shouldRetry.get())) {
                return false;
            }
        }
        return status == 409 || status >= 500;
    }

    /**
     * The wait before retry number {@code retry} (1 for the first retry).
     *
     * @param jitter a number in [0, 1) that spreads retries of many clients apart
     */
    Duration delay(int retry, @Nullable Duration retryAfter, double jitter) {
        int doublings = Math.min(Math.max(retry - 1, 0), 30);
        long nanos = Math.min(initialDelay.toNanos() << doublings, maxDelay.toNanos());
        if (nanos < 0) {
            nanos = maxDelay.toNanos();
        }
        nanos = (long) (nanos * (0.75 + 0.25 * jitter));
        nanos = Math.max(nanos, initialDelay.toNanos());
        Duration delay = Duration.ofNanos(nanos);
        if (retryAfter != null && retryAfter.compareTo(MAX_RETRY_AFTER) <= 0 && retryAfter.compareTo(delay) > 0) {
            return retryAfter;
        }
        return delay;
    }

    /** {@code Retry-After} in seconds (Stripe sends seconds), or null when absent or malformed. */
    static @Nullable Duration retryAfter(HttpHeaders headers) {
        Optional<String> value = headers.firstValue("Retry-After");
        if (value.isEmpty()) {
            return null;
        }
        try {
            double seconds = Double.parseDouble(value.get().trim());
            if (seconds < 0 || Double.isNaN(seconds) || Double.isInfinite(seconds)) {
                return null;
            }
            return Duration.ofMillis((long) (seconds * 1000));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
