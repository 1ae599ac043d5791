package dev.stripeslice.benchmarks;

import dev.stripeslice.customersession.CustomerSession;
import dev.stripeslice.customersession.StripeClient;
import dev.stripeslice.runtime.ClientConfig;

/** Cold start, ours: a fresh JVM creates one Customer Session against the URL in args[0], then exits. */
public final class ColdStartOurs {
    private ColdStartOurs() {}

    public static void main(String[] args) {
        StripeClient stripe = new StripeClient(
                ClientConfig.builder().apiKey("sk_test_bench").baseUrl(args[0]).build());
        CustomerSession session = stripe.customerSessions().create(OurParams.create());
        System.out.println(session.customer());
    }
}
