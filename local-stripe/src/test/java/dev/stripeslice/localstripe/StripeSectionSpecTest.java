package dev.stripeslice.localstripe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Stripe's own Customer Session section, dangling {@code $ref}s and all. */
class StripeSectionSpecTest {
    private static final String SECTION = "customer-session-section.json";

    @Test
    void createsACustomerSession() {
        try (LocalStripe stripe = LocalStripe.start(SharedStripeFiles.require(SECTION))) {
            Http.Response response = new Http(stripe)
                    .post(
                            "/v1/customer_sessions",
                            "components[pricing_table][enabled]=true&customer=cus_123"
                                    + "&components[payment_element][enabled]=true"
                                    + "&components[payment_element][features][payment_method_allow_redisplay_filters][0]=always"
                                    + "&components[payment_element][features][payment_method_save_usage]=off_session");

            assertThat(response.status()).as(response.json().toString()).isEqualTo(200);
            JsonNode session = response.json();
            assertThat(session.path("object").asText()).isEqualTo("customer_session");
            assertThat(session.path("customer").asText()).isEqualTo("cus_123");
            assertThat(session.path("client_secret").asText()).isNotBlank();
            assertThat(session.get("customer_account").isNull()).isTrue();
            assertThat(session.path("components")
                            .path("pricing_table")
                            .path("enabled")
                            .asBoolean())
                    .isTrue();
            assertThat(session.path("components")
                            .path("buy_button")
                            .path("enabled")
                            .isBoolean())
                    .isTrue();
            JsonNode features =
                    session.path("components").path("payment_element").path("features");
            assertThat(features.path("payment_method_allow_redisplay_filters").toString())
                    .isEqualTo("[\"always\"]");
            assertThat(features.path("payment_method_save_usage").asText()).isEqualTo("off_session");
            assertThat(response.header("Stripe-Version")).isEqualTo(stripe.apiVersion());
        }
    }

    @Test
    void expandingACustomerThatTheSectionDoesNotDefineGivesAnObject() {
        try (LocalStripe stripe = LocalStripe.start(SharedStripeFiles.require(SECTION))) {
            JsonNode session = new Http(stripe)
                    .post(
                            "/v1/customer_sessions",
                            "components[buy_button][enabled]=true&customer=cus_123&expand[0]=customer")
                    .json();

            assertThat(session.path("customer").isObject()).isTrue();
            assertThat(session.path("customer").path("id").asText()).isEqualTo("cus_123");
        }
    }

    @Test
    void validatesAgainstTheRealRequestSchema() {
        try (LocalStripe stripe = LocalStripe.start(SharedStripeFiles.require(SECTION))) {
            Http http = new Http(stripe);
            ValidationTest.assertError(
                    http.post("/v1/customer_sessions", "components[foo][enabled]=true"),
                    "parameter_unknown",
                    "components[foo]");
            ValidationTest.assertError(
                    http.post("/v1/customer_sessions", "customer=cus_123"), "parameter_missing", "components");
            ValidationTest.assertError(
                    http.post("/v1/customer_sessions", "components[pricing_table][enabled]=yes"),
                    "parameter_invalid_boolean",
                    "components[pricing_table][enabled]");
            ValidationTest.assertError(
                    http.post("/v1/customer_sessions", "components[pricing_table][x]=1"),
                    "parameter_unknown",
                    "components[pricing_table][x]");
            ValidationTest.assertError(
                    http.post("/v1/customer_sessions", "components[pricing_table][features]=1"),
                    "parameter_unknown",
                    "components[pricing_table][features]");
            ValidationTest.assertError(
                    http.post("/v1/customer_sessions", "components[customer_sheet][features][x]=1"),
                    "parameter_unknown",
                    "components[customer_sheet][features][x]");
            ValidationTest.assertError(
                    http.post(
                            "/v1/customer_sessions",
                            "components[payment_element][enabled]=true"
                                    + "&components[payment_element][features][payment_method_save_usage]=sometimes"),
                    "parameter_invalid_enum",
                    "components[payment_element][features][payment_method_save_usage]");
            ValidationTest.assertError(
                    http.post(
                            "/v1/customer_sessions",
                            "components[payment_element][enabled]=true"
                                    + "&components[payment_element][features][payment_method_redisplay_limit]=three"),
                    "parameter_invalid_integer",
                    "components[payment_element][features][payment_method_redisplay_limit]");
            // x-stripeBypassValidation: Stripe may accept values it does not list
            assertThat(http.post(
                                    "/v1/customer_sessions",
                                    "components[payment_element][enabled]=true"
                                            + "&components[payment_element][features][payment_method_remove]=sometimes")
                            .status())
                    .isEqualTo(200);
            assertThat(http.get("/v1/customer_sessions").status()).isEqualTo(404);
        }
    }

    @Test
    void answersWithTheCurrentFixture() {
        JsonNode fixtures = SharedStripeFiles.json("fixtures3.json");
        try (LocalStripe stripe =
                LocalStripe.start(SharedStripeFiles.require(SECTION)).withFixtures(fixtures)) {
            JsonNode session = new Http(stripe)
                    .post("/v1/customer_sessions", "components[buy_button][enabled]=true&customer=cus_123")
                    .json();

            JsonNode fixture = fixtures.path("resources").path("customer_session");
            assertThat(session.path("client_secret").asText())
                    .isEqualTo(fixture.path("client_secret").asText());
            assertThat(session.path("components")
                            .path("buy_button")
                            .path("enabled")
                            .asBoolean())
                    .isTrue();
            assertThat(session.path("customer").asText()).isEqualTo("cus_123");
            assertThat(session.path("created")).isEqualTo(fixture.path("created"));
        }
    }
}
