package dev.stripeslice.localstripe.notes;

import dev.stripeslice.localstripe.LocalStripe;
import dev.stripeslice.runtime.ClientConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Stands in for a generated client of the notes API in tests: a public constructor taking a {@link ClientConfig},
 * and the API's spec where the plugin would put it ({@link #SPEC}).
 */
public final class NotesClient {
    public static final String SPEC = LocalStripe.specResource(NotesClient.class.getPackageName());

    private final ClientConfig config;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public NotesClient(ClientConfig config) {
        this.config = config;
    }

    public ClientConfig config() {
        return config;
    }

    /** POSTs a form to {@code path}; answers the status and body. */
    public String post(String path, String form) {
        return send(HttpRequest.newBuilder(config.baseUrl().resolve(path))
                .header("Authorization", "Bearer " + config.apiKey())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    public String get(String path) {
        return send(HttpRequest.newBuilder(config.baseUrl().resolve(path))
                .header("Authorization", "Bearer " + config.apiKey())
                .GET()
                .build());
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
