package dev.stripeslice.runtime.error;

import org.jspecify.annotations.Nullable;

/** The API key may not perform this request (HTTP 403). */
public final class PermissionException extends StripeException {
    private static final long serialVersionUID = 1L;

    public PermissionException(String message, ErrorInfo info, @Nullable Throwable cause) {
        super(message, info, cause);
    }
}
