package dev.stripeslice.generator.name;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stripeslice.generator.GenerationRequest;
import dev.stripeslice.generator.Generator;
import dev.stripeslice.generator.model.ApiModel;
import dev.stripeslice.generator.model.EnumType;
import dev.stripeslice.generator.model.ObjectType;
import dev.stripeslice.generator.model.Property;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The name stage on a small spec: where enums are declared, what they and members are called. */
class NameStageTest {
    private static final String SPEC = """
            {"openapi": "3.0.0", "info": {"title": "t", "version": "2026-01-01.acacia"},
             "paths": {
              "/v1/widgets": {"post": {"operationId": "PostWidgets",
                "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {"type": "object",
                  "properties": {
                    "locale": {"type": "string", "enum": ["en", "fr"]},
                    "tax_exempt": {"anyOf": [{"type": "string", "enum": ["none", "exempt"]},
                                             {"type": "string", "enum": [""]}]},
                    "kind": {"type": "string", "enum": ["", "big", "small"]},
                    "description": {"anyOf": [{"type": "string"}, {"type": "string", "enum": [""]}]},
                    "clear_description": {"type": "boolean"},
                    "builder": {"type": "string"},
                    "extra_params": {"type": "string"},
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "add_tag": {"type": "string"}}}}}},
                "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/widget"}}}}}}}
             },
             "components": {"schemas": {
              "widget": {"type": "object", "x-resourceId": "widget", "properties": {
                "id": {"type": "string"}, "object": {"type": "string", "enum": ["widget"]},
                "locale": {"type": "string", "enum": ["en", "fr"]},
                "tax_exempt": {"type": "string", "enum": ["none", "exempt", "reverse"]},
                "kind": {"type": "string", "enum": ["big", "small"]},
                "extras": {"type": "string"},
                "payment_method_options": {"type": "object", "properties": {
                  "card": {"type": "object", "properties": {"network": {"type": "string", "enum": ["visa", "amex"]},
                    "setup_future_usage": {"type": "string", "enum": ["none", "off_session"]}}},
                  "link": {"type": "object", "properties": {"network": {"type": "string", "enum": ["link", "unknown"]},
                    "setup_future_usage": {"type": "string", "enum": ["none", "off_session"]}}}}}}}
             }}}
            """;

    private static ApiModel model;

    @BeforeAll
    static void build(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("widgets.json");
        Files.writeString(spec, SPEC);
        model = new Generator()
                .model(new GenerationRequest(
                        spec, "widgets.json", List.of("widget"), "com.example.widgets", dir.resolve("out"), false));
    }

    @Test
    void enumsUsedByOneRecordNestInsideIt() {
        assertThat(enumNames())
                .containsEntry(
                        "/paths/~1v1~1widgets/post/requestBody/content/"
                                + "application~1x-www-form-urlencoded/schema/properties/kind",
                        "WidgetCreateParams.Kind")
                .containsEntry("/components/schemas/widget/properties/kind", "Widget.Kind");
    }

    @Test
    void anEnumSharedInsideOneRecordIsDeclaredWhereItsUsersMeet() {
        assertThat(enumNames()).containsValue("Widget.PaymentMethodOptions.SetupFutureUsage");
    }

    @Test
    void sameNameDifferentValuesAreQualifiedByTheirRecordNotNumbered() {
        assertThat(enumNames().values())
                .contains("Widget.PaymentMethodOptions.Card.Network", "Widget.PaymentMethodOptions.Link.Network");
        assertThat(enumNames().values()).contains("Widget.TaxExempt", "WidgetCreateParams.TaxExempt");
    }

    @Test
    void anEnumSharedByTwoTopLevelTypesIsTopLevelButNotNamedLikeAJavaType() {
        assertThat(enumNames().values()).contains("WidgetLocale").doesNotContain("Locale");
    }

    @Test
    void aStripeValueNamedUnknownLeavesTheFallbackAnotherName() {
        EnumType network = model.enums().stream()
                .filter(type -> type.toString().equals("Widget.PaymentMethodOptions.Link.Network"))
                .findFirst()
                .orElseThrow();
        assertThat(network.fallbackName()).isEqualTo("UNRECOGNIZED");
        assertThat(network.constants()).extracting(EnumType.Constant::javaName).containsExactly("LINK", "UNKNOWN");
    }

    @Test
    void specMembersNeverTakeTheGeneratorsMembers() {
        ObjectType params = topLevel("WidgetCreateParams");
        Map<String, Property> byWire = new TreeMap<>();
        params.properties().forEach(property -> byWire.put(property.wireName(), property));
        assertThat(byWire.get("builder").javaName()).isEqualTo("builder_");
        assertThat(byWire.get("extra_params").javaName()).isEqualTo("extraParams_");
        assertThat(byWire.get("clear_description").javaName()).isEqualTo("clearDescription");
        assertThat(byWire.get("description").clearHelper()).isEqualTo("clearDescriptionValue");
        assertThat(byWire.get("add_tag").javaName()).isEqualTo("addTag");
        assertThat(byWire.get("tags").elementHelper()).isEqualTo("addTagElement");
        Property extras = topLevel("Widget").properties().stream()
                .filter(property -> property.wireName().equals("extras"))
                .findFirst()
                .orElseThrow();
        assertThat(extras.javaName()).isEqualTo("extras_");
    }

    private static ObjectType topLevel(String name) {
        return model.types().stream()
                .filter(type -> type.simpleName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, String> enumNames() {
        Map<String, String> names = new TreeMap<>();
        model.enums().forEach(type -> names.put(type.pointer(), type.toString()));
        return names;
    }
}
