package dev.stripeslice.runtime.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;
import org.jspecify.annotations.Nullable;

/**
 * A blocking {@link HttpTransport} on {@link HttpURLConnection}, as stripe-java uses: the calling
 * thread writes the request and reads the response itself, with no hand-off to a selector thread,
 * and the JDK keeps idle connections alive for reuse ({@code http.keepAlive}, up to
 * {@code http.maxConnections} idle connections per host). Loading it costs a few classes of
 * {@code java.base}; TLS is set up only when an {@code https} URL is first used.
 */
public final class UrlConnectionTransport implements HttpTransport {
    private final int connectTimeoutMillis;
    private final @Nullable SSLSocketFactory sslSocketFactory;

    /** Uses the JVM's default TLS settings ({@link HttpsURLConnection#getDefaultSSLSocketFactory()}). */
    public UrlConnectionTransport(Duration connectTimeout) {
        this(connectTimeout, null);
    }

    /** Uses {@code sslSocketFactory} for {@code https} URLs (a custom trust store, say). */
    public UrlConnectionTransport(Duration connectTimeout, @Nullable SSLSocketFactory sslSocketFactory) {
        this.connectTimeoutMillis = millis(Objects.requireNonNull(connectTimeout, "connectTimeout"));
        this.sslSocketFactory = sslSocketFactory;
    }

    @Override
    public Response send(Request request) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) request.uri().toURL().openConnection();
        try {
            return exchange(connection, request);
        } catch (SocketTimeoutException e) {
            connection.disconnect();
            HttpTimeoutException timeout = new HttpTimeoutException("request timed out");
            timeout.initCause(e);
            throw timeout;
        } catch (IOException | RuntimeException e) {
            connection.disconnect();
            throw e;
        }
    }

    private Response exchange(HttpURLConnection connection, Request request) throws IOException {
        if (sslSocketFactory != null && connection instanceof HttpsURLConnection) {
            ((HttpsURLConnection) connection).setSSLSocketFactory(sslSocketFactory);
        }
        connection.setConnectTimeout(connectTimeoutMillis);
        connection.setReadTimeout(millis(request.timeout()));
        connection.setInstanceFollowRedirects(false);
        connection.setRequestMethod(request.method());
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            connection.setRequestProperty(header.getKey(), header.getValue());
        }
        byte[] body = request.body();
        if (body.length > 0 || "POST".equals(request.method())) {
            // Buffered, not streamed: in streaming mode a 401 becomes an HttpRetryException without its
            // body. Buffered, the JDK sends a request once more when its connection fails before any
            // response (a stale keep-alive connection, say); the Idempotency-Key makes that safe.
            connection.setDoOutput(true);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
        }
        int status = connection.getResponseCode();
        if (status < 0) {
            throw new IOException("the response has no valid HTTP status line");
        }
        HttpHeaders headers = headers(connection.getHeaderFields());
        byte[] responseBody;
        // Reading the body to its end hands the connection back to the keep-alive cache.
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            responseBody = in == null ? new byte[0] : in.readAllBytes();
        }
        return new Response(status, headers, responseBody);
    }

    private static HttpHeaders headers(Map<@Nullable String, List<String>> fields) {
        Map<String, List<String>> named = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<@Nullable String, List<String>> field : fields.entrySet()) {
            if (field.getKey() != null) { // the status line
                named.put(field.getKey(), field.getValue());
            }
        }
        return HttpHeaders.of(named, (name, value) -> true);
    }

    private static int millis(Duration duration) {
        long millis = Math.max(1, duration.toMillis());
        return (int) Math.min(Integer.MAX_VALUE, millis);
    }

    @Override
    public String toString() {
        return "UrlConnectionTransport";
    }
}
