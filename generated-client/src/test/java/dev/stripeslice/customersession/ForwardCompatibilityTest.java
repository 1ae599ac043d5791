package dev.stripeslice.customersession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stripeslice.runtime.form.FormWriter;
import dev.stripeslice.runtime.json.StripeJson;
import org.junit.jupiter.api.Test;

/** Values and fields Stripe adds after this client was generated never fail a response. */
class ForwardCompatibilityTest {
    private static final ObjectMapper MAPPER = StripeJson.mapper();
    /** A Customer Session with fields and enum values this client does not know, and explicit nulls. */
    static final String RESPONSE = """
            {"object":"customer_session","client_secret":"cuss_secret_abc","created":1,"expires_at":2,
             "livemode":false,"customer":"cus_1","customer_account":null,"brand_new_field":{"nested":[1,2]},
             "components":{"buy_button":{"enabled":false},"pricing_table":{"enabled":true},
               "customer_sheet":{"enabled":true,"features":null},
               "mobile_payment_element":{"enabled":false,"features":null},
               "active_entitlements":{"enabled":true},
               "payment_element":{"enabled":true,"features":{
                 "payment_method_allow_redisplay_filters":["always","sometimes"],
                 "payment_method_redisplay":"maybe","payment_method_redisplay_limit":3,
                 "payment_method_remove":"enabled","payment_method_save":"disabled",
                 "payment_method_save_usage":"on_session"}}}}
            """;

    @Test
    void unknownEnumValuesAndFieldsParseAndWriteBack() throws Exception {
        CustomerSession session = MAPPER.readValue(RESPONSE, CustomerSession.class);

        CustomerSession.Components.PaymentElement.Features features =
                session.components().paymentElement().features();
        assertThat(features.paymentMethodRedisplay()).isEqualTo(PaymentMethodRedisplay.UNKNOWN);
        assertThat(features.paymentMethodRedisplay().isUnknown()).isTrue();
        assertThat(features.paymentMethodAllowRedisplayFilters())
                .containsExactly(PaymentMethodAllowRedisplayFilter.ALWAYS, PaymentMethodAllowRedisplayFilter.UNKNOWN);
        assertThat(session.extras().unknownFields()).containsKey("brand_new_field");
        assertThat(session.components().extras().unknownFields()).containsKey("active_entitlements");

        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(session))).isEqualTo(MAPPER.readTree(RESPONSE));
    }

    @Test
    void enumLookupFallsBackAndRequestsNeverSendTheFallback() {
        assertThat(PaymentMethodSaveUsage.fromWireValue("off_session")).isEqualTo(PaymentMethodSaveUsage.OFF_SESSION);
        assertThat(PaymentMethodSaveUsage.fromWireValue("later")).isEqualTo(PaymentMethodSaveUsage.UNKNOWN);
        assertThat(PaymentMethodSaveUsage.OFF_SESSION.wireValue()).isEqualTo("off_session");

        CustomerSessionCreateParams.Components.PaymentElement.Features features =
                CustomerSessionCreateParams.Components.PaymentElement.Features.builder()
                        .paymentMethodSave(PaymentMethodSave.UNKNOWN)
                        .build();
        assertThatThrownBy(() -> features.writeForm(new FormWriter())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expandedCustomerIsUsableRawAndTyped() throws Exception {
        JsonNode response = MAPPER.readTree(RESPONSE);
        ((com.fasterxml.jackson.databind.node.ObjectNode) response)
                .set(
                        "customer",
                        MAPPER.readTree("{\"id\":\"cus_1\",\"object\":\"customer\",\"email\":\"a@example.com\"}"));
        CustomerSession session = MAPPER.treeToValue(response, CustomerSession.class);

        assertThat(session.customer().isExpanded()).isTrue();
        assertThat(session.customer().id()).isEqualTo("cus_1");
        assertThat(session.customer().expanded().orElseThrow().path("email").asText())
                .isEqualTo("a@example.com");
        record CustomerView(String id, String email) {}
        assertThat(session.customer().expandedAs(CustomerView.class))
                .isEqualTo(new CustomerView("cus_1", "a@example.com"));
    }
}
