package dev.stripeslice.localstripe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ResponseTest {
    private static LocalStripe stripe;
    private static Http http;

    @BeforeAll
    static void start() {
        stripe = Http.widgets().stateless();
        http = new Http(stripe);
    }

    @AfterAll
    static void stop() {
        stripe.close();
    }

    @Test
    void synthesisedObjectHasTheSchemaShape() {
        Http.Response response = http.post("/v1/widgets", "name=w");

        assertThat(response.status()).isEqualTo(200);
        JsonNode widget = response.json();
        assertThat(widget.path("id").asText()).matches("widg_[0-9A-Za-z]{14}");
        assertThat(widget.path("object").asText()).isEqualTo("widget");
        assertThat(widget.path("created").asLong()).isEqualTo(ExampleSynthesizer.FIXED_TIME);
        assertThat(widget.path("livemode").isBoolean()).isTrue();
        assertThat(widget.path("color").asText()).isEqualTo("red");
        assertThat(widget.get("description").isNull()).isTrue();
        assertThat(widget.path("parent").isNull()).isTrue();
        assertThat(widget.path("tags").isArray()).isTrue();
        assertThat(widget.path("metadata").isObject()).isTrue();
        assertThat(widget.path("settings").path("mode").asText()).isEqualTo("fast");
        assertThat(widget.path("customer").asText()).startsWith("cus_");
        assertThat(widget.path("owner").isObject())
                .as("dangling ref = any object")
                .isTrue();
        assertThat(response.header("Request-Id")).matches("req_[0-9A-Za-z]{14}");
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        assertThat(response.header("Stripe-Version")).isEqualTo("2025-01-01.test");
    }

    @Test
    void requestParamsShowUpAtTheirPlace() {
        JsonNode widget = http.post(
                        "/v1/widgets",
                        "name=gizmo&enabled=true&count=7&customer=cus_123&settings[mode]=slow"
                                + "&settings[preview][enabled]=true&tags[0]=x&metadata[order]=6735")
                .json();

        assertThat(widget.path("name").asText()).isEqualTo("gizmo");
        assertThat(widget.path("enabled").asBoolean()).isTrue();
        assertThat(widget.path("count").isIntegralNumber()).isTrue();
        assertThat(widget.path("count").asInt()).isEqualTo(7);
        assertThat(widget.path("customer").asText()).isEqualTo("cus_123");
        assertThat(widget.path("settings").path("mode").asText()).isEqualTo("slow");
        assertThat(widget.path("settings").path("preview").path("enabled").asBoolean())
                .isTrue();
        assertThat(widget.path("tags").toString()).isEqualTo("[\"x\"]");
        assertThat(widget.path("metadata").toString()).isEqualTo("{\"order\":\"6735\"}");
    }

    /**
     * A param is copied into the answer only where the answer's schema accepts it: {@code created=now} (the answer
     * holds a unix time) and {@code tags} of objects (the answer's are strings) keep the synthesised values, so an
     * answer never breaks its own spec.
     */
    @Test
    void paramsTheAnswerCannotHoldLeaveTheSynthesisedValue() throws Exception {
        ObjectNode spec =
                (ObjectNode) new ObjectMapper().readTree(Http.class.getResourceAsStream("/widgets-openapi.json"));
        ObjectNode properties = (ObjectNode) spec.at(
                "/paths/~1v1~1widgets/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties");
        properties.set(
                "created",
                new ObjectMapper()
                        .readTree(
                                "{\"anyOf\": [{\"type\": \"string\", \"enum\": [\"now\"]}, {\"type\": \"integer\"}]}"));
        properties.set(
                "tags",
                new ObjectMapper()
                        .readTree("{\"type\": \"array\", \"items\": {\"type\": \"object\", \"properties\": "
                                + "{\"label\": {\"type\": \"string\"}}}}"));
        try (LocalStripe local = LocalStripe.start(spec).stateless()) {
            Http client = new Http(local);
            JsonNode now = client.post("/v1/widgets", "name=w&created=now&tags[0][label]=x")
                    .json();
            JsonNode time = client.post("/v1/widgets", "name=w&created=1800000000&tags[0][label]=x")
                    .json();

            assertThat(now.path("created").asLong()).isEqualTo(ExampleSynthesizer.FIXED_TIME);
            assertThat(now.path("tags").toString()).isEqualTo("[]");
            assertThat(time.path("created").asLong()).isEqualTo(1_800_000_000L);
        }
    }

    @Test
    void expandReturnsTheObjectInsteadOfTheId() {
        JsonNode widget = http.post("/v1/widgets", "name=w&customer=cus_123&expand[0]=customer")
                .json();

        assertThat(widget.path("customer").path("object").asText()).isEqualTo("customer");
        assertThat(widget.path("customer").path("id").asText()).isEqualTo("cus_123");
    }

    @Test
    void sameSeedAndRequestGiveTheSameAnswer() {
        String first = http.post("/v1/widgets", "name=w").json().toString();
        assertThat(http.post("/v1/widgets", "name=w").json().toString()).isEqualTo(first);
        assertThat(http.post("/v1/widgets", "name=v").json().path("id").asText())
                .isNotEqualTo(
                        http.post("/v1/widgets", "name=w").json().path("id").asText());
        try (LocalStripe other = Http.widgets().withSeed(7)) {
            assertThat(new Http(other).post("/v1/widgets", "name=w").json().toString())
                    .isNotEqualTo(first);
        }
    }

    @Test
    void retrieveUsesThePathIdAndPrefersLiteralRoutes() {
        JsonNode widget = http.get("/v1/widgets/widg%2F1%20x").json();
        assertThat(widget.path("id").asText()).isEqualTo("widg/1 x");
        assertThat(widget.path("object").asText()).isEqualTo("widget");

        assertThat(http.get("/v1/widgets/search?query=x").json().path("id").asText())
                .isNotEqualTo("search");
    }

    @Test
    void deleteAnswersDeletedShape() {
        JsonNode deleted = http.delete("/v1/widgets/widg_9").json();
        assertThat(deleted.toString()).isEqualTo("{\"id\":\"widg_9\",\"object\":\"widget\",\"deleted\":true}");
    }

    @Test
    void fixturesReplaceSynthesis() throws Exception {
        JsonNode fixtures = new ObjectMapper()
                .readTree(
                        "{\"resources\":{\"widget\":{\"id\":\"widg_fixture\",\"object\":\"widget\",\"name\":\"From fixture\","
                                + "\"settings\":{\"mode\":\"fast\"},\"customer\":\"cus_fixture\"}}}");
        try (LocalStripe withFixtures = Http.widgets().withFixtures(fixtures)) {
            JsonNode widget = new Http(withFixtures)
                    .post("/v1/widgets", "name=w&settings[mode]=slow")
                    .json();
            assertThat(widget.path("id").asText()).isEqualTo("widg_fixture");
            assertThat(widget.path("name").asText()).isEqualTo("w");
            assertThat(widget.path("settings").path("mode").asText()).isEqualTo("slow");
            assertThat(widget.path("customer").asText()).isEqualTo("cus_fixture");
            assertThat(widget.has("created")).as("fixture is used as is").isFalse();
        }
    }

    @Test
    void listsPageThroughAStableCollection() {
        JsonNode first = http.get("/v1/widgets?limit=2").json();
        assertThat(first.path("object").asText()).isEqualTo("list");
        assertThat(first.path("url").asText()).isEqualTo("/v1/widgets");
        assertThat(first.path("data")).hasSize(2);
        assertThat(first.path("has_more").asBoolean()).isTrue();

        List<String> ids = new ArrayList<>();
        String cursor = null;
        boolean more = true;
        while (more) {
            JsonNode page = http.get("/v1/widgets?limit=2" + (cursor == null ? "" : "&starting_after=" + cursor))
                    .json();
            page.path("data").forEach(item -> ids.add(item.path("id").asText()));
            cursor = ids.get(ids.size() - 1);
            more = page.path("has_more").asBoolean();
        }
        assertThat(ids).hasSize(5).doesNotHaveDuplicates().allMatch(id -> id.startsWith("widg_"));
        assertThat(http.get("/v1/widgets").json().path("has_more").asBoolean()).isFalse();
        assertThat(http.get("/v1/widgets")
                        .json()
                        .path("data")
                        .get(0)
                        .path("object")
                        .asText())
                .isEqualTo("widget");

        JsonNode before =
                http.get("/v1/widgets?limit=2&ending_before=" + ids.get(3)).json();
        assertThat(before.path("data").get(0).path("id").asText()).isEqualTo(ids.get(1));
        assertThat(before.path("has_more").asBoolean()).isTrue();

        ValidationTest.assertError(
                http.get("/v1/widgets?starting_after=widg_nope"), "resource_missing", "starting_after");
    }

    @Test
    void listSizeIsConfigurable() {
        try (LocalStripe big = Http.widgets().stateless().withListSize(30)) {
            JsonNode page = new Http(big).get("/v1/widgets?limit=100").json();
            assertThat(page.path("data")).hasSize(30);
            assertThat(page.path("has_more").asBoolean()).isFalse();
            assertThat(new Http(big).get("/v1/widgets").json().path("data")).hasSize(10);
        }
    }
}
