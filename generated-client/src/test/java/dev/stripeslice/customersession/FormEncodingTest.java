package dev.stripeslice.customersession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stripeslice.customersession.CustomerSessionCreateParams.Components;
import dev.stripeslice.runtime.form.FormWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Params encode to exactly the form body Stripe expects: bracket keys, numeric indexes, declaration order. */
class FormEncodingTest {

    private static String encode(CustomerSessionCreateParams params) {
        FormWriter form = new FormWriter();
        params.writeForm(form);
        return form.encode();
    }

    @Test
    void paymentElementWithFeatures() {
        CustomerSessionCreateParams params = CustomerSessionCreateParams.builder()
                .customer("cus_123")
                .components(Components.builder()
                        .paymentElement(Components.PaymentElement.builder()
                                .enabled(true)
                                .features(Components.PaymentElement.Features.builder()
                                        .addPaymentMethodAllowRedisplayFilter(PaymentMethodAllowRedisplayFilter.ALWAYS)
                                        .addPaymentMethodAllowRedisplayFilter(PaymentMethodAllowRedisplayFilter.LIMITED)
                                        .paymentMethodRedisplay(PaymentMethodRedisplay.ENABLED)
                                        .paymentMethodRedisplayLimit(5L)
                                        .paymentMethodSaveUsage(PaymentMethodSaveUsage.OFF_SESSION)
                                        .build())
                                .build())
                        .build())
                .addExpand("customer")
                .build();

        assertThat(encode(params))
                .isEqualTo(String.join(
                        "&",
                        "components[payment_element][enabled]=true",
                        "components[payment_element][features][payment_method_allow_redisplay_filters][0]=always",
                        "components[payment_element][features][payment_method_allow_redisplay_filters][1]=limited",
                        "components[payment_element][features][payment_method_redisplay]=enabled",
                        "components[payment_element][features][payment_method_redisplay_limit]=5",
                        "components[payment_element][features][payment_method_save_usage]=off_session",
                        "customer=cus_123",
                        "expand[0]=customer"));
    }

    @Test
    void componentsFollowDeclarationOrderWhateverTheBuilderOrder() {
        CustomerSessionCreateParams params = CustomerSessionCreateParams.builder()
                .components(Components.builder()
                        .pricingTable(
                                Components.PricingTable.builder().enabled(true).build())
                        .buyButton(Components.BuyButton.builder().enabled(false).build())
                        .build())
                .customerAccount("acct_1")
                .build();

        assertThat(encode(params))
                .isEqualTo(
                        "components[buy_button][enabled]=false&components[pricing_table][enabled]=true&customer_account=acct_1");
    }

    @Test
    void extraParamsGoAfterTheKnownOnesAndNestLikeTheRest() {
        CustomerSessionCreateParams params = CustomerSessionCreateParams.builder()
                .components(Components.builder()
                        .customerSheet(Components.CustomerSheet.builder()
                                .enabled(true)
                                .putExtraParam("brand_new", Map.of("on", true))
                                .build())
                        .build())
                .putExtraParam("preview", List.of("a b", "c&d"))
                .build();

        assertThat(encode(params))
                .isEqualTo("components[customer_sheet][enabled]=true"
                        + "&components[customer_sheet][brand_new][on]=true&preview[0]=a+b&preview[1]=c%26d");
    }

    @Test
    void requiredFieldsAreCheckedAtBuildAndCollectionsAreImmutable() {
        assertThatThrownBy(() ->
                        CustomerSessionCreateParams.builder().customer("cus_1").build())
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("components is required");
        assertThatThrownBy(() -> Components.BuyButton.builder().build()).hasMessageContaining("enabled is required");

        CustomerSessionCreateParams params = CustomerSessionCreateParams.builder()
                .components(Components.builder()
                        .pricingTable(
                                Components.PricingTable.builder().enabled(true).build())
                        .build())
                .addExpand("customer")
                .build();
        assertThatThrownBy(() -> params.expand().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void emptyNestedObjectsAreNotSentAndRefusedWhereRequired() {
        CustomerSessionCreateParams params = CustomerSessionCreateParams.builder()
                .components(Components.builder()
                        .paymentElement(Components.PaymentElement.builder()
                                .enabled(true)
                                .features(Components.PaymentElement.Features.builder()
                                        .build())
                                .build())
                        .customerSheet(Components.CustomerSheet.builder()
                                .enabled(false)
                                .build())
                        .build())
                .build();
        assertThat(encode(params))
                .isEqualTo("components[customer_sheet][enabled]=false&components[payment_element][enabled]=true");

        assertThatThrownBy(() -> CustomerSessionCreateParams.builder()
                        .components(Components.builder().build())
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("components must have at least one field set: an object with nothing set is not sent,"
                        + " and Stripe requires this one");
    }

    @Test
    void emptyValuesAreRefusedWhereStripeWouldReadThemAsUnsetting() {
        Components components = Components.builder()
                .buyButton(Components.BuyButton.builder().enabled(true).build())
                .build();
        assertThatThrownBy(() -> CustomerSessionCreateParams.builder()
                        .components(components)
                        .customer("")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("customer must not be empty");
        assertThatThrownBy(() -> CustomerSessionCreateParams.builder()
                        .components(components)
                        .expand(List.of())
                        .build())
                .hasMessageStartingWith("expand must not be empty");
    }
}
