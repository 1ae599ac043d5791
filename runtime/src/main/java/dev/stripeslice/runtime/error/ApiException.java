package dev.stripeslice.runtime.error;

import org.jspecify.annotations.Nullable;

/** Stripe failed (5xx or another unexpected status), or its response could not be read. */
public final class ApiException extends StripeException {
    private static final long serialVersionUID = 1L;

    public ApiException(String message, ErrorInfo info, @Nullable Throwable cause) {
        super(message, info, cause);
    }
}
