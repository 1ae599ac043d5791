package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.shop.stripe.PaymentIntent;
import com.example.shop.stripe.PaymentIntentCreateParams;
import com.example.shop.stripe.StripeClient;
import dev.stripeslice.localstripe.LocalStripe;
import dev.stripeslice.runtime.ClientConfig;
import dev.stripeslice.runtime.error.InvalidRequestException;
import dev.stripeslice.runtime.RequestOptions;
import org.junit.jupiter.api.Test;

class PaymentIntentTest {
    @Test
    void aRetriedCreateIsOnePaymentIntent() {
        try (LocalStripe local = LocalStripe.forClient(StripeClient.class)) {
            StripeClient stripe = new StripeClient(ClientConfig.builder().apiKey("sk_test_123").baseUrl(local.baseUrl()).build());
            PaymentIntentCreateParams params = PaymentIntentCreateParams.builder().amount(2000L).currency("usd").build();
            RequestOptions once = RequestOptions.builder().idempotencyKey("order-42").build();

            PaymentIntent created = stripe.paymentIntents().create(params, once);
            PaymentIntent again = stripe.paymentIntents().create(params, once);

            assertEquals(created, again);
            assertEquals(2000L, stripe.paymentIntents().retrieve(created.id()).amount());
            assertEquals(1, stripe.paymentIntents().list().data().size());
            InvalidRequestException missing = assertThrows(InvalidRequestException.class,
                    () -> stripe.paymentIntents().retrieve("pi_unknown"));
            assertEquals("resource_missing", missing.code());
        }
    }
}
