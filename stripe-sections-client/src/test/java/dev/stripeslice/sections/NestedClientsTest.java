package dev.stripeslice.sections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stripeslice.localstripe.LocalStripe;
import dev.stripeslice.localstripe.RecordedRequest;
import dev.stripeslice.localstripe.junit.LocalStripeExtension;
import dev.stripeslice.runtime.error.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Operations under a customer's path through the customers' sub-clients, and a quote's line items as a method of
 * the quotes' client, against LocalStripe's stateful mode: the objects a sub-client creates are stored under the
 * customer they were created for.
 */
@ExtendWith(LocalStripeExtension.class)
class NestedClientsTest {
    private final StripeClient stripe;
    private final LocalStripe local;

    NestedClientsTest(StripeClient stripe, LocalStripe local) {
        this.stripe = stripe;
        this.local = local;
    }

    @Test
    void aCustomersTaxIdsThroughTheTaxIdsSubClient() {
        Customer jo = customer("jo@example.com");
        Customer sam = customer("sam@example.com");

        TaxId created = stripe.customers()
                .taxIds()
                .create(
                        jo.id(),
                        CustomerTaxIdCreateParams.builder()
                                .type(CustomerTaxIdCreateParamsType.EU_VAT)
                                .value("DE123456789")
                                .build());

        RecordedRequest sent = local.requests().get(local.requests().size() - 1);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/v1/customers/" + jo.id() + "/tax_ids");
        assertThat(sent.formParam("type")).isEqualTo("eu_vat");
        assertThat(stripe.customers().taxIds().list(jo.id()).data())
                .extracting(TaxId::id)
                .containsExactly(created.id());
        assertThat(stripe.customers().taxIds().list(sam.id()).data()).isEmpty();
        assertThat(stripe.customers().taxIds().retrieve(jo.id(), created.id())).isEqualTo(created);

        stripe.customers().taxIds().delete(jo.id(), created.id());
        assertThat(stripe.customers().taxIds().list(jo.id()).data()).isEmpty();
        assertThatThrownBy(() -> stripe.customers().taxIds().retrieve(jo.id(), created.id()))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class, e -> assertThat(e.code()).isEqualTo("resource_missing"));
    }

    @Test
    void aCustomersBalanceTransactionsAndCashBalance() {
        Customer jo = customer("jo@example.com");

        CustomerBalanceTransaction credit = stripe.customers()
                .balanceTransactions()
                .create(
                        jo.id(),
                        CustomerBalanceTransactionCreateParams.builder()
                                .amount(-500L)
                                .currency("usd")
                                .build());
        CashBalance cash = stripe.customers().cashBalance().retrieve(jo.id());

        assertThat(stripe.customers().balanceTransactions().list(jo.id()).data())
                .extracting(CustomerBalanceTransaction::id)
                .containsExactly(credit.id());
        assertThat(cash.object()).isEqualTo("cash_balance");
        assertThat(local.requests())
                .extracting(request -> request.method() + " " + request.path())
                .contains(
                        "POST /v1/customers/" + jo.id() + "/balance_transactions",
                        "GET /v1/customers/" + jo.id() + "/cash_balance");
    }

    @Test
    void aQuotesLineItemsAreAMethodOfTheQuotesClient() {
        stripe.quotes().listLineItems("qt_123");

        assertThat(local.requests().get(local.requests().size() - 1).path()).isEqualTo("/v1/quotes/qt_123/line_items");
    }

    private Customer customer(String email) {
        return stripe.customers()
                .create(CustomerCreateParams.builder().email(email).build());
    }
}
