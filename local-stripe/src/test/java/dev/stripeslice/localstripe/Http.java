package dev.stripeslice.localstripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A minimal Stripe-style caller for tests: form bodies, Bearer key, JSON answers. */
final class Http {
    static final String KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    record Response(int status, JsonNode json, HttpResponse<String> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        JsonNode error() {
            return json.path("error");
        }
    }

    private final HttpClient client;
    private final URI base;

    Http(LocalStripe stripe) {
        this(stripe, HttpClient.newHttpClient());
    }

    Http(LocalStripe stripe, HttpClient client) {
        this.client = client;
        this.base = stripe.baseUrl();
    }

    Response post(String path, String form) {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    Response get(String pathAndQuery) {
        return send(request(pathAndQuery).GET().build());
    }

    Response delete(String path) {
        return send(request(path).DELETE().build());
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + KEY);
    }

    Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = sendRaw(request);
            return new Response(response.statusCode(), MAPPER.readTree(response.body()), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> sendRaw(HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    static LocalStripe widgets() {
        return LocalStripe.start(Http.class.getResourceAsStream("/widgets-openapi.json"));
    }
}
