package dev.stripeslice.localstripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Copies request parameters into a synthesised response where the response has a property of the
 * same name at the same place, so {@code components[pricing_table][enabled]=true} comes back as
 * {@code components.pricing_table.enabled: true}. A value is copied only where the response schema
 * accepts it whole (its type, enum and required fields): {@code trial_end=now}, a tax rate id where the
 * answer holds tax rate objects, or tiers without the fields a price's tiers always have, leave the
 * synthesised value, so that an answer is always one the spec allows. Hashes are merged key by key into
 * a synthesised object that has fields; an empty value (a clear) makes the field null, or an empty
 * {@code metadata}. {@code expand} is never copied.
 */
final class ResponseOverlay {
    private static final String[] COMBINERS = {"anyOf", "oneOf", "allOf"};

    private final SpecIndex spec;

    ResponseOverlay(SpecIndex spec) {
        this.spec = spec;
    }

    void apply(ObjectNode response, JsonNode responseSchema, ObjectNode params) {
        for (Map.Entry<String, JsonNode> param : params.properties()) {
            if (!param.getKey().equals("expand")) {
                overlay(response, responseSchema, param.getKey(), param.getValue());
            }
        }
    }

    private void overlay(ObjectNode target, JsonNode targetSchema, String key, JsonNode value) {
        JsonNode current = target.get(key);
        JsonNode schema = propertySchema(targetSchema, key);
        if (current == null || schema == null) {
            return;
        }
        if (value.isTextual() && value.asText().isEmpty() && !current.isTextual()) {
            // "name=" unsets the field: maps come back empty, everything else null
            if (key.equals("metadata")) {
                target.putObject(key);
            } else {
                target.putNull(key);
            }
        } else if (value.isObject() && current.isObject() && !current.isEmpty()) {
            for (Map.Entry<String, JsonNode> child : value.properties()) {
                overlay((ObjectNode) current, schema, child.getKey(), child.getValue());
            }
        } else if (current.isObject() && value.isTextual()) {
            ((ObjectNode) current).set("id", value); // an expanded object keeps the id that was sent
        } else if (fits(value, schema)) {
            target.set(key, value.deepCopy());
        }
    }

    /** The schema of {@code key} in an object of {@code raw}'s shape (searching its alternatives in order). */
    private @Nullable JsonNode propertySchema(@Nullable JsonNode raw, String key) {
        JsonNode schema = spec.resolve(raw);
        if (schema == null) {
            return null;
        }
        JsonNode property = schema.path("properties").get(key);
        if (property != null) {
            return property;
        }
        for (String combiner : COMBINERS) {
            for (JsonNode alternative : schema.path(combiner)) {
                JsonNode found = propertySchema(alternative, key);
                if (found != null) {
                    return found;
                }
            }
        }
        JsonNode additional = schema.get("additionalProperties");
        return additional != null && additional.isObject() ? additional : null;
    }

    /** Whether the response schema accepts {@code value} whole. */
    private boolean fits(JsonNode value, @Nullable JsonNode raw) {
        JsonNode schema = spec.resolve(raw);
        if (schema == null) {
            return false; // a dangling ref: its shape is unknown, the synthesised value stays
        }
        if (value.isNull()) {
            return schema.path("nullable").asBoolean(false);
        }
        for (String combiner : new String[] {"anyOf", "oneOf"}) {
            if (schema.path(combiner).isArray() && !schema.get(combiner).isEmpty()) {
                for (JsonNode alternative : schema.get(combiner)) {
                    if (fits(value, alternative)) {
                        return true;
                    }
                }
                return false;
            }
        }
        for (JsonNode part : schema.path("allOf")) {
            if (!fits(value, part)) {
                return false;
            }
        }
        if (value.isTextual() && schema.path("enum").isArray() && !contains(schema.get("enum"), value)) {
            return false;
        }
        switch (SchemaValidator.typeOf(schema)) {
            case "string":
                return value.isTextual();
            case "integer":
                return value.isIntegralNumber();
            case "number":
                return value.isNumber();
            case "boolean":
                return value.isBoolean();
            case "array":
                return value.isArray() && allFit(value, schema.get("items"));
            case "object":
                return value.isObject() && objectFits(value, schema);
            default:
                return true; // free-form
        }
    }

    private boolean allFit(JsonNode array, @Nullable JsonNode items) {
        for (JsonNode element : array) {
            if (!fits(element, items)) {
                return false;
            }
        }
        return true;
    }

    private boolean objectFits(JsonNode value, JsonNode schema) {
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                return false;
            }
        }
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            JsonNode property = schema.path("properties").get(field.getKey());
            if (property == null && schema.path("additionalProperties").isObject()) {
                property = schema.get("additionalProperties");
            }
            if (property == null || !fits(field.getValue(), property)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode each : values) {
            if (each.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
