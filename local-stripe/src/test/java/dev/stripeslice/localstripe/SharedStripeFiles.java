package dev.stripeslice.localstripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stripeslice.testsupport.RequiredFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Stripe's reference files; tests that need them are skipped (with where to put them) when absent. */
final class SharedStripeFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SharedStripeFiles() {}

    static Path require(String file) {
        return RequiredFiles.stripeFile(file);
    }

    static JsonNode json(String file) {
        try {
            return MAPPER.readTree(require(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
