package dev.stripeslice.runtime;

import java.net.http.HttpHeaders;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A decoded response together with what Stripe said about it: the HTTP status, the {@code Request-Id} (what
 * Stripe support asks for) and every response header. Returned by the clients' {@code ...WithResponse}
 * methods; no second request is made.
 *
 * @param statusCode the HTTP status of the final attempt
 * @param requestId Stripe's {@code Request-Id}, when it sent one
 * @param headers the response headers
 * @param value the decoded body
 * @param <T> the body type
 */
public record StripeResponse<T>(int statusCode, @Nullable String requestId, HttpHeaders headers, T value) {
    public StripeResponse {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(value, "value");
    }

    /** The first value of a response header, by case-insensitive name. */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** Status and request id only: the body may hold secrets. */
    @Override
    public String toString() {
        return "StripeResponse{HTTP " + statusCode + (requestId == null ? "" : ", " + requestId) + "}";
    }
}
