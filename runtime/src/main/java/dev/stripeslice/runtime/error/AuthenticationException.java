package dev.stripeslice.runtime.error;

import org.jspecify.annotations.Nullable;

/** The API key was missing or invalid (HTTP 401). */
public final class AuthenticationException extends StripeException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message, ErrorInfo info, @Nullable Throwable cause) {
        super(message, info, cause);
    }
}
