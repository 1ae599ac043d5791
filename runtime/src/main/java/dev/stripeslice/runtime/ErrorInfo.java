package dev.stripeslice.runtime;

import org.jspecify.annotations.Nullable;

/** What is known about a failed call, gathered before the exception is built. */
record ErrorInfo(
    int httpStatus,
    @Nullable String requestId,
    @Nullable String type,
    @Nullable String code,
    @Nullable String param,
    @Nullable String docUrl,
    @Nullable String message,
    @Nullable String declineCode) {

  static ErrorInfo of(int httpStatus, @Nullable String requestId) {
    return new ErrorInfo(httpStatus, requestId, null, null, null, null, null, null);
  }
}
