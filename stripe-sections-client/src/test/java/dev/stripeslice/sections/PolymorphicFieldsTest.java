package dev.stripeslice.sections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stripeslice.runtime.json.Expandable;
import dev.stripeslice.runtime.json.StripeJson;
import dev.stripeslice.runtime.json.StripeUnion;
import dev.stripeslice.testsupport.RequiredFiles;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code balance_transaction.source}: an expandable field whose expansion is one of 17 object types. The four that
 * lie inside the balance_transaction section (reserve_transaction, platform_tax_fee, connect_collection_transfer,
 * tax_deducted_at_source) decode to their records by the {@code object} value; the rest (charge, refund, payout,
 * ...: other resources, past the section's cut) and values Stripe adds later decode to
 * {@link BalanceTransactionSource.Unknown}, which keeps the JSON. Every shape writes back unchanged.
 */
class PolymorphicFieldsTest {
    private static final ObjectMapper MAPPER = StripeJson.mapper();

    @RegisterExtension
    static final LocalStripeSections server = LocalStripeSections.withListSize(3);

    private static ObjectNode transaction(JsonNode source) throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree("""
                {"id":"txn_1","object":"balance_transaction","amount":100,"available_on":1234567890,
                 "created":1234567890,"currency":"usd","description":null,"exchange_rate":null,"fee":0,
                 "fee_details":[],"net":100,"reporting_category":"charge","status":"available","type":"charge"}""");
        json.set("source", source);
        return json;
    }

    @Test
    void aMemberInsideTheSectionDecodesToItsRecord() throws Exception {
        ObjectNode json = transaction(MAPPER.readTree("""
                {"id":"rtx_1","object":"reserve_transaction","amount":-500,"currency":"usd","description":null,
                 "added_later":{"x":1}}"""));

        BalanceTransaction transaction = MAPPER.treeToValue(json, BalanceTransaction.class);

        Expandable<BalanceTransactionSource> source = transaction.source();
        assertThat(source.id()).isEqualTo("rtx_1");
        assertThat(source.expanded()).get().isInstanceOf(BalanceTransaction.ReserveTransaction.class);
        BalanceTransaction.ReserveTransaction reserve =
                (BalanceTransaction.ReserveTransaction) source.expanded().get();
        assertThat(reserve.amount()).isEqualTo(-500L);
        assertThat(reserve.currency()).isEqualTo("usd");
        assertThat(describe(source.expanded().get())).isEqualTo("reserve of -500 usd");
        assertThat(written(transaction)).as("round trip").isEqualTo(json);
    }

    @Test
    void everyTypedMemberIsRecordedForDispatch() {
        StripeUnion union = BalanceTransactionSource.class.getAnnotation(StripeUnion.class);
        assertThat(Arrays.stream(union.members()).map(StripeUnion.Member::object))
                .containsExactly(
                        "connect_collection_transfer",
                        // the customer section brings /v1/customers/{customer}/cash_balance_transactions
                        "customer_cash_balance_transaction",
                        "platform_tax_fee",
                        "reserve_transaction",
                        "tax_deducted_at_source");
        assertThat(BalanceTransactionSource.class.isSealed()).isTrue();
        assertThat(BalanceTransactionSource.class.getPermittedSubclasses()).hasSize(6);
    }

    @Test
    void aMemberPastTheCutIsKeptAsRawJson() throws Exception {
        JsonNode charge = fixture("charge");
        ObjectNode json = transaction(charge);

        BalanceTransaction transaction = MAPPER.treeToValue(json, BalanceTransaction.class);

        BalanceTransactionSource source = transaction.source().expanded().orElseThrow();
        assertThat(source).isInstanceOf(BalanceTransactionSource.Unknown.class);
        BalanceTransactionSource.Unknown unknown = (BalanceTransactionSource.Unknown) source;
        assertThat(unknown.object()).isEqualTo("charge");
        assertThat(unknown.id()).isEqualTo(charge.get("id").asText());
        assertThat(unknown.json()).isEqualTo(charge);
        assertThat(transaction.source().id()).isEqualTo(charge.get("id").asText());
        assertThat(describe(source)).isEqualTo("untyped charge");
        assertThat(written(transaction)).as("round trip").isEqualTo(json);
    }

    @Test
    void anObjectTypeStripeAddsLaterFallsBackToo() throws Exception {
        ObjectNode json = transaction(MAPPER.readTree("{\"id\":\"new_1\",\"object\":\"brand_new_thing\",\"n\":[1,2]}"));

        BalanceTransaction transaction = MAPPER.treeToValue(json, BalanceTransaction.class);

        assertThat(transaction.source().expanded().orElseThrow())
                .isEqualTo(new BalanceTransactionSource.Unknown(json.get("source")));
        assertThat(written(transaction)).isEqualTo(json);
    }

    @Test
    void anUnexpandedSourceIsAnId() throws Exception {
        ObjectNode json = transaction(MAPPER.getNodeFactory().textNode("ch_123"));

        BalanceTransaction transaction = MAPPER.treeToValue(json, BalanceTransaction.class);

        assertThat(transaction.source().isExpanded()).isFalse();
        assertThat(transaction.source().id()).isEqualTo("ch_123");
        assertThat(written(transaction)).isEqualTo(json);
    }

    @Test
    void theUnionDecodesOnItsOwn() throws Exception {
        BalanceTransactionSource fee = MAPPER.readValue("""
                {"id":"ptf_1","object":"platform_tax_fee","account":"acct_1","source_transaction":"txn_1",
                 "type":"tax"}""", BalanceTransactionSource.class);
        assertThat(fee).isInstanceOf(BalanceTransaction.PlatformTaxFee.class);
        assertThat(((BalanceTransaction.PlatformTaxFee) fee).account()).isEqualTo("acct_1");
        assertThat(MAPPER.readValue("{\"object\":\"refund\"}", BalanceTransactionSource.class))
                .isInstanceOf(BalanceTransactionSource.Unknown.class);
    }

    @Test
    void anExpandedSourceFromLocalStripeDecodesAndWritesBack() throws Exception {
        BalanceTransaction transaction = server.stripe
                .balanceTransactions()
                .retrieve(
                        "txn_123",
                        BalanceTransactionRetrieveParams.builder()
                                .addExpand("source")
                                .build());

        assertThat(server.requests().get(server.requests().size() - 1).rawQuery())
                .isEqualTo("expand[0]=source");
        Expandable<BalanceTransactionSource> source = transaction.source();
        assertThat(source).isNotNull();
        assertThat(source.isExpanded()).isTrue();
        assertThat(source.id()).isNotBlank();
        JsonNode written = written(transaction);
        assertThat(written(MAPPER.treeToValue(written, BalanceTransaction.class)))
                .isEqualTo(written);
    }

    /** The JSON text written, read back as a tree (numbers compare by value, not by Java type). */
    private static JsonNode written(Object value) throws Exception {
        return MAPPER.readTree(MAPPER.writeValueAsString(value));
    }

    /** What callers write: the sealed interface lists every case. */
    private static String describe(BalanceTransactionSource source) {
        if (source instanceof BalanceTransaction.ReserveTransaction reserve) {
            return "reserve of " + reserve.amount() + " " + reserve.currency();
        } else if (source instanceof BalanceTransaction.PlatformTaxFee fee) {
            return "platform tax fee " + fee.id();
        } else if (source instanceof BalanceTransaction.ConnectCollectionTransfer transfer) {
            return "collection transfer " + transfer.id();
        } else if (source instanceof BalanceTransaction.TaxDeductedAtSource tds) {
            return "tds " + tds.id();
        } else if (source instanceof BalanceTransactionSource.Unknown unknown) {
            return "untyped " + unknown.object();
        }
        throw new AssertionError(source);
    }

    private static JsonNode fixture(String resource) throws Exception {
        Path fixtures = RequiredFiles.stripeFile("fixtures3.2024-04-10.json");
        return MAPPER.readTree(fixtures.toFile()).path("resources").path(resource);
    }
}
