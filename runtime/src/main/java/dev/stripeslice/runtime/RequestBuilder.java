package dev.stripeslice.runtime;

import dev.stripeslice.runtime.form.FormWriter;
import dev.stripeslice.runtime.form.MultipartWriter;
import dev.stripeslice.runtime.http.HttpTransport;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns an {@link ApiRequest} and its {@link RequestOptions} into the HTTP request of a
 * {@link PreparedCall}: URL and query, form or multipart body, and Stripe's headers (API key,
 * {@code Stripe-Version}, {@code Stripe-Account}, one {@code Idempotency-Key} per POST).
 */
final class RequestBuilder {
    private final ClientConfig config;
    private final String stripeVersion;
    private final String userAgent;

    RequestBuilder(ClientConfig config, String stripeVersion, String userAgent) {
        this.config = config;
        this.stripeVersion = stripeVersion;
        this.userAgent = userAgent;
    }

    /** @param binary the caller reads the body as bytes (a PDF), not as JSON */
    PreparedCall prepare(ApiRequest request, RequestOptions options, boolean binary) {
        String apiKey = options.apiKey().orElse(config.apiKey());
        int maxRetries = options.maxNetworkRetries().orElse(config.maxNetworkRetries());
        FormWriter writer = new FormWriter();
        String form = "";
        if (request.params() != null) {
            request.params().writeForm(writer);
            form = request.multipart() ? "" : writer.encode();
        }
        boolean post = request.method() == HttpMethod.POST;
        String uri = config.baseUrlFor(request.server()) + request.path() + (post || form.isEmpty() ? "" : "?" + form);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + apiKey);
        headers.put("Stripe-Version", stripeVersion);
        headers.put("User-Agent", userAgent);
        headers.put("Accept", binary ? "*/*" : "application/json");
        options.stripeAccount().or(config::stripeAccount).ifPresent(account -> headers.put("Stripe-Account", account));
        String idempotencyKey = options.idempotencyKey().orElseGet(() -> post ? IdempotencyKeys.next() : null);
        if (idempotencyKey != null) {
            headers.put("Idempotency-Key", idempotencyKey);
        }
        headers.putAll(options.headers());
        byte[] body = new byte[0];
        if (post && request.multipart()) {
            MultipartWriter multipart = new MultipartWriter();
            headers.put("Content-Type", multipart.contentType());
            body = multipart.encode(writer);
        } else if (post) {
            headers.put("Content-Type", "application/x-www-form-urlencoded");
            body = form.getBytes(StandardCharsets.UTF_8);
        }
        HttpTransport.Request http = new HttpTransport.Request(
                request.method().name(),
                URI.create(uri),
                headers,
                body,
                options.requestTimeout().orElse(config.requestTimeout()));
        return new PreparedCall(request, http, maxRetries, apiKey);
    }
}
