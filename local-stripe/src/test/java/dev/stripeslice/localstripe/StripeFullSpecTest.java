package dev.stripeslice.localstripe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stripe's whole 2024-04-10 spec: many routes, real list endpoints, deep schemas. */
class StripeFullSpecTest {
    private static JsonNode spec;
    private static LocalStripe stripe;
    private static Http http;

    // Each test starts the shared server lazily so that, without the file, each one reports the skip.
    @BeforeEach
    void start() {
        synchronized (StripeFullSpecTest.class) {
            if (stripe == null) {
                spec = SharedStripeFiles.json("spec3.2024-04-10.json");
                stripe = LocalStripe.start(spec).stateless();
                http = new Http(stripe);
            }
        }
    }

    @AfterAll
    static void stop() {
        if (stripe != null) {
            stripe.close();
        }
    }

    @Test
    void retrievesACustomer() {
        Http.Response response = http.get("/v1/customers/cus_abc?expand[0]=default_source");

        assertThat(response.status()).as(response.json().toString()).isEqualTo(200);
        assertThat(response.json().path("id").asText()).isEqualTo("cus_abc");
        assertThat(response.json().path("object").asText()).isEqualTo("customer");
        assertThat(response.json().path("created").isIntegralNumber()).isTrue();
        assertThat(response.header("Stripe-Version")).isEqualTo("2024-04-10");
    }

