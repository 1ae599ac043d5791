package dev.stripeslice.localstripe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP side: reads and records each exchange, applies a queued {@link Fault} if there is one,
 * and otherwise writes {@link StripeApi}'s answer.
 */
final class StripeHandler implements HttpHandler {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Thrown out of {@link #handle} to make the HTTP server close the connection abruptly. */
    private static final class AbortConnection extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AbortConnection(String why) {
            super(why, null, false, false);
        }
    }

    private final LocalStripe server;
    private final StripeApi api;
    /** This handler serves the files host ({@code https://files.stripe.com/}), not the API host. */
    private final boolean filesHost;

    StripeHandler(LocalStripe server, StripeApi api) {
        this(server, api, false);
    }

    StripeHandler(LocalStripe server, StripeApi api, boolean filesHost) {
        this.server = server;
        this.api = api;
        this.filesHost = filesHost;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            RecordedRequest request = read(exchange);
            server.record(request);
            Fault fault = server.nextFault();
            if (fault != null && !fault.delayDuration().isZero() && !sleep(fault)) {
                return;
            }
            if (fault == null || fault.kind() == Fault.Kind.DELAY) {
                StripeApi.Answer answer = server.answer(request, filesHost);
                byte[] raw = answer.raw();
                Map<String, String> headers = new LinkedHashMap<>(answer.headers());
                if (raw != null) {
                    headers.put("Content-Type", answer.contentType());
                }
                send(exchange, request, answer.status(), raw != null ? raw : json(answer.body()), headers);
                return;
            }
            switch (fault.kind()) {
                case STATUS:
                    send(exchange, request, fault.statusCode(), bytes(fault.body()), fault.headers());
                    break;
                case MALFORMED_BODY:
                    send(
                            exchange,
                            request,
                            fault.statusCode(),
                            bytes("<html><body><h1>502 Bad Gateway</h1></body></html>"),
                            fault.headers());
                    break;
                case TRUNCATED_BODY:
                    sendTruncated(
                            exchange,
                            request,
                            fault,
                            json(server.answer(request, filesHost).body()));
                    break;
                default:
                    throw new AbortConnection("fault: drop connection");
            }
        }
    }

    private static boolean sleep(Fault fault) {
        try {
            Thread.sleep(fault.delayDuration().toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server is closing
            return false;
        }
    }

    private static RecordedRequest read(HttpExchange exchange) throws IOException {
        byte[] rawBody = exchange.getRequestBody().readAllBytes();
        String body = new String(rawBody, StandardCharsets.UTF_8);
        String rawQuery = exchange.getRequestURI().getRawQuery();
        rawQuery = rawQuery == null ? "" : rawQuery;
        Map<String, List<String>> headers = new LinkedHashMap<>(exchange.getRequestHeaders());
        List<Map.Entry<String, String>> params = new ArrayList<>(FormDecoder.pairs(rawQuery));
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (isForm(contentType)) {
            params.addAll(FormDecoder.pairs(body));
        }
        String boundary = MultipartPart.boundary(contentType);
        if (boundary != null) {
            try {
                for (MultipartPart part : MultipartPart.parse(rawBody, boundary)) {
                    params.add(Map.entry(part.name(), part.filename() != null ? part.filename() : part.text()));
                }
            } catch (ApiError e) {
                // answered as a 400 by StripeApi, which parses the parts again
            }
        }
        return new RecordedRequest(
                exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                exchange.getRequestURI().getRawPath(),
                rawQuery,
                headers,
                body,
                params,
                rawBody);
    }

    private static boolean isForm(@Nullable String contentType) {
        return contentType == null
                || contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private void send(
            HttpExchange exchange, RecordedRequest request, int status, byte[] body, Map<String, String> extraHeaders)
            throws IOException {
        writeHeaders(exchange, request, extraHeaders);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void sendTruncated(HttpExchange exchange, RecordedRequest request, Fault fault, byte[] full)
            throws IOException {
        writeHeaders(exchange, request, fault.headers());
        exchange.sendResponseHeaders(fault.statusCode(), full.length);
        OutputStream out = exchange.getResponseBody();
        out.write(full, 0, full.length / 2);
        out.flush();
        throw new AbortConnection("fault: truncated body");
    }

    private void writeHeaders(HttpExchange exchange, RecordedRequest request, Map<String, String> extra) {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json");
        headers.set("Request-Id", "req_" + randomToken());
        headers.set("Stripe-Version", server.apiVersion());
        String idempotencyKey = request.header("Idempotency-Key");
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        extra.forEach(headers::set);
    }

    private static String randomToken() {
        StringBuilder token = new StringBuilder(14);
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        for (int i = 0; i < 14; i++) {
            token.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return token.toString();
    }

    private static byte[] json(JsonNode body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
