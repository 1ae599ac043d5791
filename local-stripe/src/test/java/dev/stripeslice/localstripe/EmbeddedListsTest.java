package dev.stripeslice.localstripe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Lists embedded in answered objects are the first page of the list at the object's own sub-path. */
class EmbeddedListsTest {
    private LocalStripe stripe;

    @AfterEach
    void stop() {
        if (stripe != null) {
            stripe.close();
        }
    }

    @Test
    void theObjectPathIsFoundInTheRequestPathOrAfterTheCollection() {
        assertThat(EmbeddedLists.objectPath("/v1/invoices/in_1", "in_1")).isEqualTo("/v1/invoices/in_1");
        assertThat(EmbeddedLists.objectPath("/v1/invoices/in_1/finalize", "in_1"))
                .isEqualTo("/v1/invoices/in_1");
        assertThat(EmbeddedLists.objectPath("/v1/invoices", "in_1")).isEqualTo("/v1/invoices/in_1");
        assertThat(EmbeddedLists.objectPath("/v1/x/in_12/in_1", "in_1")).isEqualTo("/v1/x/in_12/in_1");
    }

    @Test
    void aCustomersTaxIdsAreTheOnesCreatedForItAndPageOnFromTheirUrl() {
        stripe = LocalStripe.start(SharedStripeFiles.json("spec3.2024-04-10.json"));
        Http http = new Http(stripe);
        String customer = http.post("/v1/customers", "email=jo%40example.com")
                .json()
                .path("id")
                .asText();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Http.Response taxId =
                    http.post("/v1/customers/" + customer + "/tax_ids", "type=eu_vat&value=DE12345678" + i);
            assertThat(taxId.status()).as(taxId.json().toString()).isEqualTo(200);
            created.add(taxId.json().path("id").asText());
        }

        JsonNode embedded = http.get("/v1/customers/" + customer).json().path("tax_ids");

        assertThat(embedded.path("object").asText()).isEqualTo("list");
        assertThat(embedded.path("url").asText()).isEqualTo("/v1/customers/" + customer + "/tax_ids");
        assertThat(embedded.path("has_more").asBoolean()).isTrue();
        List<String> ids = idsOf(embedded);
        assertThat(ids).hasSize(10).allMatch(created::contains);
        JsonNode next = http.get(embedded.path("url").asText() + "?starting_after=" + ids.get(9))
                .json();
        assertThat(next.path("has_more").asBoolean()).isFalse();
        ids.addAll(idsOf(next));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    void anInvoicesLinesAreTheFirstPageOfItsLinesList() {
        stripe = LocalStripe.start(SharedStripeFiles.json("spec3.2024-04-10.json"))
                .stateless()
                .withListSize(3);
        Http http = new Http(stripe);

        JsonNode lines = http.get("/v1/invoices/in_1").json().path("lines");

        assertThat(lines.path("url").asText()).isEqualTo("/v1/invoices/in_1/lines");
        assertThat(lines.path("data"))
                .isEqualTo(http.get("/v1/invoices/in_1/lines").json().path("data"));
        assertThat(lines.path("data")).hasSize(3);
    }

    private static List<String> idsOf(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.path("data").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
