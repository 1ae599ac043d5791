package dev.stripeslice.examples;

import dev.stripeslice.customersession.CustomerSession;
import dev.stripeslice.customersession.CustomerSessionCreateParams;
import dev.stripeslice.customersession.CustomerSessionCreateParams.Components;
import dev.stripeslice.customersession.PaymentMethodAllowRedisplayFilter;
import dev.stripeslice.customersession.PaymentMethodRedisplay;
import dev.stripeslice.customersession.PaymentMethodSave;
import dev.stripeslice.customersession.StripeClient;
import dev.stripeslice.localstripe.LocalStripe;
import dev.stripeslice.runtime.ClientConfig;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Creates two Customer Sessions, one for a pricing table and one for the Payment Element with saved-card
 * features, and prints them (their client secrets are redacted by {@code toString()}).
 *
 * <p>With {@code STRIPE_SECRET_KEY} set it talks to Stripe (or to {@code STRIPE_API_BASE}, e.g. a local
 * stripe-mock); without it, it starts {@link LocalStripe}, an in-process endpoint that validates each request
 * against the spec, so it runs offline.
 */
public final class CreateCustomerSessions {

    private CreateCustomerSessions() {}

    public static void main(String[] args) {
        String customer = args.length > 0 ? args[0] : "cus_example";
        run(System.getenv(), customer, System.out);
    }

    /** Runs the example with the given environment; returns the two sessions. */
    public static List<CustomerSession> run(Map<String, String> environment, String customer, PrintStream out) {
        String apiKey = environment.get("STRIPE_SECRET_KEY");
        if (apiKey != null && !apiKey.isBlank()) {
            out.println("Talking to " + environment.getOrDefault("STRIPE_API_BASE", "https://api.stripe.com"));
            return createBoth(config(apiKey, environment.get("STRIPE_API_BASE")), customer, out);
        }
        try (LocalStripe local = LocalStripe.forClient(StripeClient.class)) {
            out.println("STRIPE_SECRET_KEY is not set: talking to the local endpoint at " + local.baseUrl());
            return createBoth(config("sk_test_local", local.baseUrl().toString()), customer, out);
        }
    }

    private static ClientConfig config(String apiKey, @Nullable String baseUrl) {
        ClientConfig.Builder config = ClientConfig.builder().apiKey(apiKey);
        if (baseUrl != null && !baseUrl.isBlank()) {
            config.baseUrl(baseUrl);
        }
        return config.build();
    }

    private static List<CustomerSession> createBoth(ClientConfig config, String customer, PrintStream out) {
        StripeClient stripe = new StripeClient(config);

        CustomerSession pricingTable = stripe.customerSessions()
                .create(CustomerSessionCreateParams.builder()
                        .customer(customer)
                        .components(Components.builder()
                                .pricingTable(Components.PricingTable.builder()
                                        .enabled(true)
                                        .build())
                                .build())
                        .build());
        out.println("Pricing table session: " + pricingTable);

        CustomerSession paymentElement = stripe.customerSessions()
                .create(CustomerSessionCreateParams.builder()
                        .customer(customer)
                        .components(Components.builder()
                                .paymentElement(Components.PaymentElement.builder()
                                        .enabled(true)
                                        .features(Components.PaymentElement.Features.builder()
                                                .paymentMethodRedisplay(PaymentMethodRedisplay.ENABLED)
                                                .paymentMethodSave(PaymentMethodSave.ENABLED)
                                                .addPaymentMethodAllowRedisplayFilter(
                                                        PaymentMethodAllowRedisplayFilter.ALWAYS)
                                                .addPaymentMethodAllowRedisplayFilter(
                                                        PaymentMethodAllowRedisplayFilter.LIMITED)
                                                .build())
                                        .build())
                                .build())
                        .build());
        out.println("Payment Element session: " + paymentElement);
        return List.of(pricingTable, paymentElement);
    }
}
