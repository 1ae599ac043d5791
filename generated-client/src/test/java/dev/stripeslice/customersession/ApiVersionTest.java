package dev.stripeslice.customersession;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The API version travels three ways: the generated constant, the {@code Stripe-Version} header (pinned to the
 * constant) and the jar manifest's {@code Stripe-Api-Version} (from the pom property the plugin checks against the
 * spec). The invoker ITs read the manifest of a packaged jar; here the constant and the property must agree.
 */
class ApiVersionTest {
    @Test
    void theGeneratedConstantIsTheVersionThePomExpectsAndTheManifestCarries() {
        String expected = System.getProperty("stripe-slice.expectedApiVersion");
        assertThat(expected)
                .as("surefire passes the pom's stripe-slice.expectedApiVersion")
                .isNotBlank();
        assertThat(StripeClient.API_VERSION).isEqualTo(expected);
    }
}
