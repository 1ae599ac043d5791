package dev.stripeslice.localstripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Validates a decoded form tree (see {@link FormDecoder}) against an OpenAPI request schema and
 * returns it typed: booleans, integers and numbers become JSON scalars, index-keyed objects become
 * arrays. The first violation is thrown as a Stripe-shaped {@link ApiError} naming the parameter in
 * bracket form ({@code components[pricing_table][enabled]}).
 *
 * <p>A schema that is absent or a {@code $ref} that resolves nowhere accepts anything.
 */
final class SchemaValidator {
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern INDEX = Pattern.compile("0|[1-9]\\d{0,8}");
    private static final Set<String> CONTAINER_ERRORS = Set.of("parameter_invalid_object", "parameter_invalid_array");
    private static final Set<String> SCALAR_ERRORS = Set.of(
            "parameter_invalid_string",
            "parameter_invalid_integer",
            "parameter_invalid_number",
            "parameter_invalid_boolean");

    private final SpecIndex spec;

    SchemaValidator(SpecIndex spec) {
        this.spec = spec;
    }

    /** Validates the top-level parameters; {@code params} is the tree from {@link FormDecoder}. */
    ObjectNode validateParams(ObjectNode params, JsonNode schema) {
        return (ObjectNode) validate(params, schema, "");
    }

    JsonNode validate(JsonNode value, @Nullable JsonNode rawSchema, String param) {
        JsonNode schema = spec.resolve(rawSchema);
        if (schema == null) {
            return value;
        }
        JsonNode alternatives = schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
        if (alternatives != null && alternatives.isArray() && !alternatives.isEmpty()) {
            return validateAlternatives(value, alternatives, param);
        }
        JsonNode allOf = schema.get("allOf");
        if (allOf != null && allOf.isArray()) {
            JsonNode typed = value;
            for (JsonNode part : allOf) {
                typed = validate(value, part, param);
            }
            return typed;
        }
        switch (typeOf(schema)) {
            case "object":
                return validateObject(value, schema, param);
            case "array":
                return validateArray(value, schema, param);
            case "string":
                return validateString(scalar(value, "string", param), schema, param);
            case "integer":
                return validateInteger(scalar(value, "integer", param), param);
            case "number":
                return validateNumber(scalar(value, "number", param), param);
            case "boolean":
                return validateBoolean(scalar(value, "boolean", param), param);
            default:
                return value;
        }
    }

    private JsonNode validateAlternatives(JsonNode value, JsonNode alternatives, String param) {
        List<ApiError> failures = new ArrayList<>();
        for (JsonNode alternative : alternatives) {
            try {
                return validate(value, alternative, param);
            } catch (ApiError e) {
                failures.add(e);
            }
        }
        ApiError best = failures.get(0);
        for (ApiError candidate : failures) {
            if (score(candidate, value) > score(best, value)) {
                best = candidate;
            }
        }
        throw best;
    }

    /**
     * Ranks the failures of {@code anyOf} alternatives to report the most helpful one: an alternative
     * that wanted a different kind of value (a hash for a scalar, or the reverse) ranks last; among
     * the others the one that got deepest into the value wins.
     */
    private static int score(ApiError error, JsonNode value) {
        boolean wrongKind =
                value.isObject() ? SCALAR_ERRORS.contains(error.code()) : CONTAINER_ERRORS.contains(error.code());
        String param = error.param();
        return (wrongKind ? 0 : 100_000) + (param == null ? 0 : param.length());
    }

