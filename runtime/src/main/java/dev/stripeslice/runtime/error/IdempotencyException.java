package dev.stripeslice.runtime.error;

import org.jspecify.annotations.Nullable;

/** An idempotency key was reused with different parameters, or is still in use (type {@code idempotency_error}). */
public final class IdempotencyException extends StripeException {
    private static final long serialVersionUID = 1L;

    public IdempotencyException(String message, ErrorInfo info, @Nullable Throwable cause) {
        super(message, info, cause);
    }
}
