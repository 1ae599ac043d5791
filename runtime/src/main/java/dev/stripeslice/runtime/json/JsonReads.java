package dev.stripeslice.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The {@link JsonReader}s generated readers are made of: scalars, trees, lists, maps, expandable fields and unions,
 * each decoding exactly as {@link StripeJson#mapper()} does. Values in an unusual form (a number sent as a string)
 * are handed to that mapper, which is built only then.
 */
public final class JsonReads {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReads() {}

    /**
     * Reads a whole JSON document: null for the JSON value {@code null}.
     *
     * @throws IOException if the bytes are not JSON or not of the reader's shape (also when there are none)
     */
    public static <T> @Nullable T read(byte[] json, JsonReader<T> reader) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            return readRoot(p, reader);
        }
    }

    /** Like {@link #read(byte[], JsonReader)}, for JSON text. */
    public static <T> @Nullable T read(String json, JsonReader<T> reader) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            return readRoot(p, reader);
        }
    }

    private static <T> @Nullable T readRoot(JsonParser p, JsonReader<T> reader) throws IOException {
        JsonToken token = p.nextToken();
        if (token == null) {
            throw MismatchedInputException.from(p, (Class<?>) null, "No content to map due to end-of-input");
        }
        return token == JsonToken.VALUE_NULL ? null : reader.read(p);
    }

    public static String string(JsonParser p) throws IOException {
        return p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : viaMapper(p, String.class);
    }

    public static Long int64(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            JsonParser.NumberType type = p.getNumberType();
            if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
                return p.getLongValue();
            }
        }
        return viaMapper(p, Long.class);
    }

    public static BigDecimal decimal(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        return token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT
                ? p.getDecimalValue()
                : viaMapper(p, BigDecimal.class);
    }

    public static Boolean bool(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        return token == JsonToken.VALUE_FALSE ? Boolean.FALSE : viaMapper(p, Boolean.class);
    }

    /** The value as a tree, numbers as the mapper keeps them (decimals digit for digit). */
    public static JsonNode tree(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            for (token = p.nextToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                object.replace(name, tree(p));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                array.add(tree(p));
            }
            return array;
        }
        if (token == null) {
            throw MismatchedInputException.from(p, JsonNode.class, "Unexpected end-of-input");
        }
        switch (token) {
            case VALUE_STRING:
                return TextNode.valueOf(p.getText());
            case VALUE_NUMBER_INT:
                return integer(p);
            case VALUE_NUMBER_FLOAT:
                return p.getNumberType() != JsonParser.NumberType.BIG_DECIMAL && p.isNaN()
                        ? DoubleNode.valueOf(p.getDoubleValue())
                        : DecimalNode.valueOf(p.getDecimalValue());
            case VALUE_TRUE:
                return BooleanNode.TRUE;
            case VALUE_FALSE:
                return BooleanNode.FALSE;
            case VALUE_NULL:
                return NullNode.getInstance();
            default:
                return viaMapper(p, JsonNode.class);
        }
    }

    private static JsonNode integer(JsonParser p) throws IOException {
        switch (p.getNumberType()) {
            case INT:
                return IntNode.valueOf(p.getIntValue());
            case LONG:
                return LongNode.valueOf(p.getLongValue());
            default:
                return BigIntegerNode.valueOf(p.getBigIntegerValue());
        }
    }

    /** A JSON array as a mutable list; JSON nulls in it stay null (as the mapper decodes them). */
    public static <T> JsonReader<List<T>> listOf(JsonReader<T> element) {
        return p -> {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw unexpected(p, "an array");
            }
            List<T> list = new ArrayList<>();
            for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
                try {
                    list.add(token == JsonToken.VALUE_NULL ? null : element.read(p));
                } catch (JsonMappingException | RuntimeException e) {
                    throw JsonMappingException.wrapWithPath(e, list, list.size());
                }
            }
            return list;
        };
    }

    /** A JSON object whose keys are data, in order; JSON nulls in it stay null. */
    public static <T> JsonReader<Map<String, T>> mapOf(JsonReader<T> value) {
        return p -> {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw unexpected(p, "an object");
            }
            Map<String, T> map = new LinkedHashMap<>();
            for (JsonToken token = p.nextToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
                String key = p.currentName();
                try {
                    map.put(key, p.nextToken() == JsonToken.VALUE_NULL ? null : value.read(p));
                } catch (JsonMappingException | RuntimeException e) {
                    throw JsonMappingException.wrapWithPath(e, map, key);
                }
            }
            return map;
        };
    }

    /** An id (a string), or the expanded object read by {@code expanded}. */
    public static <T> JsonReader<Expandable<T>> expandable(JsonReader<T> expanded) {
        return p -> {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_STRING) {
                return Expandable.ofId(p.getText());
            }
            if (token != JsonToken.START_OBJECT) {
                throw unexpected(p, "an id or an object");
            }
            @SuppressWarnings("unchecked")
            Expandable<T> value = (Expandable<T>) Expandable.decoded(expanded.read(p), null);
            return value;
        };
    }

    /**
     * A value of a generated enum, outside a record (inside one, {@link RecordReader#wireEnum} also keeps the raw
     * text of values this client does not know).
     */
    public static <E extends WireEnum> JsonReader<E> wireEnum(Function<String, E> fromWireValue) {
        return p -> {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw unexpected(p, "a string");
            }
            return fromWireValue.apply(p.getText());
        };
    }

    /** A JSON object as a tree, for a union to pick its member by; any other value fails. */
    public static ObjectNode objectTree(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw unexpected(p, "an object");
        }
        return (ObjectNode) tree(p);
    }

    /** The text of a tree's {@code object} property; empty when it has none. */
    public static String objectValue(JsonNode tree) {
        JsonNode object = tree.get("object");
        return object != null && object.isTextual() ? object.textValue() : "";
    }

    /** Reads a tree (a union's member) with a generated reader. */
    public static <T> T fromTree(JsonNode tree, JsonReader<T> reader) throws IOException {
        try (JsonParser p = tree.traverse()) {
            p.nextToken();
            return reader.read(p);
        }
    }

    /** Decodes the value with {@link StripeJson#mapper()}: for types and forms generated readers leave to it. */
    public static <T> T viaMapper(JsonParser p, Class<T> type) throws IOException {
        return StripeJson.mapper().readValue(p, type);
    }

    static MismatchedInputException unexpected(JsonParser p, String expected) {
        return MismatchedInputException.from(p, (Class<?>) null, "expected " + expected + ", not " + p.currentToken());
    }
}
