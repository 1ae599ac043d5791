package dev.stripeslice.benchmarks;

import dev.stripeslice.customersession.CustomerSessionCreateParams;
import dev.stripeslice.customersession.CustomerSessionCreateParams.Components;
import dev.stripeslice.customersession.PaymentMethodAllowRedisplayFilter;
import dev.stripeslice.customersession.PaymentMethodRedisplay;
import dev.stripeslice.customersession.PaymentMethodSave;

/** The create params of the client benchmarks, ours (the same values as {@link StripeJavaParams}). */
final class OurParams {
    private OurParams() {}

    static CustomerSessionCreateParams create() {
        return CustomerSessionCreateParams.builder()
                .customer("cus_QXg1o8vcGmoR32")
                .components(Components.builder()
                        .pricingTable(
                                Components.PricingTable.builder().enabled(true).build())
                        .paymentElement(Components.PaymentElement.builder()
                                .enabled(true)
                                .features(Components.PaymentElement.Features.builder()
                                        .paymentMethodRedisplay(PaymentMethodRedisplay.ENABLED)
                                        .paymentMethodSave(PaymentMethodSave.ENABLED)
                                        .addPaymentMethodAllowRedisplayFilter(PaymentMethodAllowRedisplayFilter.ALWAYS)
                                        .addPaymentMethodAllowRedisplayFilter(PaymentMethodAllowRedisplayFilter.LIMITED)
                                        .build())
                                .build())
                        .build())
                .addExpand("customer")
                .build();
    }
}
