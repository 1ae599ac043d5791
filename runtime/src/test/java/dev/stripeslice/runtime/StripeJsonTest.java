package dev.stripeslice.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stripeslice.runtime.TestTypes.Components;
import dev.stripeslice.runtime.TestTypes.Customer;
import dev.stripeslice.runtime.TestTypes.Features;
import dev.stripeslice.runtime.TestTypes.Holder;
import dev.stripeslice.runtime.TestTypes.PaymentElement;
import dev.stripeslice.runtime.TestTypes.Redisplay;
import dev.stripeslice.runtime.TestTypes.Session;
import dev.stripeslice.runtime.json.Expandable;
import dev.stripeslice.runtime.json.JsonExtras;
import dev.stripeslice.runtime.json.StripeJson;
import dev.stripeslice.runtime.json.StripeModule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StripeJsonTest {
    private static final ObjectMapper MAPPER = StripeJson.mapper();

    private static final String SESSION = """
      {"object":"customer_session","client_secret":"cuss_secret_abc123",
       "components":{"payment_element":{"enabled":true,"features":{
          "payment_method_redisplay":"always",
          "payment_method_allow_redisplay_filters":["always","limited"]}}},
       "created":1700000000,"customer":"cus_123","customer_account":null,
       "expires_at":1700001800,"livemode":false}
      """;

    private static <T> T roundTrip(String json, Class<T> type) throws Exception {
        T value = MAPPER.readValue(json, type);
        String written = MAPPER.writeValueAsString(value);
        assertThat(MAPPER.readTree(written)).isEqualTo(MAPPER.readTree(json));
        return value;
    }

    @Test
    void decodesTypedFields() throws Exception {
        Session session = roundTrip(SESSION, Session.class);
        assertThat(session.object()).isEqualTo("customer_session");
        assertThat(session.created()).isEqualTo(1700000000L);
        assertThat(session.customer().id()).isEqualTo("cus_123");
        assertThat(session.customer().isExpanded()).isFalse();
        assertThat(session.customerAccount()).isNull();
        Features features = session.components().paymentElement().features();
        assertThat(features.redisplay()).isEqualTo(Redisplay.ALWAYS);
        assertThat(features.filters()).containsExactly(Redisplay.ALWAYS, Redisplay.LIMITED);
        assertThat(session.extras().isEmpty()).isFalse(); // customer_account was present as null
        assertThat(features.extras()).isEqualTo(JsonExtras.empty());
    }

    @Test
    void keepsNullApartFromAbsent() throws Exception {
        Session present = roundTrip(SESSION, Session.class);
        assertThat(MAPPER.writeValueAsString(present)).contains("\"customer_account\":null");
        Session absent = roundTrip(SESSION.replace("\"customer_account\":null,", ""), Session.class);
        assertThat(MAPPER.writeValueAsString(absent)).doesNotContain("customer_account");
        assertThat(absent).isNotEqualTo(present);
    }

    @Test
    void keepsUnknownPropertiesAtEveryLevel() throws Exception {
        String json = SESSION.replace(
                        "\"livemode\":false", "\"livemode\":false,\"new_thing\":{\"a\":[1,2.50,null]},\"n\":7")
                .replace("\"enabled\":true", "\"enabled\":true,\"beta\":\"x\"");
        Session session = roundTrip(json, Session.class);
        assertThat(session.extras().unknownFields()).containsOnlyKeys("new_thing", "n");
        assertThat(session.components().paymentElement().extras().unknownFields())
                .containsEntry("beta", TextNode.valueOf("x"));
        assertThat(MAPPER.writeValueAsString(session)).contains("2.50");
    }

    @Test
    void keepsUnknownEnumValueInFieldAndList() throws Exception {
        String json = SESSION.replace(
                        "\"payment_method_redisplay\":\"always\"", "\"payment_method_redisplay\":\"sometimes\"")
                .replace("[\"always\",\"limited\"]", "[\"always\",\"brand_new\",\"limited\"]");
        Session session = roundTrip(json, Session.class);
        Features features = session.components().paymentElement().features();
        assertThat(features.redisplay()).isEqualTo(Redisplay.UNKNOWN);
        assertThat(features.filters()).containsExactly(Redisplay.ALWAYS, Redisplay.UNKNOWN, Redisplay.LIMITED);
        assertThat(features.extras().unknownEnumValueFields())
                .containsExactlyInAnyOrder("payment_method_redisplay", "payment_method_allow_redisplay_filters");
        assertThat(MAPPER.writeValueAsString(features))
                .contains("\"sometimes\"")
                .contains("\"brand_new\"");
    }

    @Test
    void unknownEnumInMapIsKept() throws Exception {
        roundTrip("{\"modes\":{\"a\":\"always\",\"b\":\"whatever\"},\"amount\":5}", Holder.class);
    }

    @Test
    void changedValueWinsOverKeptRawEnumValue() throws Exception {
        Features decoded = MAPPER.readValue("{\"payment_method_redisplay\":\"sometimes\"}", Features.class);
        Features changed = new Features(Redisplay.LIMITED, null, decoded.extras());
        assertThat(MAPPER.writeValueAsString(changed)).isEqualTo("{\"payment_method_redisplay\":\"limited\"}");
    }

    @Test
    void recordBuiltInCodeWritesNonNullFieldsOnly() throws Exception {
        Features features = new Features(Redisplay.ALWAYS, null, JsonExtras.empty());
        assertThat(MAPPER.writeValueAsString(features)).isEqualTo("{\"payment_method_redisplay\":\"always\"}");
        Components components =
                new Components(new PaymentElement(true, features, JsonExtras.empty()), JsonExtras.empty());
        assertThat(MAPPER.writeValueAsString(components))
                .isEqualTo("{\"payment_element\":{\"enabled\":true,"
                        + "\"features\":{\"payment_method_redisplay\":\"always\"}}}");
    }

    @Test
    void extrasBuiltInCodeAreWritten() throws Exception {
        Features features = new Features(null, null, JsonExtras.of(Map.of("beta", TextNode.valueOf("on"))));
        assertThat(MAPPER.writeValueAsString(features)).isEqualTo("{\"beta\":\"on\"}");
    }

    @Test
    void expandedJsonObjectRoundTrips() throws Exception {
        String json = SESSION.replace(
                "\"customer\":\"cus_123\"",
                "\"customer\":{\"id\":\"cus_123\",\"object\":\"customer\",\"email\":\"a@b.c\",\"x\":1}");
        Session session = roundTrip(json, Session.class);
        assertThat(session.customer().isExpanded()).isTrue();
        assertThat(session.customer().id()).isEqualTo("cus_123");
        Customer customer = session.customer().expandedAs(Customer.class);
        assertThat(customer.email()).isEqualTo("a@b.c");
        assertThat(customer.extras().unknownFields()).containsOnlyKeys("x");
        assertThat(session.customer().toString()).doesNotContain("a@b.c");
    }

    @Test
    void expandableOfTypedRecord() throws Exception {
        Holder holder = roundTrip(
                "{\"customer\":{\"id\":\"cus_9\",\"object\":\"customer\",\"email\":null},\"amount\":3}", Holder.class);
        assertThat(holder.customer().expanded()).get().extracting(Customer::id).isEqualTo("cus_9");
        Holder idOnly = roundTrip("{\"customer\":\"cus_9\",\"amount\":3}", Holder.class);
        assertThat(idOnly.customer()).isEqualTo(Expandable.ofId("cus_9"));
        assertThatThrownBy(() -> idOnly.customer().expandedAs(Customer.class))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void expandableFactories() {
        Customer customer = new Customer("cus_1", "customer", null, JsonExtras.empty());
        Expandable<Customer> expanded = Expandable.ofObject(customer);
        assertThat(expanded.id()).isEqualTo("cus_1");
        assertThat(expanded).isEqualTo(Expandable.ofObject(customer)).isNotEqualTo(Expandable.ofId("cus_1"));
        assertThat(expanded.hashCode()).isEqualTo(Expandable.ofObject(customer).hashCode());
        assertThat(expanded.toString()).isEqualTo("Expandable[cus_1, expanded Customer]");
        assertThatThrownBy(() -> Expandable.ofObject(MAPPER.createObjectNode()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void primitivesMetadataAndDecimals() throws Exception {
        Holder holder = roundTrip("{\"metadata\":{\"k\":\"v\"},\"amount\":12,\"ratio\":0.25}", Holder.class);
        assertThat(holder.metadata()).containsEntry("k", "v");
        assertThat(MAPPER.readValue("{}", Holder.class).amount()).isZero();
    }

    @Test
    void listsOfRecordsAndTopLevelLists() throws Exception {
        String json = "[{\"payment_method_redisplay\":\"nope\"},{\"z\":true}]";
        List<Features> list =
                MAPPER.readValue(json, MAPPER.getTypeFactory().constructCollectionType(List.class, Features.class));
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(list))).isEqualTo(MAPPER.readTree(json));
    }

    @Test
    void duplicatePropertyLastOneWins() throws Exception {
        Features features = MAPPER.readValue(
                "{\"payment_method_redisplay\":null,\"payment_method_redisplay\":\"always\"}", Features.class);
        assertThat(MAPPER.writeValueAsString(features)).isEqualTo("{\"payment_method_redisplay\":\"always\"}");
    }

    @Test
    void wrongShapeFailsAsJacksonError() {
        assertThatThrownBy(() -> MAPPER.readValue("[1]", Features.class)).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> MAPPER.readValue("{\"customer\":5}", Holder.class))
                .isInstanceOf(JsonMappingException.class);
    }

    @Test
    void extrasToStringShowsNamesOnly() throws Exception {
        Session session = MAPPER.readValue(
                SESSION.replace("\"livemode\":false", "\"livemode\":false,\"other_secret\":\"sek_999\""),
                Session.class);
        assertThat(session.extras().toString()).contains("other_secret").doesNotContain("sek_999");
        assertThat(JsonExtras.empty().toString()).isEqualTo("JsonExtras{}");
    }

    @Test
    void extrasAreImmutableAndComparedByValue() throws Exception {
        Session a = MAPPER.readValue(
                SESSION.replace("\"livemode\":false", "\"livemode\":false,\"u\":{\"v\":1}"), Session.class);
        Session b = MAPPER.readValue(
                SESSION.replace("\"livemode\":false", "\"livemode\":false,\"u\":{\"v\":1}"), Session.class);
        assertThat(a.extras()).isEqualTo(b.extras()).hasSameHashCodeAs(b.extras());
        ((com.fasterxml.jackson.databind.node.ObjectNode)
                        a.extras().unknownFields().get("u"))
                .put("v", 2);
        assertThat(a.extras()).isEqualTo(b.extras());
        assertThatThrownBy(() -> a.extras().unknownFields().put("w", TextNode.valueOf("x")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void worksOnAnotherMapperWithTheModule() throws Exception {
        ObjectMapper own = new ObjectMapper()
                .registerModule(new StripeModule())
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        JsonNode tree = own.readTree(SESSION);
        assertThat(own.readTree(own.writeValueAsString(own.readValue(SESSION, Session.class))))
                .isEqualTo(tree);
    }
}
