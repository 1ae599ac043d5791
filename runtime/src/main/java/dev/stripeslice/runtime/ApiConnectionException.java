package dev.stripeslice.runtime;

import org.jspecify.annotations.Nullable;

/** Stripe could not be reached, or did not answer in time; no HTTP response was received. */
public final class ApiConnectionException extends StripeException {
  private static final long serialVersionUID = 1L;

  ApiConnectionException(String message, ErrorInfo info, @Nullable Throwable cause) {
    super(message, info, cause);
  }
}
