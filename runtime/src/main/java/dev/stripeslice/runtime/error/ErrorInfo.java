package dev.stripeslice.runtime.error;

import org.jspecify.annotations.Nullable;

/**
 * What is known about a failed call, gathered before its {@link StripeException} is built: the HTTP status (0 when
 * no response arrived), Stripe's {@code Request-Id}, and the fields of Stripe's error body.
 */
public record ErrorInfo(
        int httpStatus,
        @Nullable String requestId,
        @Nullable String type,
        @Nullable String code,
        @Nullable String param,
        @Nullable String docUrl,
        @Nullable String message,
        @Nullable String declineCode) {

    public static ErrorInfo of(int httpStatus, @Nullable String requestId) {
        return new ErrorInfo(httpStatus, requestId, null, null, null, null, null, null);
    }
}
