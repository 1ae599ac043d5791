package dev.stripeslice.runtime.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Sends one HTTP request and returns its response: the only thing the Stripe client needs from an
 * HTTP library. Retries, idempotency keys, headers and error decoding all happen above it, so an
 * implementation only moves bytes. Two are built in: {@link UrlConnectionTransport} (blocking,
 * used for synchronous calls by default) and {@link JdkHttpClientTransport} ({@code java.net.http},
 * used for {@code ...Async} calls by default). Bring your own by implementing {@link #send}.
 *
 * <p>Implementations must be thread-safe: one instance serves every call of a client.
 */
public interface HttpTransport {
    /**
     * Sends the request once and reads the whole response, whatever its status.
     *
     * @throws HttpTimeoutException when no response arrived within {@link Request#timeout()}
     * @throws IOException when the connection failed (the call may then be retried)
     * @throws InterruptedException when the calling thread was interrupted
     */
    Response send(Request request) throws IOException, InterruptedException;

    /**
     * Sends the request without blocking the caller; the future fails with the exceptions of
     * {@link #send}. This default runs {@link #send} on a shared pool of daemon threads.
     */
    default CompletableFuture<Response> sendAsync(Request request) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return send(request);
                    } catch (IOException e) {
                        throw new CompletionException(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new CompletionException(e);
                    }
                },
                BlockingCalls.EXECUTOR);
    }

    /**
     * One attempt of a call.
     *
     * @param method {@code GET}, {@code POST} or {@code DELETE}
     * @param uri the whole URL, query included
     * @param headers the request headers, in order (names are unique)
     * @param body the request body; empty when there is none
     * @param timeout the time allowed for this attempt to receive the response
     */
    record Request(String method, URI uri, Map<String, String> headers, byte[] body, Duration timeout) {
        public Request {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(uri, "uri");
            headers = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(headers, "headers")));
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(timeout, "timeout");
        }

        /** Method and URL path only: headers and body hold secrets. */
        @Override
        public String toString() {
            return method + " " + uri.getRawPath();
        }
    }

    /**
     * The response of one attempt.
     *
     * @param status the HTTP status code
     * @param headers the response headers
     * @param body the whole response body; empty when there is none
     */
    record Response(int status, HttpHeaders headers, byte[] body) {
        public Response {
            Objects.requireNonNull(headers, "headers");
            Objects.requireNonNull(body, "body");
        }

        @Override
        public String toString() {
            return "Response{HTTP " + status + ", " + body.length + " bytes}";
        }
    }
}
