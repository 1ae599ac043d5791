package dev.stripeslice.runtime.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * An {@link HttpTransport} on {@code java.net.http}'s {@link HttpClient}: non-blocking, so
 * {@link #sendAsync} holds no thread while it waits. A blocking {@link #send} pays a hand-off to
 * the client's selector thread and back; {@link UrlConnectionTransport} does not.
 */
public final class JdkHttpClientTransport implements HttpTransport {
    private final HttpClient client;

    /** Sends through a client of your own (its redirect, proxy and TLS settings apply). */
    public JdkHttpClientTransport(HttpClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * The client this runtime builds for a base URL: no redirects followed, and for a plain
     * {@code http} base URL (local fakes) HTTP/1.1 without TLS set-up.
     *
     * <ul>
     *   <li>The JDK's HTTP/2 default would otherwise add {@code Connection: Upgrade, HTTP2-Settings},
     *       {@code Upgrade: h2c} and {@code HTTP2-Settings} to every request on every plain
     *       connection, and take the HTTP/2 connection-pool lock for each. {@code https} keeps the
     *       default (HTTP/2 when ALPN agrees).
     *   <li>The default SSLContext loads the JSSE provider and parses the trust store (hundreds of
     *       milliseconds and ~900 classes) for a client that, following no redirects, never speaks
     *       TLS to an {@code http} base URL.
     * </ul>
     */
    public static JdkHttpClientTransport forBaseUrl(URI baseUrl, Duration connectTimeout) {
        HttpClient.Builder builder =
                HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER);
        if ("http".equalsIgnoreCase(baseUrl.getScheme())) {
            builder.version(HttpClient.Version.HTTP_1_1)
                    .sslContext(new NoTlsContext())
                    .sslParameters(new javax.net.ssl.SSLParameters());
        }
        return new JdkHttpClientTransport(builder.build());
    }

    @Override
    public Response send(Request request) throws IOException, InterruptedException {
        return response(client.send(httpRequest(request), HttpResponse.BodyHandlers.ofByteArray()));
    }

    @Override
    public CompletableFuture<Response> sendAsync(Request request) {
        return client.sendAsync(httpRequest(request), HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(JdkHttpClientTransport::response);
    }

    private static HttpRequest httpRequest(Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(request.timeout());
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            builder.header(header.getKey(), header.getValue());
        }
        HttpRequest.BodyPublisher body = request.body().length == 0
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        return builder.method(request.method(), body).build();
    }

    private static Response response(HttpResponse<byte[]> response) {
        return new Response(response.statusCode(), response.headers(), response.body());
    }

    @Override
    public String toString() {
        return "JdkHttpClientTransport{" + client.version() + "}";
    }
}
