package dev.stripeslice.localstripe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void prefixesFollowStripeWhereKnownAndAreDerivedOtherwise() {
        assertThat(Ids.prefixFor("customer")).isEqualTo("cus");
        assertThat(Ids.prefixFor("payment_intent")).isEqualTo("pi");
        assertThat(Ids.prefixFor("widget")).isEqualTo("widg");
        assertThat(Ids.prefixFor("issuing.cardholder_thing")).isEqualTo("ct");
        assertThat(Ids.prefixFor(null)).isEqualTo("obj");
    }

    @Test
    void sameSeedAndContextGiveSameIds() {
        assertThat(new Ids(1, "x").id("cus"))
                .isEqualTo(new Ids(1, "x").id("cus"))
                .matches("cus_[0-9A-Za-z]{14}");
        assertThat(new Ids(1, "x").id("cus")).isNotEqualTo(new Ids(2, "x").id("cus"));
        assertThat(new Ids(1, "x").id("cus")).isNotEqualTo(new Ids(1, "y").id("cus"));
    }
}