    @Test
    void pagesThroughCustomers() {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        boolean more = true;
        int pages = 0;
        while (more) {
            Http.Response page =
                    http.get("/v1/customers?limit=2" + (cursor == null ? "" : "&starting_after=" + cursor));
            assertThat(page.status()).as(page.json().toString()).isEqualTo(200);
            assertThat(page.json().path("object").asText()).isEqualTo("list");
            assertThat(page.json().path("url").asText()).isEqualTo("/v1/customers");
            page.json().path("data").forEach(c -> ids.add(c.path("id").asText()));
            cursor = ids.get(ids.size() - 1);
            more = page.json().path("has_more").asBoolean();
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(ids).hasSize(5).doesNotHaveDuplicates().allMatch(id -> id.startsWith("cus_"));
        ValidationTest.assertError(http.get("/v1/customers?limit=2&colour=red"), "parameter_unknown", "colour");
        ValidationTest.assertError(
                http.get("/v1/customers?created[gt]=soon"), "parameter_invalid_integer", "created[gt]");
    }

    @Test
    void deletesACustomer() {
        JsonNode deleted = http.delete("/v1/customers/cus_abc").json();
        assertThat(deleted.path("id").asText()).isEqualTo("cus_abc");
        assertThat(deleted.path("deleted").asBoolean()).isTrue();
        assertThat(deleted.path("object").asText()).isEqualTo("customer");
    }

    @Test
    void updatesACustomerWithMetadata() {
        JsonNode customer = http.post("/v1/customers/cus_abc", "email=a%40b.test&metadata[order]=1")
                .json();
        assertThat(customer.path("email").asText()).isEqualTo("a@b.test");
        assertThat(customer.path("metadata").path("order").asText()).isEqualTo("1");
    }

    @Test
    void createsTheEarlyCustomerSessionFromItsFixture() {
        JsonNode fixtures = SharedStripeFiles.json("fixtures3.2024-04-10.json");
        try (LocalStripe withFixtures = LocalStripe.start(spec).withFixtures(fixtures)) {
            Http.Response response = new Http(withFixtures)
                    .post("/v1/customer_sessions", "components[buy_button][enabled]=true&customer=cus_123");

            assertThat(response.status()).as(response.json().toString()).isEqualTo(200);
            assertThat(response.json().path("client_secret").asText())
                    .isEqualTo(fixtures.path("resources")
                            .path("customer_session")
                            .path("client_secret")
                            .asText());
            assertThat(response.json()
                            .path("components")
                            .path("buy_button")
                            .path("enabled")
                            .asBoolean())
                    .isTrue();
            ValidationTest.assertError(
                    new Http(withFixtures)
                            .post(
                                    "/v1/customer_sessions",
                                    "components[payment_element][enabled]=true&customer=cus_123"),
                    "parameter_unknown",
                    "components[payment_element]");
        }
    }

    @Test
    void everyOperationAnswersWithoutCrashing() {
        StripeApi api = new StripeApi(new SpecIndex(spec));
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String concrete = path.getKey().replaceAll("\\{[^}]+}", "x_1");
                RecordedRequest request = new RecordedRequest(
                        op.getKey().toUpperCase(java.util.Locale.ROOT),
                        concrete,
                        "",
                        Map.of("Authorization", List.of("Bearer " + Http.KEY)),
                        "",
                        List.of());
                StripeApi.Answer answer =
                        api.answer(request, com.fasterxml.jackson.databind.node.MissingNode.getInstance(), 0, 3);
                assertThat(answer.status())
                        .as(op.getKey() + " " + path.getKey() + " " + answer.body())
                        .isIn(200, 400);
                if (answer.status() == 400) {
                    assertThat(answer.body().path("error").path("code").asText())
                            .isEqualTo("parameter_missing");
                }
                operations++;
            }
        }
        assertThat(operations).isEqualTo(api.routeCount()).isGreaterThan(500);
    }

    @Test
    void statefulCustomersAndTheirTaxIds() {
        try (LocalStripe stateful = LocalStripe.start(spec)) {
            Http client = new Http(stateful);
            String id = client.post("/v1/customers", "email=jo%40example.com&metadata[plan]=gold")
                    .json()
                    .path("id")
                    .asText();
            client.post("/v1/customers", "email=other%40example.com");
            JsonNode taxId = client.post("/v1/customers/" + id + "/tax_ids", "type=eu_vat&value=DE123456789")
                    .json();

            assertThat(client.get("/v1/customers/" + id).json().path("email").asText())
                    .isEqualTo("jo@example.com");
            assertThat(client.get("/v1/customers").json().path("data")).hasSize(2);
            assertThat(client.get("/v1/customers?email=jo%40example.com").json().path("data"))
                    .hasSize(1);
            JsonNode found = client.get("/v1/customers/search?query=metadata%5B%27plan%27%5D%3A%27gold%27")
                    .json();
            assertThat(found.path("data"))
                    .extracting(c -> c.path("id").asText())
                    .containsExactly(id);
            assertThat(client.get("/v1/customers/" + id + "/tax_ids").json().path("data"))
                    .extracting(t -> t.path("id").asText())
                    .containsExactly(taxId.path("id").asText());
            assertThat(client.get("/v1/customers/" + id + "/tax_ids/"
                                    + taxId.path("id").asText())
                            .json()
                            .path("value")
                            .asText())
                    .isEqualTo("DE123456789");
            assertThat(client.get("/v1/customers/cus_missing").status()).isEqualTo(404);
        }
    }

    @Test
    void everyOperationAnswersStatefullyWithoutCrashing() {
        StripeApi api = new StripeApi(new SpecIndex(spec));
        StatefulApi state = new StatefulApi(new ObjectStore());
        for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String concrete = path.getKey().replaceAll("\\{[^}]+}", "x_1");
                RecordedRequest request = new RecordedRequest(
                        op.getKey().toUpperCase(java.util.Locale.ROOT),
                        concrete,
                        "",
                        Map.of("Authorization", List.of("Bearer " + Http.KEY)),
                        "",
                        List.of());
                StripeApi.Answer answer = api.answer(
                        request, com.fasterxml.jackson.databind.node.MissingNode.getInstance(), 0, 3, null, state);
                assertThat(answer.status())
                        .as(op.getKey() + " " + path.getKey() + " " + answer.body())
                        .isIn(200, 400, 404);
            }
        }
    }
}
