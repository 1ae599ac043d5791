package dev.stripeslice.customersession;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stripeslice.runtime.json.StripeJson;
import dev.stripeslice.testsupport.RequiredFiles;
import java.io.IOException;

/** Stripe's reference files from ../shared/stripe (or -Dstripe.shared.dir); tests skip when they are absent. */
final class SharedFixtures {
    private SharedFixtures() {}

    static JsonNode read(String fileName) throws IOException {
        return StripeJson.mapper().readTree(RequiredFiles.stripeFile(fileName).toFile());
    }
}
