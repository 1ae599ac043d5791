package dev.stripeslice.runtime.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON object into a {@link StripeObject} record, for generated readers: the reader walks the fields with
 * {@link #nextField()}, switches on {@link #index()} (the property's index in the record's {@link FieldNames}), reads
 * each declared property with the method for its type and hands every other field to {@link #unknown()}, then
 * builds the record from {@link #get} and {@link #extras()}. What the record cannot hold in its typed fields (unknown fields, explicit nulls, enum values
 * this client does not know) is collected for {@link #extras()}, as {@link StripeJson#mapper()} does.
 *
 * <p>The values are held here rather than in the generated method's locals: a record of eighty properties would
 * otherwise need eighty locals live across the loop, more than HotSpot's C1 compiler allocates registers for.
 *
 * <p>A {@link JsonInput} keeps one reader per nesting depth and {@link #start} hands it out again for the next
 * object at that depth, cleared: a record's reader is done with once the record is built, before any other object
 * at its depth begins (nested objects are deeper), so a document of many records allocates a few readers.
 */
public final class RecordReader {
    /** What {@link #index()} is for a field the record does not declare. */
    public static final int UNKNOWN = -1;

    private final JsonInput in;
    private Class<?> type;
    private FieldNames names;
    /**
     * Two bit sets over the property indexes, {@link #words} longs each: which properties were read (a later
     * duplicate replaces what an earlier one recorded), then which of them were JSON null (explicit nulls, for the
     * extras). May be longer than that, from an earlier, larger record.
     */
    private long[] bits;

    private int words;

    /** The values by property index; may be longer than this record's properties. */
    private @Nullable Object[] values;

    /** The index of the field being read, or {@link #UNKNOWN}. */
    private int index = UNKNOWN;
    /** The name of the field being read, when it is {@link #UNKNOWN}. */
    private @Nullable String unknownName;
    /** The index the next field most likely has: the one after the last declared field read. */
    private int expected;

    private boolean first = true;

    private JsonExtras.@Nullable Builder extras;
    /** The raw text of unknown enum values met inside the container being read by {@link #enumsInside}. */
    private @Nullable List<String> unknownEnumValues;

    private RecordReader(JsonInput in, Class<?> type, FieldNames names) {
        this.in = in;
        this.type = type;
        this.names = names;
        this.words = (names.size() + 63) >>> 6;
        this.bits = new long[2 * words];
        this.values = new Object[names.size()];
    }

    /**
     * Starts reading the object that comes next in {@code in}.
     *
     * @param type the record, for error paths
     * @param names the wire names of the record's properties, in component order
     */
    public static RecordReader start(JsonInput in, Class<?> type, FieldNames names) throws IOException {
        if (in.peek() != '{') {
            throw JsonReads.unexpected(in, "an object for " + type.getSimpleName());
        }
        in.beginObject();
        int depth = in.depth();
        RecordReader reader = in.pooledReader(depth);
        if (reader == null) {
            reader = new RecordReader(in, type, names);
            in.poolReader(depth, reader);
        } else {
            reader.reset(type, names);
        }
        return reader;
    }

    /** Clears what the last record left, for a record of {@code names}. */
    private void reset(Class<?> type, FieldNames names) {
        this.type = type;
        this.names = names;
        int size = names.size();
        if (values.length < size) {
            values = new Object[size];
        } else {
            Arrays.fill(values, 0, size, null);
        }
        words = (size + 63) >>> 6;
        if (bits.length < 2 * words) {
            bits = new long[2 * words];
        } else {
            Arrays.fill(bits, 0, 2 * words, 0L);
        }
        index = UNKNOWN;
        unknownName = null;
        expected = 0;
        first = true;
        extras = null;
        unknownEnumValues = null;
    }

    /** Reads the next field's name, leaving the input before its value; false after the end of the object. */
    public boolean nextField() throws IOException {
        if (!in.hasNextField(first)) {
            return false;
        }
        first = false;
        if (expected < names.size() && in.readFieldNameIf(names.quoted(expected))) {
            index = expected++;
            return true;
        }
        index = in.readFieldIndex(names);
        if (index == UNKNOWN) {
            unknownName = in.unknownFieldName();
        } else {
            expected = index + 1;
        }
        return true;
    }

    /** The index of the field {@link #nextField()} read among the record's names, or {@link #UNKNOWN}. */
    public int index() {
        return index;
    }

    /** The name of the field being read. */
    private String field() {
        return index == UNKNOWN ? unknownName : names.name(index);
    }

    public void string(int index) throws IOException {
        values[index] = !known(index) ? null : in.peek() == '"' ? in.readString() : read(JsonReads::string);
    }

    public void int64(int index) throws IOException {
        if (!known(index)) {
            values[index] = null;
            return;
        }
        Long value = in.readSmallLong(); // after known(), the input is at the value
        values[index] = value != null ? value : read(JsonReads::int64);
    }

    public void decimal(int index) throws IOException {
        value(index, JsonReads::decimal);
    }

    public void bool(int index) throws IOException {
        int next = in.peek();
        values[index] =
                !known(index) ? null : next == 't' || next == 'f' ? (Boolean) in.readBoolean() : read(JsonReads::bool);
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
        if (in.peek() != '"') {
            throw withPath(JsonReads.unexpected(in, "a string"));
        }
        String text = in.readString();
        E value = fromWireValue.apply(text);
        if (value.isUnknown()) {
            builder().rawValue(field(), TextNode.valueOf(text), value);
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
        String name = field();
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
        return input -> {
            if (input.peek() != '"') {
                throw JsonReads.unexpected(input, "a string");
            }
            String text = input.readString();
            E value = fromWireValue.apply(text);
            if (value.isUnknown()) {
                if (unknownEnumValues == null) {
                    unknownEnumValues = new ArrayList<>(2);
                }
                unknownEnumValues.add(text);
            }
            return value;
        };
    }

    /** A field the record does not declare: kept whole in the extras. */
    public void unknown() throws IOException {
        try {
            builder().unknownField(field(), JsonReads.tree(in));
        } catch (JsonMappingException | RuntimeException e) {
            throw withPath(e);
        }
    }

    /** What the record keeps besides its typed fields; call once, after the last field. */
    public JsonExtras extras() {
        String @Nullable [] explicitNulls = explicitNulls();
        if (extras == null) {
            return explicitNulls == null ? JsonExtras.empty() : JsonExtras.withExplicitNulls(explicitNulls);
        }
        if (explicitNulls != null) {
            extras.explicitNulls(explicitNulls);
        }
        return extras.build();
    }

    /** The names of the properties whose (last) value was JSON null, in component order; null if none. */
    private String @Nullable [] explicitNulls() {
        int count = 0;
        for (int word = words; word < 2 * words; word++) {
            count += Long.bitCount(bits[word]);
        }
        if (count == 0) {
            return null;
        }
        String[] explicitNulls = new String[count];
        int next = 0;
        for (int word = 0; word < words; word++) {
            for (long nulls = bits[words + word]; nulls != 0; nulls &= nulls - 1) {
                explicitNulls[next++] = names.name(word * 64 + Long.numberOfTrailingZeros(nulls));
            }
        }
        return explicitNulls;
    }

    /**
     * Marks the property as read; false (and the property marked as an explicit null) when its value is JSON null.
     */
    private boolean known(int index) throws IOException {
        long bit = 1L << index;
        int word = index >>> 6;
        if ((bits[word] & bit) != 0) {
            bits[words + word] &= ~bit;
            if (extras != null) {
                extras.replaced(field());
            }
        }
        bits[word] |= bit;
        if (in.readNullIfPresent()) {
            bits[words + word] |= bit;
            return false;
        }
        return true;
    }

    private <T> T read(JsonReader<T> reader) throws IOException {
        try {
            return reader.read(in);
        } catch (JsonMappingException | RuntimeException e) {
            throw withPath(e);
        }
    }

    private JsonMappingException withPath(Throwable e) {
        return JsonMappingException.wrapWithPath(e, type, field());
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
