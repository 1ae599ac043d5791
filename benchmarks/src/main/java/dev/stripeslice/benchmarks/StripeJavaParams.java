package dev.stripeslice.benchmarks;

/** The create params of the client benchmarks, stripe-java's (the same values as {@link OurParams}). */
final class StripeJavaParams {
    private StripeJavaParams() {}

    static com.stripe.param.CustomerSessionCreateParams create() {
        return com.stripe.param.CustomerSessionCreateParams.builder()
                .setCustomer("cus_QXg1o8vcGmoR32")
                .setComponents(com.stripe.param.CustomerSessionCreateParams.Components.builder()
                        .setPricingTable(com.stripe.param.CustomerSessionCreateParams.Components.PricingTable.builder()
                                .setEnabled(true)
                                .build())
                        .setPaymentElement(
                                com.stripe.param.CustomerSessionCreateParams.Components.PaymentElement.builder()
                                        .setEnabled(true)
                                        .setFeatures(com.stripe.param.CustomerSessionCreateParams.Components
                                                .PaymentElement.Features.builder()
                                                .setPaymentMethodRedisplay(
                                                        com.stripe.param.CustomerSessionCreateParams.Components
                                                                .PaymentElement.Features.PaymentMethodRedisplay.ENABLED)
                                                .setPaymentMethodSave(
                                                        com.stripe.param.CustomerSessionCreateParams.Components
                                                                .PaymentElement.Features.PaymentMethodSave.ENABLED)
                                                .addPaymentMethodAllowRedisplayFilter(
                                                        com.stripe.param.CustomerSessionCreateParams.Components
                                                                .PaymentElement.Features
                                                                .PaymentMethodAllowRedisplayFilter.ALWAYS)
                                                .addPaymentMethodAllowRedisplayFilter(
                                                        com.stripe.param.CustomerSessionCreateParams.Components
                                                                .PaymentElement.Features
                                                                .PaymentMethodAllowRedisplayFilter.LIMITED)
                                                .build())
                                        .build())
                        .build())
                .addExpand("customer")
                .build();
    }
}
