package dev.stripeslice.sections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stripeslice.runtime.form.AnyOf;
import dev.stripeslice.runtime.form.RangeQuery;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Request params Stripe accepts in two shapes (an integer or a range, a timestamp or {@code now}, a count or
 * {@code inf}) have a setter for each shape, are sent as the shape set, and LocalStripe (validating against the
 * spec) accepts every one.
 */
class TypedUnionParamsTest {
    @RegisterExtension
    static final LocalStripeSections server = LocalStripeSections.withListSize(2);

    @Test
    void createdIsAnExactTimestampOrARange() {
        server.stripe
                .customers()
                .list(CustomerListParams.builder().created(1_700_000_000L).build());
        assertThat(server.onlyRequest().rawQuery()).isEqualTo("created=1700000000");

        server.local.clearRequests();
        CustomerListParams range = CustomerListParams.builder()
                .created(RangeQuery.builder()
                        .gt(1_700_000_000L)
                        .lte(1_800_000_000L)
                        .build())
                .build();
        server.stripe.customers().list(range);
        assertThat(server.onlyRequest().rawQuery()).isEqualTo("created[gt]=1700000000&created[lte]=1800000000");

        assertThat(range.created().getFirst()).isEqualTo(new RangeQuery(1_700_000_000L, null, null, 1_800_000_000L));
        assertThat(range.created().getSecond()).isNull();
    }

    @Test
    void tiersGoUpToACountOrInfinity() {
        server.stripe
                .prices()
                .create(PriceCreateParams.builder()
                        .currency("usd")
                        .product("prod_123")
                        .billingScheme(BillingScheme.TIERED)
                        .tiersMode(TiersMode.GRADUATED)
                        .recurring(PriceCreateParams.Recurring.builder()
                                .interval(RecurringInterval.MONTH)
                                .build())
                        .tiers(List.of(
                                PriceCreateParams.Tier.builder()
                                        .upTo(1000L)
                                        .unitAmount(5L)
                                        .build(),
                                PriceCreateParams.Tier.builder()
                                        .upToInf()
                                        .unitAmount(3L)
                                        .build()))
                        .build());

        String body = server.onlyRequest().body();
        assertThat(body)
                .contains("tiers[0][unit_amount]=5&tiers[0][up_to]=1000")
                .contains("tiers[1][unit_amount]=3&tiers[1][up_to]=inf");
    }

    @Test
    void aTrialEndsAtATimestampOrNow() {
        server.stripe
                .invoices()
                .retrieveUpcoming(InvoiceRetrieveUpcomingParams.builder()
                        .customer("cus_123")
                        .subscriptionTrialEndNow()
                        .subscriptionBillingCycleAnchorUnchanged()
                        .build());
        assertThat(server.onlyRequest().rawQuery())
                .contains("subscription_billing_cycle_anchor=unchanged")
                .contains("subscription_trial_end=now");

        server.local.clearRequests();
        InvoiceRetrieveUpcomingParams at = InvoiceRetrieveUpcomingParams.builder()
                .customer("cus_123")
                .subscriptionTrialEnd(1_900_000_000L)
                .build();
        server.stripe.invoices().retrieveUpcoming(at);
        assertThat(server.onlyRequest().rawQuery()).contains("subscription_trial_end=1900000000");
        assertThat(at.subscriptionTrialEnd()).isEqualTo(AnyOf.second(1_900_000_000L));
    }

    @Test
    void aClearableParamOfTwoShapesIsSetOrCleared() {
        assertThat(sendQuoteUpdate(QuoteUpdateParams.SubscriptionData.builder().effectiveDate(1_900_000_000L)))
                .isEqualTo("subscription_data[effective_date]=1900000000");
        assertThat(sendQuoteUpdate(QuoteUpdateParams.SubscriptionData.builder()
                        .effectiveDateCurrentPeriodEnd()
                        .clearEffectiveDate()))
                .isEqualTo("subscription_data[effective_date]=");

        assertThat(sendQuoteUpdate(QuoteUpdateParams.SubscriptionData.builder()
                        .clearEffectiveDate()
                        .effectiveDateCurrentPeriodEnd()))
                .isEqualTo("subscription_data[effective_date]=current_period_end");
    }

    @Test
    void anEmptyStringIsRefusedInEitherShapeOfAParamThatCannotBeCleared() {
        // card: a token, or the card's details
        assertThatThrownBy(() -> CustomerUpdateParams.builder().card("").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("card must not be empty");
        assertThat(CustomerUpdateParams.builder().card("tok_visa").build().card())
                .isEqualTo(AnyOf.second("tok_visa"));
    }

    /** Updates a quote's subscription data; the body sent. */
    private static String sendQuoteUpdate(QuoteUpdateParams.SubscriptionData.Builder subscriptionData) {
        server.local.clearRequests();
        server.stripe
                .quotes()
                .update(
                        "qt_123",
                        QuoteUpdateParams.builder()
                                .subscriptionData(subscriptionData.build())
                                .build());
        return server.onlyRequest().body();
    }
}
