package dev.stripeslice.customersession;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stripeslice.runtime.json.StripeJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Stripe's reference files from ../shared/stripe (or -Dstripe.shared.dir); tests skip when they are absent. */
final class SharedFixtures {
    private SharedFixtures() {}

    static JsonNode read(String fileName) throws IOException {
        String configured = System.getProperty("stripe.shared.dir");
        Path directory = configured == null ? Path.of("../../shared/stripe") : Path.of(configured);
        Path file = directory.resolve(fileName).normalize();
        assumeTrue(Files.isRegularFile(file), () -> "Stripe's reference file " + fileName + " is not at " + file
                + "; put ../shared/stripe beside the repository (or set -Dstripe.shared.dir) to run this test");
        return StripeJson.mapper().readTree(file.toFile());
    }
}
