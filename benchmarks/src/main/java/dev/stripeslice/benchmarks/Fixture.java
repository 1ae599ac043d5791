package dev.stripeslice.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The fixtures the client benchmarks decode and the local endpoints answer with. */
final class Fixture {
    private Fixture() {}

    /** {@code resources.customer_session} of Stripe's fixtures3.json, as compact JSON. */
    static String customerSessionJson() {
        return resource("fixtures3.json", "customer_session");
    }

    /** {@code resources.invoice} of fixtures3.2024-04-10.json (the fixtures of the spec the invoice types come from). */
    static String invoiceJson() {
        return resource("fixtures3.2024-04-10.json", "invoice");
    }

    private static String resource(String file, String name) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            JsonNode fixtures = mapper.readTree(SharedFiles.file(file).toFile());
            JsonNode resource = fixtures.path("resources").path(name);
            if (resource.isMissingNode()) {
                throw new IllegalStateException(file + " has no resources." + name);
            }
            return mapper.writeValueAsString(resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
