package dev.stripeslice.generator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stripeslice.generator.model.ApiModel;
import dev.stripeslice.generator.model.ObjectType;
import dev.stripeslice.generator.model.Property;
import dev.stripeslice.generator.model.TypeRef;
import dev.stripeslice.generator.spec.LoadedSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The request params a model leaves untyped ({@code Object} in the generated params, alone or inside a list or
 * map), each with the shape of its schema in the spec, for the every-section tests.
 */
final class UntypedParams {
    private UntypedParams() {}

    /** {@code Record.wire_name} -> the shape of its schema, such as {@code anyOf[string, integer, boolean]}. */
    static Map<String, String> of(ApiModel model, LoadedSpec spec) {
        Map<String, String> found = new TreeMap<>();
        for (ObjectType type : model.types()) {
            collect(type, spec, found);
        }
        return found;
    }

    private static void collect(ObjectType type, LoadedSpec spec, Map<String, String> found) {
        if (type.kind() == ObjectType.Kind.PARAMS) {
            for (Property property : type.properties()) {
                if (untyped(property.type())) {
                    found.put(type + "." + property.wireName(), shape(spec, schema(spec, property), 0));
                }
            }
        }
        type.nested().forEach(nested -> collect(nested, spec, found));
    }

    private static boolean untyped(TypeRef type) {
        if (type instanceof TypeRef.ListOf list) {
            return untyped(list.element());
        }
        if (type instanceof TypeRef.MapOf map) {
            return untyped(map.value());
        }
        if (type instanceof TypeRef.AnyOf anyOf) {
            return untyped(anyOf.first()) || untyped(anyOf.second());
        }
        return type instanceof TypeRef.Untyped;
    }

    /** The property's schema; a query param's is found by name in its operation's parameters. */
    private static JsonNode schema(LoadedSpec spec, Property property) {
        String pointer = property.pointer();
        int query = pointer.indexOf("/parameters/properties/");
        if (query >= 0) {
            for (JsonNode parameter : spec.root().at(pointer.substring(0, query) + "/parameters")) {
                if (parameter.path("name").asText().equals(property.wireName())) {
                    return parameter.path("schema");
                }
            }
        }
        return spec.root().at(pointer);
    }

    /** A short description of a schema's shape: its type, enum values, alternatives and property names. */
    static String shape(LoadedSpec spec, JsonNode schema, int depth) {
        if (depth > 3) {
            return "...";
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return ref.substring(ref.lastIndexOf('/') + 1) + "="
                    + shape(spec, spec.root().at(ref.substring(1)), depth + 1);
        }
        JsonNode alternatives = schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
        if (alternatives != null) {
            List<String> shapes = new ArrayList<>();
            alternatives.forEach(alternative -> shapes.add(shape(spec, alternative, depth + 1)));
            return (schema.has("anyOf") ? "anyOf" : "oneOf") + shapes;
        }
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(value -> values.add("'" + value.asText() + "'"));
            return "enum" + values;
        }
        String type = schema.path("type").asText("");
        if (type.equals("array")) {
            return "array<" + shape(spec, schema.path("items"), depth + 1) + ">";
        }
        if (!type.isEmpty() && !type.equals("object")) {
            return type;
        }
        List<String> properties = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);
        return "object{" + String.join(",", properties) + "}"
                + (schema.has("additionalProperties") ? "+additionalProperties" : "");
    }
}
