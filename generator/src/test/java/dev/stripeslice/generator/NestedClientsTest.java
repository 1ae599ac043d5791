package dev.stripeslice.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stripeslice.generator.emit.GeneratedFile;
import dev.stripeslice.generator.model.ApiModel;
import dev.stripeslice.generator.model.ClientType;
import dev.stripeslice.generator.model.ObjectType;
import dev.stripeslice.generator.model.Operation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On Stripe's whole 2024-04-10 spec: operations under a selected resource's instance path are reached from that
 * resource's client ({@code stripe.customers().taxIds()}), namespaced resources from their namespace
 * ({@code stripe.checkout().sessions()}), and the resources those operations answer come with them.
 */
class NestedClientsTest {
    private static final String SPEC = "spec3.2024-04-10.json";

    @Test
    void customerTaxIdsAndCheckoutLineItemsAreWhereAStripeUserLooks() throws Exception {
        List<String> ids = List.of("customer", "tax_id", "checkout.session");
        ApiModel model = model(ids);

        assertThat(calls(model))
                .contains(
                        "stripe.customers().taxIds().list GET /v1/customers/{customer}/tax_ids",
                        "stripe.customers().taxIds().create POST /v1/customers/{customer}/tax_ids",
                        "stripe.customers().taxIds().retrieve GET /v1/customers/{customer}/tax_ids/{id}",
                        "stripe.customers().taxIds().delete DELETE /v1/customers/{customer}/tax_ids/{id}",
                        "stripe.customers().delete DELETE /v1/customers/{customer}",
                        "stripe.taxIds().list GET /v1/tax_ids",
                        "stripe.checkout().sessions().create POST /v1/checkout/sessions",
                        "stripe.checkout().sessions().listLineItems GET /v1/checkout/sessions/{session}/line_items")
                .noneMatch(call -> call.startsWith("stripe.items()"))
                .noneMatch(call -> call.startsWith("stripe.taxIds()") && call.contains("/v1/customers/"));
        assertThat(model.clients())
                .extracting(ClientType::accessorName)
                .containsExactly("customers", "taxIds", "checkout");

        List<GeneratedFile> files = new Generator()
                .generateSources(WholeSpecs.request(SPEC, ids, "com.example.shop"), WholeSpecs.load(SPEC));
        assertThat(content(files, "CustomersClient"))
                .contains("CustomerTaxIdsClient taxIds();")
                .contains("CustomerCashBalanceClient cashBalance();");
        assertThat(content(files, "CustomerTaxIdsClient"))
                .contains(
                        "StripeList<TaxId> list(String customer, CustomerTaxIdListParams params, RequestOptions options);")
                .contains("TaxId create(String customer, CustomerTaxIdCreateParams params, RequestOptions options);");
        assertThat(content(files, "HttpCustomerTaxIdsClient"))
                .contains("\"/v1/customers/\" + PathSegments.encode(customer) + \"/tax_ids\"");
        assertThat(content(files, "CheckoutSessionsClient"))
                .contains("StripeList<Item> listLineItems(String session, CheckoutSessionListLineItemsParams params,");
        assertThat(content(files, "StripeClient"))
                .contains("public CheckoutClient checkout()")
                .doesNotContain("checkoutSessions()");
        assertThat(content(files, "CheckoutClient")).contains("CheckoutSessionsClient sessions();");
        assertThat(InProcessCompiler.check(files)).isEmpty();
    }

    @Test
    void selectingTheCustomerBringsItsSubResourcesAndTheirTypes() throws Exception {
        ApiModel model = model(List.of("customer"));

        assertThat(calls(model))
                .contains(
                        "stripe.customers().balanceTransactions().create POST /v1/customers/{customer}/balance_transactions",
                        "stripe.customers().cashBalance().retrieve GET /v1/customers/{customer}/cash_balance",
                        "stripe.customers().cashBalance().update POST /v1/customers/{customer}/cash_balance",
                        "stripe.customers().cashBalanceTransactions().list GET /v1/customers/{customer}/cash_balance_transactions",
                        "stripe.customers().paymentMethods().list GET /v1/customers/{customer}/payment_methods",
                        "stripe.customers().sources().list GET /v1/customers/{customer}/sources",
                        "stripe.customers().sources().verify POST /v1/customers/{customer}/sources/{id}/verify",
                        "stripe.customers().taxIds().list GET /v1/customers/{customer}/tax_ids",
                        "stripe.customers().createFundingInstruction POST /v1/customers/{customer}/funding_instructions")
                .noneMatch(call -> call.contains("/v1/tax_ids") || call.contains("/v1/payment_methods"));
        assertThat(model.clients()).extracting(ClientType::accessorName).containsExactly("customers");
        assertThat(model.types())
                .extracting(ObjectType::pointer)
                .contains(
                        "/components/schemas/tax_id",
                        "/components/schemas/cash_balance",
                        "/components/schemas/payment_method",
                        "/components/schemas/customer_balance_transaction");
    }

    private static ApiModel model(List<String> ids) throws Exception {
        return new Generator().model(WholeSpecs.request(SPEC, ids, "com.example.shop"), WholeSpecs.load(SPEC));
    }

    /** Every operation as the chain a user writes, its HTTP method and path. */
    private static List<String> calls(ApiModel model) {
        List<String> calls = new ArrayList<>();
        model.clients().forEach(client -> calls(client, "stripe", calls));
        return calls;
    }

    private static void calls(ClientType client, String above, List<String> calls) {
        String chain = above + "." + client.accessorName() + "()";
        for (Operation operation : client.operations()) {
            calls.add(chain + "." + operation.javaName() + " " + operation.httpMethod() + " " + operation.path());
        }
        client.children().forEach(child -> calls(child, chain, calls));
    }

    private static String content(List<GeneratedFile> files, String simpleName) {
        return files.stream()
                .filter(file -> file.relativePath().endsWith("/" + simpleName + ".java"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + simpleName + ".java"))
                .content();
    }
}
