package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.shop.stripe.CheckoutSession;
import com.example.shop.stripe.CheckoutSessionRetrieveParams;
import com.example.shop.stripe.StripeClient;
import dev.stripeslice.localstripe.LocalStripe;
import dev.stripeslice.localstripe.RecordedRequest;
import dev.stripeslice.localstripe.junit.LocalStripeExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalStripeExtension.class)
class CheckoutTest {
    @Test
    void oneCustomerPerEmail(StripeClient stripe, LocalStripe local) {
        Checkout checkout = new Checkout(stripe);

        CheckoutSession first = checkout.start("jo@example.com", "price_123");
        CheckoutSession second = checkout.start("jo@example.com", "price_456");

        assertEquals(first.customer().id(), second.customer().id());
        assertEquals(1, stripe.customers().list().data().size());
        CheckoutSession session = stripe.checkout().sessions().retrieve(first.id(),
                CheckoutSessionRetrieveParams.builder().addExpand("customer").build());
        assertEquals("jo@example.com", session.customer().expanded().orElseThrow().email());
        RecordedRequest lastCreate = local.requests().stream()
                .filter(request -> request.path().equals("/v1/checkout/sessions")).reduce((a, b) -> b).orElseThrow();
        assertEquals("price_456", lastCreate.formParam("line_items[0][price]"));
    }

    @Test
    void eachTestStartsEmpty(StripeClient stripe) {
        assertEquals(0, stripe.customers().list().data().size());
    }
}
