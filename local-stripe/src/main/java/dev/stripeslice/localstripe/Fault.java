package dev.stripeslice.localstripe;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A misbehaviour for {@link LocalStripe#enqueue(Fault)} to apply to the next request(s) instead of
 * (or, for {@link #delay}, before) the normal answer. Immutable; the {@code with...} and
 * {@link #times(int)} methods return copies.
 */
public final class Fault {
    enum Kind {
        STATUS,
        DELAY,
        MALFORMED_BODY,
        TRUNCATED_BODY,
        DROP_CONNECTION
    }

    private final Kind kind;
    private final int status;
    private final String body;
    private final Map<String, String> headers;
    private final Duration delay;
    private final int times;

    private Fault(Kind kind, int status, String body, Map<String, String> headers, Duration delay, int times) {
        this.kind = kind;
        this.status = status;
        this.body = body;
        this.headers = headers;
        this.delay = delay;
        this.times = times;
    }

    private static Fault of(Kind kind, int status, String body) {
        return new Fault(kind, status, body, Map.of(), Duration.ZERO, 1);
    }

    /** Answers with this status and JSON body (for example a Stripe error object). */
    public static Fault status(int status, String jsonBody) {
        checkStatus(status);
        return of(Kind.STATUS, status, Objects.requireNonNull(jsonBody, "jsonBody"));
    }

    /** Waits, then answers normally; longer than a client's timeout makes that client time out. */
    public static Fault delay(Duration delay) {
        return of(Kind.DELAY, 200, "").withDelay(delay);
    }

    /** Answers with this status, a JSON content type and a body that is not JSON. */
    public static Fault malformedBody(int status) {
        checkStatus(status);
        return of(Kind.MALFORMED_BODY, status, "");
    }

    /**
     * Answers with this status and a Content-Length for the normal answer, sends half of it and
     * closes the connection.
     */
    public static Fault truncatedBody(int status) {
        checkStatus(status);
        return of(Kind.TRUNCATED_BODY, status, "");
    }

    /** Closes the connection after reading the request, without any response. */
    public static Fault dropConnection() {
        return of(Kind.DROP_CONNECTION, 0, "");
    }

    /** Adds a response header (for example {@code Stripe-Should-Retry} or {@code Retry-After}). */
    public Fault withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new Fault(kind, status, body, Map.copyOf(copy), delay, times);
    }

    /** Waits this long before misbehaving. */
    public Fault withDelay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        return new Fault(kind, status, body, headers, delay, times);
    }

    /** Applies this fault to the next {@code n} requests instead of one. */
    public Fault times(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("times must be at least 1: " + n);
        }
        return new Fault(kind, status, body, headers, delay, n);
    }

    Kind kind() {
        return kind;
    }

    int statusCode() {
        return status;
    }

    String body() {
        return body;
    }

    Map<String, String> headers() {
        return headers;
    }

    Duration delayDuration() {
        return delay;
    }

    int count() {
        return times;
    }

    private static void checkStatus(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
    }

    @Override
    public String toString() {
        return "Fault[" + kind + (status > 0 ? " " + status : "") + (delay.isZero() ? "" : " after " + delay)
                + (times > 1 ? " x" + times : "") + "]";
    }
}
