package dev.stripeslice.runtime;

import dev.stripeslice.runtime.http.JdkHttpClientTransport;
import dev.stripeslice.runtime.http.UrlConnectionTransport;
import java.net.URI;
import java.time.Duration;

/** The built-in transport set-ups every protocol test runs against. */
enum TransportKind {
    /** No transport configured: UrlConnectionTransport for sync calls, JdkHttpClientTransport for async. */
    DEFAULT,
    /** UrlConnectionTransport for every call (async ones on its blocking-call threads). */
    URL_CONNECTION,
    /** JdkHttpClientTransport for every call. */
    HTTP_CLIENT;

    /**
     * Whether a synchronous attempt whose connection drops before any response is sent a second
     * time by the HTTP library itself ({@code HttpURLConnection} does so once; the Idempotency-Key
     * makes it safe).
     */
    boolean resendsDroppedRequests() {
        return this != HTTP_CLIENT;
    }

    ClientConfig.Builder apply(ClientConfig.Builder builder, String baseUrl) {
        switch (this) {
            case URL_CONNECTION:
                return builder.transport(new UrlConnectionTransport(Duration.ofSeconds(5)));
            case HTTP_CLIENT:
                return builder.transport(JdkHttpClientTransport.forBaseUrl(URI.create(baseUrl), Duration.ofSeconds(5)));
            default:
                return builder;
        }
    }
}
