package dev.stripeslice.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stripeslice.generator.emit.GeneratedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without Stripe's files: a small spec with a multipart upload on its own server, a PDF download, and polymorphic
 * fields (one expandable, one not) whose members lie partly past the cut. The output compiles with -Xlint:all clean.
 */
class FilesAndUnionsGenerationTest {
    private static final String SPEC = """
            {"openapi": "3.0.0", "info": {"title": "t", "version": "2026-01-01.acacia"},
             "servers": [{"url": "https://api.stripe.com/"}],
             "paths": {
              "/v1/widgets": {"post": {"operationId": "PostWidgets",
                "requestBody": {"content": {"multipart/form-data": {"schema": {"type": "object", "required": ["file"],
                  "properties": {"file": {"type": "string", "format": "binary"},
                                 "purpose": {"type": "string", "enum": ["a", "b"]},
                                 "link": {"type": "object", "properties": {"create": {"type": "boolean"}}}}}}}},
                "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/widget"}}}}},
                "servers": [{"url": "https://uploads.stripe.com/"}]}},
              "/v1/widgets/{widget}": {"get": {"operationId": "GetWidget",
                "parameters": [{"in": "path", "name": "widget", "required": true, "schema": {"type": "string"}}],
                "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/widget"}}}}}}},
              "/v1/widgets/{widget}/pdf": {"get": {"operationId": "GetWidgetPdf",
                "parameters": [{"in": "path", "name": "widget", "required": true, "schema": {"type": "string"}}],
                "responses": {"200": {"content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}}},
                "servers": [{"url": "https://uploads.stripe.com/"}]}}
             },
             "components": {"schemas": {
              "widget": {"type": "object", "x-resourceId": "widget", "required": ["id", "object"], "properties": {
                "id": {"type": "string"}, "object": {"type": "string", "enum": ["widget"]},
                "attachment": {"nullable": true, "anyOf": [{"type": "string"}, {"$ref": "#/components/schemas/part_a"},
                   {"$ref": "#/components/schemas/part_b"}, {"$ref": "#/components/schemas/gadget"}],
                   "x-expansionResources": {"oneOf": [{"$ref": "#/components/schemas/part_a"}]}},
                "holder": {"anyOf": [{"$ref": "#/components/schemas/part_a"}, {"$ref": "#/components/schemas/gadget"}]},
                "elsewhere": {"anyOf": [{"$ref": "#/components/schemas/gadget"}, {"$ref": "#/components/schemas/gizmo"}]}}},
              "part_a": {"type": "object", "properties": {"id": {"type": "string"}, "object": {"type": "string", "enum": ["part_a"]},
                "size": {"type": "integer"}}},
              "part_b": {"type": "object", "properties": {"id": {"type": "string"}, "object": {"type": "string", "enum": ["part_b"]}}},
              "gadget": {"type": "object", "x-resourceId": "gadget", "properties": {"id": {"type": "string"},
                "object": {"type": "string", "enum": ["gadget"]}}},
              "gizmo": {"type": "object", "x-resourceId": "gizmo", "properties": {"id": {"type": "string"},
                "object": {"type": "string", "enum": ["gizmo"]}}}
             }}}
            """;

    @Test
    void generatesUploadsDownloadsAndUnions(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("widgets.json");
        Files.writeString(spec, SPEC);
        List<GeneratedFile> files = new Generator()
                .generateSources(new GenerationRequest(
                        spec, "widgets.json", List.of("widget"), "gen.widgets", dir.resolve("out"), false));
        Map<String, String> sources = files.stream()
                .collect(Collectors.toMap(
                        f -> f.relativePath().substring(f.relativePath().lastIndexOf('/') + 1),
                        GeneratedFile::content));

        assertThat(sources.get("WidgetCreateParams.java")).contains("FileUpload file", "Link link");
        assertThat(sources.get("HttpWidgetsClient.java"))
                .contains("params).asMultipart().onServer(\"https://uploads.stripe.com/\"), options, "
                        + "JsonReaders::readWidget)")
                .contains("public InputStream retrievePdf(String widget, RequestOptions options)")
                .contains("+ \"/pdf\", null).onServer(\"https://uploads.stripe.com/\"), options, InputStream.class)");
        assertThat(sources.get("Widget.java"))
                .contains("Expandable<WidgetAttachment> attachment", "WidgetHolder holder", "JsonNode elsewhere");
        assertThat(sources.get("WidgetAttachment.java"))
                .contains("@StripeUnion.Member(object = \"part_a\", type = PartA.class)") // also in holder: top level
                .contains("@StripeUnion.Member(object = \"part_b\", type = Widget.PartB.class)") // named by its schema
                .contains(
                        "public sealed interface WidgetAttachment permits PartA, Widget.PartB, WidgetAttachment.Unknown")
                .contains("record Unknown(JsonNode json) implements WidgetAttachment, UnknownObject")
                .contains("<code>gadget</code>");
        assertThat(sources.get("JsonReaders.java"))
                .contains("case \"part_a\" -> JsonReaders.readPartA(in);")
                .contains("default -> new WidgetAttachment.Unknown(JsonReads.objectTree(in));")
                .contains("case 2 -> r.value(", "JsonReads.expandable(JsonReaders::readWidgetAttachment)");
        assertThat(sources).doesNotContainKey("WidgetElsewhere.java"); // no member inside the section
        assertThat(InProcessCompiler.check(files)).isEmpty();
    }
}
