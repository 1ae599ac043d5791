package com.example.shop;

import com.example.shop.stripe.CheckoutSession;
import com.example.shop.stripe.CheckoutSessionCreateParams;
import com.example.shop.stripe.Customer;
import com.example.shop.stripe.CustomerCreateParams;
import com.example.shop.stripe.CustomerSearchParams;
import com.example.shop.stripe.Mode;
import com.example.shop.stripe.StripeClient;

/** The shop's own code: one Stripe customer per email address, and a Checkout Session to buy one price. */
public final class Checkout {
    private final StripeClient stripe;

    public Checkout(StripeClient stripe) {
        this.stripe = stripe;
    }

    public CheckoutSession start(String email, String priceId) {
        Customer customer = stripe.customers()
                .search(CustomerSearchParams.builder().query("email:'" + email.replace("'", "\\'") + "'").build())
                .data().stream().findFirst()
                .orElseGet(() -> stripe.customers().create(CustomerCreateParams.builder().email(email).build()));
        return stripe.checkout().sessions().create(CheckoutSessionCreateParams.builder()
                .customer(customer.id())
                .mode(Mode.PAYMENT)
                .addLineItem(CheckoutSessionCreateParams.LineItem.builder().price(priceId).quantity(1L).build())
                .successUrl("https://shop.example.com/thanks")
                .build());
    }
}