    private JsonNode validateObject(JsonNode value, JsonNode schema, String param) {
        if (value.isTextual()
                && value.asText().isEmpty()
                && schema.path("properties").isEmpty()
                && !schema.has("additionalProperties")) {
            // "offline=": how Stripe's libraries send an empty hash, for objects that declare no properties
            return JsonNodeFactory.instance.objectNode();
        }
        if (!value.isObject()) {
            throw invalid("parameter_invalid_object", param, "Invalid object");
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        boolean closed = (additional != null && additional.isBoolean() && !additional.asBoolean())
                || (properties.isObject() && !properties.isEmpty() && additional == null);
        ObjectNode typed = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            String key = entry.getKey();
            String child = child(param, key);
            if (properties.has(key)) {
                typed.set(key, validate(entry.getValue(), properties.get(key), child));
            } else if (additional != null && additional.isObject()) {
                typed.set(key, validate(entry.getValue(), additional, child));
            } else if (closed) {
                throw ApiError.invalidRequest("parameter_unknown", child, "Received unknown parameter: " + child);
            } else {
                typed.set(key, entry.getValue());
            }
        }
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                String child = child(param, required.asText());
                throw ApiError.invalidRequest("parameter_missing", child, "Missing required param: " + child + ".");
            }
        }
        return typed;
    }

    private JsonNode validateArray(JsonNode value, JsonNode schema, String param) {
        if (!value.isObject()) {
            throw invalid("parameter_invalid_array", param, "Invalid array");
        }
        int size = value.size();
        JsonNode[] items = new JsonNode[size];
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            String key = entry.getKey();
            int index = INDEX.matcher(key).matches() ? Integer.parseInt(key) : -1;
            if (index < 0 || index >= size) {
                throw invalid(
                        "parameter_invalid_array",
                        param,
                        "Invalid array: indexes must be 0 to " + (size - 1) + ", got " + child(param, key));
            }
            items[index] = entry.getValue();
        }
        ArrayNode typed = JsonNodeFactory.instance.arrayNode(size);
        for (int i = 0; i < size; i++) {
            typed.add(validate(items[i], schema.get("items"), child(param, Integer.toString(i))));
        }
        return typed;
    }

    private static JsonNode validateString(String value, JsonNode schema, String param) {
        JsonNode enumeration = schema.get("enum");
        boolean bypass = schema.path("x-stripeBypassValidation").asBoolean(false);
        if (enumeration != null && enumeration.isArray() && !bypass && !containsText(enumeration, value)) {
            List<String> allowed = new ArrayList<>();
            enumeration.forEach(e -> allowed.add(e.isNull() ? "null" : '"' + e.asText() + '"'));
            throw invalid(
                    "parameter_invalid_enum",
                    param,
                    "Invalid " + param + ": must be one of " + String.join(", ", allowed) + " (got \"" + value + "\")");
        }
        JsonNode maxLength = schema.get("maxLength");
        if (maxLength != null
                && maxLength.canConvertToInt()
                && value.codePointCount(0, value.length()) > maxLength.asInt()) {
            throw invalid(
                    "parameter_invalid_string_length",
                    param,
                    "Invalid " + param + ": must be at most " + maxLength.asInt() + " characters");
        }
        return TextNode.valueOf(value);
    }

    private static JsonNode validateInteger(String value, String param) {
        if (!INTEGER.matcher(value).matches()) {
            throw invalid("parameter_invalid_integer", param, "Invalid integer: " + value);
        }
        BigInteger parsed = new BigInteger(value);
        return parsed.bitLength() < 64 ? LongNode.valueOf(parsed.longValue()) : BigIntegerNode.valueOf(parsed);
    }

    private static JsonNode validateNumber(String value, String param) {
        if (!NUMBER.matcher(value).matches()) {
            throw invalid("parameter_invalid_number", param, "Invalid decimal: " + value);
        }
        return DecimalNode.valueOf(new BigDecimal(value));
    }

    private static JsonNode validateBoolean(String value, String param) {
        if (value.equals("true") || value.equals("false")) {
            return BooleanNode.valueOf(value.equals("true"));
        }
        throw invalid("parameter_invalid_boolean", param, "Invalid boolean: " + value);
    }

    private static String scalar(JsonNode value, String type, String param) {
        if (!value.isTextual()) {
            throw invalid(
                    "parameter_invalid_" + type,
                    param,
                    "Invalid " + type + ": expected a single value, got a hash or array");
        }
        return value.asText();
    }

    static String typeOf(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
            return type.asText();
        }
        if (schema.has("properties") || schema.has("additionalProperties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return schema.has("enum") ? "string" : "any";
    }

    private static boolean containsText(JsonNode enumeration, String value) {
        for (JsonNode allowed : enumeration) {
            if (!allowed.isNull() && allowed.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    static String child(String param, String key) {
        return param.isEmpty() ? key : param + "[" + key + "]";
    }

    private static ApiError invalid(String code, String param, String message) {
        return ApiError.invalidRequest(code, param.isEmpty() ? null : param, message);
    }
}
