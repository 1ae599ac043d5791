package dev.stripeslice.runtime.error;

import org.jspecify.annotations.Nullable;

/** The request was invalid (HTTP 400) or named something that does not exist (HTTP 404). */
public final class InvalidRequestException extends StripeException {
    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String message, ErrorInfo info, @Nullable Throwable cause) {
        super(message, info, cause);
    }
}
