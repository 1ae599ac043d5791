package dev.stripeslice.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stripeslice.generator.model.ApiModel;
import dev.stripeslice.generator.model.ObjectType;
import dev.stripeslice.generator.model.Property;
import dev.stripeslice.generator.model.TypeRef;
import dev.stripeslice.generator.spec.LoadedSpec;
import dev.stripeslice.generator.spec.SpecLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How each shape of a request {@code anyOf} is typed, on a small spec with one param of each shape Stripe uses and a
 * few it does not: the model's decision, the names the builder gets, and what stays untyped (with its shape).
 */
class TypedUnionParamsModelTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RANGE = "{\"type\":\"object\",\"properties\":{\"gt\":{\"type\":\"integer\"},"
            + "\"gte\":{\"type\":\"integer\"},\"lt\":{\"type\":\"integer\"},\"lte\":{\"type\":\"integer\"}}}";
    private static final String EMPTY = "{\"type\":\"string\",\"enum\":[\"\"]}";
    private static final String ACCEPTANCE = "{\"type\":\"object\",\"required\":[\"customer_acceptance\"],"
            + "\"properties\":{\"customer_acceptance\":{\"type\":\"object\",\"properties\":{\"type\":{\"type\":\"string\"}}}}}";

    @TempDir
    static Path directory;

    private static LoadedSpec spec;
    private static ApiModel model;
    private static ObjectType params;

    @BeforeAll
    static void build() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree("""
                {"openapi": "3.0.0", "info": {"title": "t", "version": "2026-01-01.test"},
                 "servers": [{"url": "https://api.stripe.com/"}],
                 "components": {"schemas": {"widget": {"type": "object", "x-resourceId": "widget",
                   "required": ["id"], "properties": {"id": {"type": "string"}}}}},
                 "paths": {"/v1/widgets": {"post": {
                   "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {
                     "type": "object", "properties": {}}}}},
                   "responses": {"200": {"description": "ok", "content": {"application/json": {"schema":
                     {"$ref": "#/components/schemas/widget"}}}}}}}}}
                """);
        ObjectNode properties = (ObjectNode)
                root.at("/paths/~1v1~1widgets/post/requestBody/content/application~1x-www-form-urlencoded/schema")
                        .get("properties");
        Map<String, String> shapes = Map.ofEntries(
                Map.entry("created", "{\"anyOf\":[" + RANGE + ",{\"type\":\"integer\"}]}"),
                Map.entry("trial_end", "{\"anyOf\":[{\"type\":\"string\",\"enum\":[\"now\"]},{\"type\":\"integer\"}]}"),
                Map.entry(
                        "effective_date",
                        "{\"anyOf\":[{\"type\":\"string\",\"enum\":[\"current_period_end\"]},{\"type\":\"integer\"},"
                                + EMPTY + "]}"),
                Map.entry("affirm", "{\"type\":\"object\",\"properties\":{}}"),
                Map.entry(
                        "card",
                        "{\"anyOf\":[{\"type\":\"object\",\"required\":[\"number\"],\"properties\":{\"number\":"
                                + "{\"type\":\"string\"}}},{\"type\":\"object\",\"required\":[\"token\"],"
                                + "\"properties\":{\"token\":{\"type\":\"string\"}}}]}"),
                Map.entry("mandate_data", "{\"anyOf\":[" + ACCEPTANCE + "," + EMPTY + "," + ACCEPTANCE + "]}"),
                Map.entry("files", "{\"type\":\"array\",\"items\":{\"anyOf\":[{\"type\":\"string\"}," + EMPTY + "]}}"),
                Map.entry(
                        "three_shapes",
                        "{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"integer\"},{\"type\":\"boolean\"}]}"),
                Map.entry(
                        "two_strings",
                        "{\"anyOf\":[{\"type\":\"string\",\"maxLength\":5},{\"type\":\"string\",\"format\":\"x\"}]}"),
                Map.entry("free_form", "{\"type\":\"object\",\"additionalProperties\":true}"),
                Map.entry(
                        "record_or_free_form",
                        "{\"anyOf\":[{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}},"
                                + "{\"type\":\"object\",\"additionalProperties\":true}]}"));
        for (Map.Entry<String, String> shape : new java.util.TreeMap<>(shapes).entrySet()) {
            properties.set(shape.getKey(), JSON.readTree(shape.getValue()));
        }
        Path file = directory.resolve("union-params.json");
        Files.write(file, JSON.writeValueAsBytes(root));
        spec = new SpecLoader().load(file, "union-params.json");
        GenerationRequest request = new GenerationRequest(
                file, "union-params.json", List.of("widget"), "com.example.unions", directory.resolve("out"), false);
        model = new Generator().model(request, spec);
        params = model.types().stream()
                .filter(type -> type.kind() == ObjectType.Kind.PARAMS)
                .findFirst()
                .orElseThrow();
        assertThat(InProcessCompiler.check(new Generator().generateSources(request, spec)))
                .as("the generated overloads and helpers compile, -Xlint:all clean")
                .isEmpty();
    }

    private static Property property(String wireName) {
        return params.properties().stream()
                .filter(property -> property.wireName().equals(wireName))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anIntegerOrARangeIsTheRuntimesRange() {
        assertThat(property("created").type())
                .isEqualTo(new TypeRef.AnyOf(TypeRef.RANGE, new TypeRef.Scalar(TypeRef.ScalarKind.INTEGER)));
        assertThat(property("created").keywordHelpers()).isEmpty();
    }

    @Test
    void aKeywordGetsAHelperNamedAfterTheParamAndTheKeyword() {
        TypeRef.AnyOf trialEnd = (TypeRef.AnyOf) property("trial_end").type();
        assertThat(trialEnd.first()).isInstanceOf(TypeRef.EnumOf.class);
        assertThat(trialEnd.second()).isEqualTo(new TypeRef.Scalar(TypeRef.ScalarKind.INTEGER));
        assertThat(property("trial_end").keywordHelpers()).containsExactly(Map.entry("now", "trialEndNow"));
        assertThat(property("trial_end").clearable()).isFalse();
    }

    @Test
    void theEmptyStringMarkerMakesAParamOfTwoShapesClearable() {
        Property effectiveDate = property("effective_date");
        assertThat(effectiveDate.type()).isInstanceOf(TypeRef.AnyOf.class);
        assertThat(effectiveDate.clearable()).isTrue();
        assertThat(effectiveDate.clearHelper()).isEqualTo("clearEffectiveDate");
        assertThat(effectiveDate.keywordHelpers())
                .containsExactly(Map.entry("current_period_end", "effectiveDateCurrentPeriodEnd"));
    }

    @Test
    void aHashWithNoParamsIsARecordWithNoComponents() {
        TypeRef.Named affirm = (TypeRef.Named) property("affirm").type();
        assertThat(affirm.type().properties()).isEmpty();
        assertThat(affirm.type().simpleName()).isEqualTo("Affirm");
    }

    @Test
    void twoObjectsAreTwoRecordsTheSecondNamedByWhatSetsItApart() {
        TypeRef.AnyOf card = (TypeRef.AnyOf) property("card").type();
        assertThat(((TypeRef.Named) card.first()).type().simpleName()).isEqualTo("Card");
        assertThat(((TypeRef.Named) card.second()).type().simpleName()).isEqualTo("CardToken");
    }

    @Test
    void objectsOfTheSameFieldsAreTheFirst() {
        Property mandate = property("mandate_data");
        assertThat(mandate.type()).isInstanceOf(TypeRef.Named.class);
        assertThat(mandate.clearable()).isTrue();
    }

    @Test
    void aListElementThatMayBeEmptyIsAString() {
        assertThat(property("files").type()).isEqualTo(new TypeRef.ListOf(TypeRef.STRING));
    }

    @Test
    void whatCannotBeTypedStaysUntypedAndIsReportedWithItsShape() {
        assertThat(UntypedParams.of(model, spec))
                .containsOnly(
                        Map.entry("WidgetCreateParams.free_form", "object{}+additionalProperties"),
                        Map.entry(
                                "WidgetCreateParams.record_or_free_form",
                                "anyOf[object{a}, object{}+additionalProperties]"),
                        Map.entry("WidgetCreateParams.three_shapes", "anyOf[string, integer, boolean]"),
                        Map.entry("WidgetCreateParams.two_strings", "anyOf[string, string]"));
        assertThat(params.nested())
                .as("no record is made for a shape of a param that stays untyped")
                .noneMatch(nested -> nested.pointer().contains("record_or_free_form"));
    }
}
