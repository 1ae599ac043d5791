package dev.stripeslice.sections;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stripeslice.localstripe.LocalStripe;
import dev.stripeslice.localstripe.RecordedRequest;
import dev.stripeslice.runtime.ClientConfig;
import dev.stripeslice.runtime.json.StripeJson;
import dev.stripeslice.testsupport.RequiredFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One LocalStripe per test class, serving Stripe's whole 2024-04-10 spec (the one this client was generated from)
 * with Stripe's fixtures, and a client pointed at it. Stateless: these tests check what the client sends and how it
 * reads answers for any id, and page through a fake collection of a chosen size ({@link StatefulFlowTest} covers
 * the stateful default).
 */
final class LocalStripeSections implements AutoCloseable {
    private static JsonNode spec;
    private static JsonNode fixtures;

    final LocalStripe local;
    final StripeClient stripe;

    private LocalStripeSections(int listSize) {
        local = LocalStripe.start(spec()).stateless().withFixtures(fixtures).withListSize(listSize);
        stripe = new StripeClient(ClientConfig.builder()
                .apiKey("sk_test_123")
                .baseUrl(local.baseUrl())
                .maxNetworkRetries(0)
                .build());
    }

    static LocalStripeSections start(int listSize) {
        return new LocalStripeSections(listSize);
    }

    private static synchronized JsonNode spec() {
        if (spec == null) {
            try {
                spec = StripeJson.mapper()
                        .readTree(RequiredFiles.stripeFile("spec3.2024-04-10.json")
                                .toFile());
                fixtures = StripeJson.mapper()
                        .readTree(RequiredFiles.stripeFile("fixtures3.2024-04-10.json")
                                .toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return spec;
    }

    List<RecordedRequest> requests() {
        return local.requests();
    }

    RecordedRequest onlyRequest() {
        List<RecordedRequest> requests = local.requests();
        if (requests.size() != 1) {
            throw new AssertionError("expected one request, got " + requests.size() + ": " + requests);
        }
        return requests.get(0);
    }

    @Override
    public void close() {
        local.close();
    }
}
