package dev.stripeslice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stripeslice.customersession.CustomerSession;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's example runs offline and prints two sessions without their secrets. */
class CreateCustomerSessionsTest {

    @Test
    void createsTwoSessionsOfflineAndRedactsSecrets() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

        List<CustomerSession> sessions = CreateCustomerSessions.run(Map.of(), "cus_test", out);

        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertThat(sessions).hasSize(2);
        assertThat(sessions.get(0).components().pricingTable().enabled()).isTrue();
        assertThat(sessions.get(1).components().paymentElement().enabled()).isTrue();
        assertThat(sessions.get(1).components().paymentElement().features().paymentMethodSave())
                .hasToString("ENABLED");
        assertThat(printed).contains("local endpoint", "Pricing table session:", "Payment Element session:");
        for (CustomerSession session : sessions) {
            assertThat(session.customer().id()).isEqualTo("cus_test");
            assertThat(printed).doesNotContain(session.clientSecret());
        }
    }
}
