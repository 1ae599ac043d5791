package dev.stripeslice.sections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stripeslice.localstripe.RecordedRequest;
import dev.stripeslice.runtime.RequestOptions;
import dev.stripeslice.runtime.json.StripeJson;
import dev.stripeslice.runtime.pages.StripeList;
import dev.stripeslice.testsupport.RequiredFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Lists embedded in objects ({@code invoice.lines}, {@code customer.tax_ids}) are {@code StripeList}s, and
 * {@code stripe.pages()} pages on from them at their own {@code url}. The invoice section brings
 * {@code /v1/invoices/{invoice}/lines}, so its lines are typed {@code LineItem}s.
 */
class EmbeddedListsTest {
    private static final ObjectMapper MAPPER = StripeJson.mapper();
    private static final int LINES = 25;

    @RegisterExtension
    static final LocalStripeSections server = LocalStripeSections.withListSize(LINES);

    @Test
    void stripesInvoiceFixtureDecodesItsLinesIntoAStripeList() throws Exception {
        JsonNode fixture = MAPPER.readTree(
                        RequiredFiles.stripeFile("fixtures3.2024-04-10.json").toFile())
                .path("resources")
                .path("invoice");

        Invoice invoice = MAPPER.treeToValue(fixture, Invoice.class);

        StripeList<LineItem> lines = invoice.lines();
        JsonNode expected = fixture.path("lines");
        assertThat(lines.object()).isEqualTo("list");
        assertThat(lines.url()).isEqualTo(expected.path("url").asText()).endsWith("/lines");
        assertThat(lines.hasMore()).isEqualTo(expected.path("has_more").asBoolean());
        assertThat(lines.data()).hasSize(expected.path("data").size());
        assertThat(lines.data()).extracting(LineItem::id).allMatch(id -> id.startsWith("il_"));
        assertThat(lines.extras().isEmpty())
                .as("nothing of the list is left over")
                .isTrue();
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(invoice)))
                .as("writes back unchanged")
                .isEqualTo(fixture);
    }

    @Test
    void autoPagingContinuesAnInvoicesLinesFromItsOwnUrl() {
        RequestOptions options =
                RequestOptions.builder().stripeAccount("acct_123").build();
        Invoice invoice = server.stripe
                .invoices()
                .retrieve("in_123", InvoiceRetrieveParams.builder().build(), options);
        StripeList<LineItem> lines = invoice.lines();
        assertThat(lines.url()).isEqualTo("/v1/invoices/in_123/lines");
        assertThat(lines.data()).as("Stripe embeds the first 10").hasSize(10);
        assertThat(lines.hasMore()).isTrue();
        server.local.clearRequests();

        List<String> ids = new ArrayList<>();
        for (LineItem line : server.stripe.pages().autoPaging(lines, LineItem.class, null, options)) {
            ids.add(line.id());
        }

        assertThat(ids)
                .hasSize(LINES)
                .doesNotHaveDuplicates()
                .startsWith(idsOf(lines).toArray(String[]::new));
        List<RecordedRequest> requests = server.requests();
        assertThat(requests).extracting(RecordedRequest::method).containsExactly("GET", "GET");
        assertThat(requests).extracting(RecordedRequest::path).containsOnly("/v1/invoices/in_123/lines");
        assertThat(requests)
                .extracting(RecordedRequest::rawQuery)
                .containsExactly("starting_after=" + ids.get(9), "starting_after=" + ids.get(19));
        assertThat(requests).allSatisfy(request -> {
            assertThat(request.header("Stripe-Account")).isEqualTo("acct_123");
            assertThat(request.header("Stripe-Version")).isEqualTo(StripeClient.API_VERSION);
            assertThat(request.header("Authorization")).isEqualTo("Bearer sk_test_123");
        });
    }

    @Test
    void theContinuationSendsTheCallersParamsWithTheCursor() {
        StripeList<LineItem> lines = server.stripe.invoices().retrieve("in_456").lines();
        server.local.clearRequests();

        List<LineItem> all = new ArrayList<>();
        server.stripe
                .pages()
                .autoPaging(lines, LineItem.class, form -> form.put("limit", 5L), RequestOptions.none())
                .forEach(all::add);

        assertThat(all).hasSize(LINES);
        assertThat(server.requests())
                .extracting(RecordedRequest::rawQuery)
                .containsExactly(
                        "limit=5&starting_after=" + all.get(9).id(),
                        "limit=5&starting_after=" + all.get(14).id(),
                        "limit=5&starting_after=" + all.get(19).id());
    }

    private static List<String> idsOf(StripeList<LineItem> list) {
        return list.data().stream().map(LineItem::id).toList();
    }
}
