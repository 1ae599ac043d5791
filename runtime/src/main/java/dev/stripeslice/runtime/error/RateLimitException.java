package dev.stripeslice.runtime.error;

import org.jspecify.annotations.Nullable;

/** Too many requests (HTTP 429). */
public final class RateLimitException extends StripeException {
    private static final long serialVersionUID = 1L;

    public RateLimitException(String message, ErrorInfo info, @Nullable Throwable cause) {
        super(message, info, cause);
    }
}
