package dev.stripeslice.generator.select;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stripeslice.generator.spec.EventTypeList;
import java.util.List;
import java.util.Map;

/**
 * Writes a section as a standalone OpenAPI document: the whole spec's envelope ({@code openapi}, {@code info},
 * {@code servers}, {@code security}), the section's operations under their paths, its schemas, and for every
 * schema past the cut a stand-in that keeps only its {@code x-resourceId} (and description), so that every
 * {@code $ref} resolves and the cut falls where it fell in the whole spec. Values are copied verbatim and in the
 * whole spec's order, so generating from the extract gives the same Java files as generating from the whole spec.
 * The webhook event types the whole spec lists travel in an extension ({@link EventTypeList}).
 */
public final class SectionExtractor {
    private static final List<String> ENVELOPE = List.of("openapi", "info", "servers", "security");
    private static final String STAND_IN = "Lies outside the extracted section; select its resource to get it typed.";

    private SectionExtractor() {}

    public static ObjectNode extract(Section section) {
        JsonNode root = section.spec().root();
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (String key : ENVELOPE) {
            if (root.has(key)) {
                out.set(key, root.get(key).deepCopy());
            }
        }
        ObjectNode paths = out.putObject("paths");
        for (Section.OperationRef operation : section.operations()) {
            ObjectNode item = paths.has(operation.path())
                    ? (ObjectNode) paths.get(operation.path())
                    : pathItem(paths, operation.path(), root.path("paths").path(operation.path()));
            item.set(operation.method(), operation.operation().deepCopy());
        }
        ObjectNode components = out.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        JsonNode all = section.spec().schemas();
        for (Map.Entry<String, JsonNode> schema : all.properties()) {
            if (section.schemas().containsKey(schema.getKey())) {
                schemas.set(schema.getKey(), schema.getValue().deepCopy());
            } else if (section.boundary().contains(schema.getKey())) {
                ObjectNode standIn = schemas.putObject(schema.getKey());
                standIn.put("description", STAND_IN);
                JsonNode resourceId = schema.getValue().get("x-resourceId");
                if (resourceId != null) {
                    standIn.set("x-resourceId", resourceId.deepCopy());
                }
            }
        }
        JsonNode securitySchemes = root.path("components").get("securitySchemes");
        if (securitySchemes != null) {
            components.set("securitySchemes", securitySchemes.deepCopy());
        }
        EventTypeList.of(root).ifPresent(eventTypes -> out.set(EventTypeList.EXTENSION, eventTypes.toExtension()));
        return out;
    }

    /** The document as pretty-printed JSON: two-space indent, {@code \n} line ends on every OS, final newline. */
    public static String toJson(ObjectNode document) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
    }

    /** A path item with the whole spec's path-level fields (parameters, summary...), without its operations. */
    private static ObjectNode pathItem(ObjectNode paths, String path, JsonNode original) {
        ObjectNode item = paths.putObject(path);
        for (Map.Entry<String, JsonNode> field : original.properties()) {
            if (!isOperation(field.getKey())) {
                item.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        return item;
    }

    private static boolean isOperation(String key) {
        return switch (key) {
            case "get", "put", "post", "delete", "options", "head", "patch", "trace" -> true;
            default -> false;
        };
    }
}
