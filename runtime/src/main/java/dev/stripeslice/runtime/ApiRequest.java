package dev.stripeslice.runtime;

import dev.stripeslice.runtime.form.FormParams;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One API call: the method, the path (already percent-encoded, starting with {@code /v1/}), and
 * the parameters, which go in the query string for GET and DELETE and in the body for POST.
 *
 * @param multipart send the POST body as {@code multipart/form-data} (file uploads) instead of a
 *     form-encoded one
 * @param server the operation's own server from the spec (such as {@code https://files.stripe.com/}),
 *     or null for the client's base URL; {@link ClientConfig#baseUrlFor(String)} maps it to the URL used
 */
public record ApiRequest(
        HttpMethod method,
        String path,
        @Nullable FormParams params,
        boolean multipart,
        @Nullable String server) {
    public ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/") || path.contains("?") || path.contains("#")) {
            throw new IllegalArgumentException("path must start with '/' and hold no query: " + path);
        }
        if (multipart && method != HttpMethod.POST) {
            throw new IllegalArgumentException("only a POST can carry a multipart body: " + method + " " + path);
        }
    }

    /** A request to the client's base URL with a form-encoded body (or query). */
    public ApiRequest(HttpMethod method, String path, @Nullable FormParams params) {
        this(method, path, params, false, null);
    }

    /** The same request, with its body sent as {@code multipart/form-data}. */
    public ApiRequest asMultipart() {
        return new ApiRequest(method, path, params, true, server);
    }

    /** The same request, sent to the operation's own server (resolved by {@link ClientConfig#baseUrlFor}). */
    public ApiRequest onServer(String server) {
        return new ApiRequest(method, path, params, multipart, Objects.requireNonNull(server, "server"));
    }

    /** Method and path only: parameters may hold secrets. */
    @Override
    public String toString() {
        return method + " " + path;
    }
}
