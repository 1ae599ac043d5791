package dev.stripeslice.customersession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stripeslice.runtime.InternalConstructor;
import dev.stripeslice.runtime.json.Expandable;
import dev.stripeslice.runtime.json.JsonExtras;
import dev.stripeslice.runtime.json.StripeJson;
import dev.stripeslice.runtime.json.StripeObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Response records are made in code with their builders (the canonical constructor is outside the API), and
 * {@code toBuilder()} keeps what the client does not know.
 */
class RecordBuildersTest {
    private static final ObjectMapper MAPPER = StripeJson.mapper();
    private static final String RESPONSE = ForwardCompatibilityTest.RESPONSE;

    @Test
    void aFixtureSetsOnlyWhatItNeeds() throws Exception {
        CustomerSession session = CustomerSession.builder()
                .clientSecret("cuss_secret_1")
                .customer(Expandable.ofId("cus_1"))
                .livemode(false)
                .build();

        assertThat(session.clientSecret()).isEqualTo("cuss_secret_1");
        assertThat(session.customer().id()).isEqualTo("cus_1");
        assertThat(session.components()).isNull();
        assertThat(session.extras()).isEqualTo(JsonExtras.empty());
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(session)))
                .isEqualTo(MAPPER.readTree(
                        "{\"client_secret\":\"cuss_secret_1\",\"customer\":\"cus_1\",\"livemode\":false}"));
    }

    @Test
    void toBuilderKeepsEveryValueAndTheExtras() throws Exception {
        CustomerSession decoded = MAPPER.readValue(RESPONSE, CustomerSession.class);

        assertThat(decoded.toBuilder().build()).isEqualTo(decoded);
        CustomerSession.Components.PaymentElement.Features features =
                decoded.components().paymentElement().features();
        assertThat(features.toBuilder().build()).isEqualTo(features);

        CustomerSession changed = decoded.toBuilder().livemode(true).build();
        ObjectNode expected = (ObjectNode) MAPPER.readTree(RESPONSE);
        expected.put("livemode", true);
        // brand_new_field and active_entitlements (unknown fields), customer_account (an explicit null) and "maybe"
        // (an unknown enum value) survive
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(changed))).isEqualTo(expected);
    }

    @Test
    void aFieldSetThroughTheBuilderReplacesTheRawValueItHeld() throws Exception {
        CustomerSession decoded = MAPPER.readValue(RESPONSE, CustomerSession.class);
        CustomerSession.Components.PaymentElement.Features features =
                decoded.components().paymentElement().features().toBuilder()
                        .paymentMethodRedisplay(PaymentMethodRedisplay.ENABLED)
                        .build();

        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(features));
        assertThat(written.path("payment_method_redisplay").asText()).isEqualTo("enabled");
        assertThat(written.path("payment_method_remove").asText()).isEqualTo("enabled");
    }

    @Test
    void extrasAreNeverNull() {
        assertThatThrownBy(() -> CustomerSession.builder().extras(null)).isInstanceOf(NullPointerException.class);
        JsonExtras extras =
                JsonExtras.of(Map.of("new_field", MAPPER.getNodeFactory().textNode("x")));
        assertThat(CustomerSession.builder().extras(extras).build().extras()).isEqualTo(extras);
    }

    /** What the japicmp gate relies on: every generated record's canonical constructor, and only it, is marked. */
    @Test
    void everyCanonicalConstructorIsMarkedInternal() {
        List<Class<?>> records = new ArrayList<>();
        collectRecords(CustomerSession.class, records);
        collectRecords(CustomerSessionCreateParams.class, records);
        assertThat(records).hasSizeGreaterThan(10);
        for (Class<?> record : records) {
            Class<?>[] components = Arrays.stream(record.getRecordComponents())
                    .map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            for (Constructor<?> constructor : record.getDeclaredConstructors()) {
                boolean canonical = Arrays.equals(constructor.getParameterTypes(), components);
                assertThat(constructor.isAnnotationPresent(InternalConstructor.class))
                        .as("%s", constructor)
                        .isEqualTo(canonical);
            }
            assertThat(hasMethod(record, "builder")).as("%s.builder()", record).isTrue();
            if (StripeObject.class.isAssignableFrom(record)) {
                assertThat(hasMethod(record, "toBuilder"))
                        .as("%s.toBuilder()", record)
                        .isTrue();
            }
        }
    }

    private static void collectRecords(Class<?> type, List<Class<?>> into) {
        if (type.isRecord()) {
            into.add(type);
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            collectRecords(nested, into);
        }
    }

    private static boolean hasMethod(Class<?> type, String name) {
        return Arrays.stream(type.getMethods())
                .anyMatch(method -> method.getName().equals(name));
    }
}
