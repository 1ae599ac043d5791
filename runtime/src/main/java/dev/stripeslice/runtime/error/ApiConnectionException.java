package dev.stripeslice.runtime.error;

import org.jspecify.annotations.Nullable;

/** Stripe could not be reached, or did not answer in time; no HTTP response was received. */
public final class ApiConnectionException extends StripeException {
    private static final long serialVersionUID = 1L;

    public ApiConnectionException(String message, ErrorInfo info, @Nullable Throwable cause) {
        super(message, info, cause);
    }
}
