package dev.stripeslice.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The customer_session fixture (fixtures3.json). */
final class Fixture {
    private Fixture() {}

    /** {@code resources.customer_session} of Stripe's fixtures3.json, as compact JSON. */
    static String customerSessionJson() {
        try {
            ObjectMapper mapper = new ObjectMapper();
            JsonNode fixtures = mapper.readTree(SharedFiles.file("fixtures3.json").toFile());
            JsonNode session = fixtures.path("resources").path("customer_session");
            if (session.isMissingNode()) {
                throw new IllegalStateException("fixtures3.json has no resources.customer_session");
            }
            return mapper.writeValueAsString(session);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
