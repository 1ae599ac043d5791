package dev.stripeslice.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON object into a {@link StripeObject} record, for generated readers: the reader walks the fields with
 * {@link #nextField()}, reads each declared property with the method for its type (by the property's index in the
 * record) and hands every other field to {@link #unknown()}, then builds the record from {@link #get} and
 * {@link #extras()}. What the record cannot hold in its typed fields (unknown fields, explicit nulls, enum values
 * this client does not know) is collected for {@link #extras()}, as {@link StripeJson#mapper()} does.
 *
 * <p>The values are held here rather than in the generated method's locals: a record of eighty properties would
 * otherwise need eighty locals live across the loop, more than HotSpot's C1 compiler allocates registers for.
 */
public final class RecordReader {
    private final JsonParser p;
    private final Class<?> type;
    /** Which properties were read, by index: a later duplicate replaces what an earlier one recorded. */
    private final long[] seen;

    private final @Nullable Object[] values;

    /** The name of the field being read. */
    private @Nullable String field;

    private JsonExtras.@Nullable Builder extras;
    /** The raw text of unknown enum values met inside the container being read by {@link #enumsInside}. */
    private @Nullable List<String> unknownEnumValues;

    private RecordReader(JsonParser p, Class<?> type, int propertyCount) {
        this.p = p;
        this.type = type;
        this.seen = new long[(propertyCount + 63) >>> 6];
        this.values = new Object[propertyCount];
    }

    /**
     * Starts reading the object {@code p} is at.
     *
     * @param type the record, for error paths
     * @param propertyCount the number of declared properties
     */
    public static RecordReader start(JsonParser p, Class<?> type, int propertyCount) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw JsonReads.unexpected(p, "an object for " + type.getSimpleName());
        }
        return new RecordReader(p, type, propertyCount);
    }

    /** The next field's name, with the parser at its value; null at the end of the object. */
    public @Nullable String nextField() throws IOException {
        if (p.nextToken() != JsonToken.FIELD_NAME) {
            return null;
        }
        field = p.currentName();
        p.nextToken();
        return field;
    }

    public void string(int index) throws IOException {
        value(index, JsonReads::string);
    }

    public void int64(int index) throws IOException {
        value(index, JsonReads::int64);
    }

    public void decimal(int index) throws IOException {
        value(index, JsonReads::decimal);
    }

    public void bool(int index) throws IOException {
        value(index, JsonReads::bool);
    }

    /** A declared property of any other type, read by {@code reader}. */
    public void value(int index, JsonReader<?> reader) throws IOException {
        values[index] = known(index) ? read(reader) : null;
    }

    /**
     * The value read for the property at {@code index}, as the type the record declares; null if absent or JSON
     * null.
     */
    @SuppressWarnings("unchecked") // the generated reader read it with the reader for that type
    public <T> @Nullable T get(int index) {
        return (T) values[index];
    }

    /** A property holding one value of a generated enum; an unknown value's raw text is kept in the extras. */
    public <E extends WireEnum> void wireEnum(int index, Function<String, E> fromWireValue) throws IOException {
        values[index] = null;
        if (!known(index)) {
            return;
        }
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw withPath(JsonReads.unexpected(p, "a string"));
        }
        String text = p.getText();
        E value = fromWireValue.apply(text);
        if (value.isUnknown()) {
            builder().rawValue(field, TextNode.valueOf(text), value);
        }
        values[index] = value;
    }

    /**
     * A property holding a list or map of generated enums, read by {@code reader}, whose enum values are read by
     * {@link #enumValue}: if some value is unknown, the raw JSON is kept in the extras.
     */
    public void enumsInside(int index, JsonReader<?> reader) throws IOException {
        values[index] = null;
        if (!known(index)) {
            return;
        }
        String name = field;
        unknownEnumValues = null;
        Object value = read(reader);
        List<String> unknown = unknownEnumValues;
        unknownEnumValues = null;
        if (unknown != null) {
            builder().rawValue(name, WireEnumCodec.rebuild(value, unknown.iterator()), value);
        }
        values[index] = value;
    }

    /** The reader of enum values inside {@link #enumsInside}, remembering the text of unknown ones. */
    public <E extends WireEnum> JsonReader<E> enumValue(Function<String, E> fromWireValue) {
        return parser -> {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw JsonReads.unexpected(parser, "a string");
            }
            E value = fromWireValue.apply(parser.getText());
            if (value.isUnknown()) {
                if (unknownEnumValues == null) {
                    unknownEnumValues = new ArrayList<>(2);
                }
                unknownEnumValues.add(parser.getText());
            }
            return value;
        };
    }

    /** A field the record does not declare: kept whole in the extras. */
    public void unknown() throws IOException {
        try {
            builder().unknownField(field, JsonReads.tree(p));
        } catch (JsonMappingException | RuntimeException e) {
            throw withPath(e);
        }
    }

    /** What the record keeps besides its typed fields; call once, after the last field. */
    public JsonExtras extras() {
        return extras == null ? JsonExtras.empty() : extras.build();
    }

    /**
     * Marks the property as read; false (and the name kept as an explicit null) when its value is JSON null.
     */
    private boolean known(int index) {
        long bit = 1L << index;
        int word = index >>> 6;
        if ((seen[word] & bit) != 0) {
            builder().replaced(field);
        }
        seen[word] |= bit;
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            builder().explicitNull(field);
            return false;
        }
        return true;
    }

    private <T> T read(JsonReader<T> reader) throws IOException {
        try {
            return reader.read(p);
        } catch (JsonMappingException | RuntimeException e) {
            throw withPath(e);
        }
    }

    private JsonMappingException withPath(Throwable e) {
        return JsonMappingException.wrapWithPath(e, type, field);
    }

    private JsonExtras.Builder builder() {
        JsonExtras.Builder builder = extras;
        if (builder == null) {
            builder = JsonExtras.builder();
            extras = builder;
        }
        return builder;
    }
}
