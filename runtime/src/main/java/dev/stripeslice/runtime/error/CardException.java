package dev.stripeslice.runtime.error;

import org.jspecify.annotations.Nullable;

/** The card was declined or could not be charged (HTTP 402). */
public final class CardException extends StripeException {
    private static final long serialVersionUID = 1L;

    private final @Nullable String declineCode;

    public CardException(String message, ErrorInfo info, @Nullable Throwable cause) {
        super(message, info, cause);
        this.declineCode = info.declineCode();
    }

    /** The issuer's reason, such as {@code insufficient_funds}. */
    public @Nullable String declineCode() {
        return declineCode;
    }
}
