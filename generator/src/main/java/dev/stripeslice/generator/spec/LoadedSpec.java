package dev.stripeslice.generator.spec;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parsed spec document.
 *
 * @param displayName how the file is named in messages and generated headers (never an absolute path)
 * @param root the document
 */
public record LoadedSpec(String displayName, JsonNode root) {

    /** {@code info.version}, Stripe's API version, or "" when absent. */
    public String apiVersion() {
        return root.path("info").path("version").asText("");
    }

    public JsonNode schemas() {
        return root.path("components").path("schemas");
    }
}
