package dev.stripeslice.benchmarks;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.CustomerSession;

/** Cold start, stripe-java: a fresh JVM creates one Customer Session against the URL in args[0], then exits. */
public final class ColdStartStripeJava {
    private ColdStartStripeJava() {}

    public static void main(String[] args) throws StripeException {
        StripeClient stripe = StripeClient.builder()
                .setApiKey("sk_test_bench")
                .setApiBase(args[0])
                .build();
        CustomerSession session = stripe.v1().customerSessions().create(StripeJavaParams.create());
        System.out.println(session.getCustomer());
    }
}
