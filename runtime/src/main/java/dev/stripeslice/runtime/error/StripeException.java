package dev.stripeslice.runtime.error;

import org.jspecify.annotations.Nullable;

/**
 * A failed Stripe call. Subclasses tell the kind of failure; the fields come from Stripe's error
 * body and the response headers. Messages never contain API keys or client secrets.
 */
public class StripeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final @Nullable String requestId;
    private final @Nullable String type;
    private final @Nullable String code;
    private final @Nullable String param;
    private final @Nullable String docUrl;
    private final @Nullable String stripeMessage;

    protected StripeException(String message, ErrorInfo info, @Nullable Throwable cause) {
        super(message, cause);
        this.httpStatus = info.httpStatus();
        this.requestId = info.requestId();
        this.type = info.type();
        this.code = info.code();
        this.param = info.param();
        this.docUrl = info.docUrl();
        this.stripeMessage = info.message();
    }

    /** The HTTP status, or 0 when no response was received. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The {@code Request-Id} response header, which Stripe support asks for. */
    public @Nullable String requestId() {
        return requestId;
    }

    /** Stripe's error type, such as {@code invalid_request_error} or {@code card_error}. */
    public @Nullable String type() {
        return type;
    }

    /** Stripe's error code, such as {@code resource_missing}. */
    public @Nullable String code() {
        return code;
    }

    /** The request parameter the error relates to. */
    public @Nullable String param() {
        return param;
    }

    public @Nullable String docUrl() {
        return docUrl;
    }

    /** The human-readable message from Stripe's error body (with any secrets redacted). */
    public @Nullable String stripeMessage() {
        return stripeMessage;
    }
}
