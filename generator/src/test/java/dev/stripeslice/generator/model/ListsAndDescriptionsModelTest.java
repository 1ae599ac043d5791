package dev.stripeslice.generator.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stripeslice.generator.GenerationRequest;
import dev.stripeslice.generator.Generator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the model decides for embedded lists and for properties that only refer to a described schema. */
class ListsAndDescriptionsModelTest {
    private static final String SPEC = """
            {"openapi": "3.0.0", "info": {"title": "t", "version": "2026-01-01.test"},
             "servers": [{"url": "https://api.stripe.com/"}],
             "paths": {"/v1/widgets/{widget}": {"get": {
                "parameters": [{"name": "widget", "in": "path", "required": true, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/widget"}}}}}}}},
             "components": {"schemas": {
               "widget": {"type": "object", "x-resourceId": "widget", "required": ["id"], "properties": {
                 "id": {"type": "string"},
                 "parts": {"type": "object", "required": ["data", "has_more", "object", "url"], "properties": {
                    "data": {"type": "array", "items": {"$ref": "#/components/schemas/part"}},
                    "has_more": {"type": "boolean"},
                    "object": {"type": "string", "enum": ["list"]},
                    "url": {"type": "string"}}},
                 "counted": {"type": "object", "properties": {
                    "data": {"type": "array", "items": {"$ref": "#/components/schemas/part"}},
                    "has_more": {"type": "boolean"},
                    "object": {"type": "string", "enum": ["list"]},
                    "total_count": {"type": "integer"},
                    "url": {"type": "string"}}},
                 "detail": {"$ref": "#/components/schemas/detail"},
                 "maybe_detail": {"anyOf": [{"$ref": "#/components/schemas/detail"}], "nullable": true},
                 "own_words": {"$ref": "#/components/schemas/detail", "description": "Said here."},
                 "plain": {"type": "string"}}},
               "part": {"type": "object", "properties": {"id": {"type": "string"}}},
               "detail": {"type": "object", "description": "What a detail is.",
                          "properties": {"note": {"type": "string"}}}}}}
            """;

    @Test
    void embeddedListsAreListPagesAndReferencesLendTheirDescription(@TempDir Path temp) throws Exception {
        Path spec = temp.resolve("spec.json");
        Files.writeString(spec, SPEC);
        ApiModel model = new Generator()
                .model(new GenerationRequest(spec, "spec.json", List.of("widget"), "com.example.w", temp, false));
        ObjectType widget = model.types().stream()
                .filter(type -> type.pointer().equals("/components/schemas/widget"))
                .findFirst()
                .orElseThrow();

        TypeRef parts = property(widget, "parts").type();
        assertThat(parts).isInstanceOf(TypeRef.Page.class);
        assertThat(((TypeRef.Page) parts).kind()).isEqualTo(TypeRef.PageKind.LIST);
        assertThat(((TypeRef.Page) parts).item()).isInstanceOf(TypeRef.Named.class);
        assertThat(property(widget, "counted").type())
                .as("a list with a property StripeList does not hold stays a record")
                .isInstanceOf(TypeRef.Named.class);
        assertThat(widget.nested()).extracting(ObjectType::pointer).noneMatch(pointer -> pointer.endsWith("/parts"));

        assertThat(property(widget, "detail").description()).isEqualTo("What a detail is.");
        assertThat(property(widget, "maybe_detail").description()).isEqualTo("What a detail is.");
        assertThat(property(widget, "own_words").description()).isEqualTo("Said here.");
        assertThat(property(widget, "plain").description()).isEmpty();
    }

    private static Property property(ObjectType type, String wireName) {
        return type.properties().stream()
                .filter(property -> property.wireName().equals(wireName))
                .findFirst()
                .orElseThrow();
    }
}
