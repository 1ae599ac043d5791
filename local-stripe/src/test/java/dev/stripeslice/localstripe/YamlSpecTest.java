package dev.stripeslice.localstripe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YamlSpecTest {
    @Test
    void startsFromStripesYamlSpec() {
        try (LocalStripe stripe = LocalStripe.start(SharedStripeFiles.require("spec3.2023-09-12.yaml"))
                .stateless()) {
            Http.Response response = new Http(stripe).get("/v1/customers/cus_yaml");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("id").asText()).isEqualTo("cus_yaml");
            assertThat(stripe.apiVersion()).isEqualTo("2023-08-16");
        }
    }
}
