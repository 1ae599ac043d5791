package dev.stripeslice.runtime;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One API call: the method, the path (already percent-encoded, starting with {@code /v1/}), and
 * the parameters, which go in the query string for GET and DELETE and in the body for POST.
 */
public record ApiRequest(HttpMethod method, String path, @Nullable FormParams params) {
  public ApiRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/") || path.contains("?") || path.contains("#")) {
      throw new IllegalArgumentException("path must start with '/' and hold no query: " + path);
    }
  }

  /** Method and path only: parameters may hold secrets. */
  @Override
  public String toString() {
    return method + " " + path;
  }
}
