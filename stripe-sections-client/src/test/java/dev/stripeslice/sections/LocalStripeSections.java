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
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One LocalStripe per test class, serving Stripe's whole 2024-04-10 spec (the one this client was generated from)
 * with Stripe's fixtures, and a client pointed at it; the recorded requests are cleared before each test. Register it
 * as a static {@code @RegisterExtension} field. Stateless: these tests check what the client sends and how it reads
 * answers for any id, and page through a fake collection of a chosen size ({@link StatefulFlowTest} covers the
 * stateful default).
 */
final class LocalStripeSections implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
    private static JsonNode spec;
    private static JsonNode fixtures;

    private final int listSize;
    LocalStripe local;
    StripeClient stripe;

    private LocalStripeSections(int listSize) {
        this.listSize = listSize;
    }

    /** A server whose list operations answer collections of {@code listSize} items. */
    static LocalStripeSections withListSize(int listSize) {
        return new LocalStripeSections(listSize);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        local = LocalStripe.start(spec()).stateless().withFixtures(fixtures).withListSize(listSize);
        stripe = new StripeClient(ClientConfig.builder()
                .apiKey("sk_test_123")
                .baseUrl(local.baseUrl())
                .maxNetworkRetries(0)
                .build());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        local.clearRequests();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (local != null) {
            local.close();
        }
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
}
