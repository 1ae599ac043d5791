package dev.stripeslice.runtime;

import org.jspecify.annotations.Nullable;

/** The request was invalid (HTTP 400) or named something that does not exist (HTTP 404). */
public final class InvalidRequestException extends StripeException {
  private static final long serialVersionUID = 1L;

  InvalidRequestException(String message, ErrorInfo info, @Nullable Throwable cause) {
    super(message, info, cause);
  }
}
