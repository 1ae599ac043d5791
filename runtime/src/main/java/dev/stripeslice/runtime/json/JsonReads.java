package dev.stripeslice.runtime.json;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
    private JsonReads() {}

    /**
     * Reads a whole JSON document: null for the JSON value {@code null}.
     *
     * @throws IOException if the bytes are not JSON or not of the reader's shape (also when there are none)
     */
    public static <T> @Nullable T read(byte[] json, JsonReader<T> reader) throws IOException {
        JsonInput in = JsonInput.of(json);
        if (in.peek() == -1) {
            throw MismatchedInputException.from(null, (Class<?>) null, "No content to map due to end-of-input");
        }
        return in.readNullIfPresent() ? null : reader.read(in);
    }

    /** Like {@link #read(byte[], JsonReader)}, for JSON text. */
    public static <T> @Nullable T read(String json, JsonReader<T> reader) throws IOException {
        return read(json.getBytes(StandardCharsets.UTF_8), reader);
    }

    public static String string(JsonInput in) throws IOException {
        return in.peek() == '"' ? in.readString() : viaMapper(in, String.class);
    }

    public static Long int64(JsonInput in) throws IOException {
        return in.atLong() ? in.readLong() : viaMapper(in, Long.class);
    }

    public static BigDecimal decimal(JsonInput in) throws IOException {
        JsonToken token = in.peekToken();
        return token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT
                ? in.readBigDecimal()
                : viaMapper(in, BigDecimal.class);
    }

    public static Boolean bool(JsonInput in) throws IOException {
        int next = in.peek();
        return next == 't' || next == 'f' ? in.readBoolean() : viaMapper(in, Boolean.class);
    }

    /** The value as a tree, numbers as the mapper keeps them (decimals digit for digit). */
    public static JsonNode tree(JsonInput in) throws IOException {
        JsonToken token = in.peekToken();
        if (token == null) {
            throw MismatchedInputException.from(null, JsonNode.class, "Unexpected end-of-input");
        }
        switch (token) {
            case START_OBJECT:
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                in.beginObject();
                for (boolean first = true; in.hasNextField(first); first = false) {
                    String name = in.readFieldName();
                    object.replace(name, tree(in));
                }
                return object;
            case START_ARRAY:
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                in.beginArray();
                for (boolean first = true; in.hasNextElement(first); first = false) {
                    array.add(tree(in));
                }
                return array;
            case VALUE_STRING:
                return TextNode.valueOf(in.readString());
            case VALUE_NUMBER_INT:
                return integer(in);
            case VALUE_NUMBER_FLOAT:
                return DecimalNode.valueOf(in.readBigDecimal());
            case VALUE_TRUE:
                in.readBoolean();
                return BooleanNode.TRUE;
            case VALUE_FALSE:
                in.readBoolean();
                return BooleanNode.FALSE;
            case VALUE_NULL:
                in.readNullIfPresent();
                return NullNode.getInstance();
            default:
                throw in.error("expected a value");
        }
    }

    private static JsonNode integer(JsonInput in) throws IOException {
        if (!in.atLong()) {
            return BigIntegerNode.valueOf(in.readBigInteger());
        }
        long value = in.readLong();
        return value == (int) value ? IntNode.valueOf((int) value) : LongNode.valueOf(value);
    }

    /** A JSON array as a mutable list; JSON nulls in it stay null (as the mapper decodes them). */
    public static <T> JsonReader<List<T>> listOf(JsonReader<T> element) {
        return in -> {
            if (in.peek() != '[') {
                throw unexpected(in, "an array");
            }
            List<T> list = new ArrayList<>();
            in.beginArray();
            for (boolean first = true; in.hasNextElement(first); first = false) {
                try {
                    list.add(in.readNullIfPresent() ? null : element.read(in));
                } catch (JsonMappingException | RuntimeException e) {
                    throw JsonMappingException.wrapWithPath(e, list, list.size());
                }
            }
            return list;
        };
    }

    /** A JSON object whose keys are data, in order; JSON nulls in it stay null. */
    public static <T> JsonReader<Map<String, T>> mapOf(JsonReader<T> value) {
        return in -> {
            if (in.peek() != '{') {
                throw unexpected(in, "an object");
            }
            Map<String, T> map = new LinkedHashMap<>();
            in.beginObject();
            for (boolean first = true; in.hasNextField(first); first = false) {
                String key = in.readKey();
                try {
                    map.put(key, in.readNullIfPresent() ? null : value.read(in));
                } catch (JsonMappingException | RuntimeException e) {
                    throw JsonMappingException.wrapWithPath(e, map, key);
                }
            }
            return map;
        };
    }

    /** An id (a string), or the expanded object read by {@code expanded}. */
    public static <T> JsonReader<Expandable<T>> expandable(JsonReader<T> expanded) {
        return in -> {
            int next = in.peek();
            if (next == '"') {
                return Expandable.ofId(in.readString());
            }
            if (next != '{') {
                throw unexpected(in, "an id or an object");
            }
            @SuppressWarnings("unchecked")
            Expandable<T> value = (Expandable<T>) Expandable.decoded(expanded.read(in), null);
            return value;
        };
    }

    /**
     * A value of a generated enum, outside a record (inside one, {@link RecordReader#wireEnum} also keeps the raw
     * text of values this client does not know).
     */
    public static <E extends WireEnum> JsonReader<E> wireEnum(Function<String, E> fromWireValue) {
        return in -> {
            if (in.peek() != '"') {
                throw unexpected(in, "a string");
            }
            return fromWireValue.apply(in.readString());
        };
    }

    /**
     * The text of the {@code object} property of the JSON object that comes next, which stays unread; empty when it
     * has none. What a union picks its member by.
     */
    public static String objectValue(JsonInput in) throws IOException {
        if (in.peek() != '{') {
            throw unexpected(in, "an object");
        }
        return in.peekObjectField();
    }

    /** A JSON object as a tree: a union member this client does not know. */
    public static ObjectNode objectTree(JsonInput in) throws IOException {
        if (in.peek() != '{') {
            throw unexpected(in, "an object");
        }
        return (ObjectNode) tree(in);
    }

    /** The text of a tree's {@code object} property; empty when it has none. */
    public static String objectValue(JsonNode tree) {
        JsonNode object = tree.get("object");
        return object != null && object.isTextual() ? object.textValue() : "";
    }

    /** Decodes the value with {@link StripeJson#mapper()}: for types and forms generated readers leave to it. */
    public static <T> T viaMapper(JsonInput in, Class<T> type) throws IOException {
        return StripeJson.mapper().readValue(in.nextValueBytes(), type);
    }

    static MismatchedInputException unexpected(JsonInput in, String expected) {
        JsonToken found = in.peekTokenLeniently();
        return MismatchedInputException.from(
                null, (Class<?>) null, "expected " + expected + ", not " + found + " (" + in.location() + ")");
    }
}
