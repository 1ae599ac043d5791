package dev.stripeslice.customersession;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stripeslice.runtime.json.StripeJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Stripe's example objects read into the generated records and write back to equal JSON. */
class FixtureRoundTripTest {
    private static final ObjectMapper MAPPER = StripeJson.mapper();

    @TestFactory
    List<DynamicTest> everyHistoricalFixtureRoundTrips() throws Exception {
        JsonNode history = SharedFixtures.read("customer_session-fixture-history.json");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode version : history) {
            tests.add(DynamicTest.dynamicTest(
                    version.path("date").asText() + " " + version.path("commit").asText(),
                    () -> assertRoundTrips(version.get("fixture"))));
        }
        assertThat(tests).hasSize(9);
        return tests;
    }

    @Test
    void currentFixtureRoundTripsAndReadsTyped() throws Exception {
        JsonNode fixture =
                SharedFixtures.read("fixtures3.json").path("resources").path("customer_session");
        CustomerSession session = assertRoundTrips(fixture);
        assertThat(session.object()).isEqualTo("customer_session");
        assertThat(session.customer().id()).isEqualTo("cus_QXg1o8vcGmoR32");
        assertThat(session.customer().isExpanded()).isFalse();
        assertThat(session.customerAccount()).isNull();
        CustomerSession.Components.PaymentElement.Features features =
                session.components().paymentElement().features();
        assertThat(features.paymentMethodAllowRedisplayFilters())
                .containsExactly(PaymentMethodAllowRedisplayFilter.UNSPECIFIED);
        assertThat(features.paymentMethodRedisplay()).isEqualTo(PaymentMethodRedisplay.DISABLED);
        assertThat(features.paymentMethodRemove()).isEqualTo(PaymentMethodRemove.ENABLED);
        assertThat(features.paymentMethodSaveUsage()).isNull();
        assertThat(session.components().customerSheet().enabled()).isTrue();
    }

    private static CustomerSession assertRoundTrips(JsonNode fixture) throws Exception {
        CustomerSession session = MAPPER.treeToValue(fixture, CustomerSession.class);
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(session));
        assertThat(written).isEqualTo(fixture);
        return session;
    }
}
