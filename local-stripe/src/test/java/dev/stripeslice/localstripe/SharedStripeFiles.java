package dev.stripeslice.localstripe;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Stripe's reference files; tests that need them are skipped (with where to put them) when absent. */
final class SharedStripeFiles {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SharedStripeFiles() {}

  static Path dir() {
    String configured = System.getProperty("stripe.shared.dir");
    return (configured == null || configured.isBlank() ? Path.of("../../shared/stripe") : Path.of(configured))
        .toAbsolutePath().normalize();
  }

  static Path require(String file) {
    Path path = dir().resolve(file);
    assumeTrue(Files.isRegularFile(path),
        () -> "Skipped: Stripe's " + file + " not found in " + dir() + ". Put the shared Stripe reference"
            + " files there or point -Dstripe.shared.dir at them.");
    return path;
  }

  static JsonNode json(String file) {
    try {
      return MAPPER.readTree(require(file).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
