package dev.stripeslice.runtime.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A cursor over one JSON document in UTF-8 bytes, read value by value by the {@link JsonReader}s that generated
 * clients decode responses with. It does what those readers need and no more: a record's field name is compared
 * with the one its {@link FieldNames} expect next and otherwise looked up there, other names come from a shared cache
 * of canonical strings (no allocation for the names Stripe sends), a string without escapes is copied straight from
 * the bytes, and an integer is parsed from its digits without a text buffer.
 *
 * <p>A reader is called with the cursor before the value it reads (whitespace may come first) and leaves it just
 * after that value. Malformed JSON fails with a {@link JsonParseException} that gives the byte offset.
 */
public final class JsonInput {
    /** As deep as Jackson's default limit: a hostile document cannot overflow the stack. */
    static final int MAX_DEPTH = 1000;

    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

    /** How deep {@link RecordReader}s are kept for reuse; deeper ones are made afresh. */
    private static final int POOLED_DEPTHS = 16;

    private final byte[] buf;
    private final int end;
    private int pos;
    private int depth;
    private final @Nullable RecordReader[] readers = new RecordReader[POOLED_DEPTHS];

    private @Nullable String unknownFieldName;
    /** The hash {@link #plainNameEnd()} computed, as {@link FieldNames#hash} does. */
    private int nameHash;

    /** The number {@link #peekToken()} scanned last, reused when the value is then read. */
    private int numberStart = -1;

    private int numberEnd;
    private boolean numberIsIntegral;
    private boolean numberIsLong;

    private JsonInput(byte[] buf) {
        this.buf = buf;
        this.end = buf.length;
    }

    /** How many objects and arrays enclose the cursor. */
    int depth() {
        return depth;
    }

    /** The record reader kept for objects at {@code depth}, if any. */
    @Nullable
    RecordReader pooledReader(int depth) {
        return depth < POOLED_DEPTHS ? readers[depth] : null;
    }

    void poolReader(int depth, RecordReader reader) {
        if (depth < POOLED_DEPTHS) {
            readers[depth] = reader;
        }
    }

    /** A cursor at the start of {@code json}. */
    public static JsonInput of(byte[] json) {
        return new JsonInput(json);
    }

    /** A cursor at the start of the UTF-8 encoding of {@code json}. */
    public static JsonInput of(String json) {
        return of(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The first byte of the next value, whitespace skipped; -1 at the end of the document. */
    public int peek() {
        int i = pos;
        if (i < end && buf[i] > ' ') {
            return buf[i];
        }
        while (i < end) {
            byte b = buf[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                pos = i;
                return b & 0xFF;
            }
            i++;
        }
        pos = i;
        return -1;
    }

    /** The kind of the next value, as Jackson names it; null at the end of the document. */
    public JsonToken peekToken() throws JsonParseException {
        int b = peek();
        switch (b) {
            case -1:
                return null;
            case '{':
                return JsonToken.START_OBJECT;
            case '[':
                return JsonToken.START_ARRAY;
            case '"':
                return JsonToken.VALUE_STRING;
            case 't':
                return JsonToken.VALUE_TRUE;
            case 'f':
                return JsonToken.VALUE_FALSE;
            case 'n':
                return JsonToken.VALUE_NULL;
            case '}':
                return JsonToken.END_OBJECT;
            case ']':
                return JsonToken.END_ARRAY;
            default:
                scanNumber();
                return numberIsIntegral ? JsonToken.VALUE_NUMBER_INT : JsonToken.VALUE_NUMBER_FLOAT;
        }
    }

    /** Like {@link #peekToken()}, null where that fails: for messages about a value already found wrong. */
    @Nullable
    JsonToken peekTokenLeniently() {
        try {
            return peekToken();
        } catch (JsonParseException e) {
            return null;
        }
    }

    /** Reads a JSON {@code null} if one comes next. */
    public boolean readNullIfPresent() throws JsonParseException {
        if (peek() != 'n') {
            return false;
        }
        if (!readWord(NULL)) {
            literal("null");
        }
        return true;
    }

    /** Reads {@code true} or {@code false}. */
    public boolean readBoolean() throws JsonParseException {
        int b = peek();
        if (b == 't') {
            if (!readWord(TRUE)) {
                literal("true");
            }
            return true;
        }
        if (b == 'f') {
            if (!readWord(FALSE)) {
                literal("false");
            }
            return false;
        }
        throw error("expected true or false");
    }

    /** Reads {@code word} if it comes next, as a whole value; false (the cursor unmoved) otherwise. */
    private boolean readWord(byte[] word) {
        int at = pos;
        int after = at + word.length;
        if (after > end) {
            return false;
        }
        for (int i = 0; i < word.length; i++) {
            if (buf[at + i] != word[i]) {
                return false;
            }
        }
        if (after < end && isIdentifierByte(buf[after])) {
            return false;
        }
        pos = after;
        return true;
    }

    /** Reads {@code word}, or fails saying what is wrong with it. */
    private void literal(String word) throws JsonParseException {
        int length = word.length();
        if (end - pos < length) {
            throw error("unexpected end of input in '" + word + "'");
        }
        for (int i = 0; i < length; i++) {
            if (buf[pos + i] != word.charAt(i)) {
                throw error("unrecognised token, expected '" + word + "'");
            }
        }
        pos += length;
        if (pos < end && isIdentifierByte(buf[pos])) {
            throw error("unrecognised token after '" + word + "'");
        }
    }

    private static boolean isIdentifierByte(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_' || b < 0;
    }

    // Objects and arrays

    /** Reads the brace that opens an object. */
    public void beginObject() throws JsonParseException {
        open('{', "an object");
    }

    /** Reads the bracket that opens an array. */
    public void beginArray() throws JsonParseException {
        open('[', "an array");
    }

    private void open(char bracket, String what) throws JsonParseException {
        if (peek() != bracket) {
            throw error("expected " + what);
        }
        if (++depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH + " levels");
        }
        pos++;
    }

    /**
     * Whether the object has another field: true with the cursor at its name, false after reading the closing
     * brace.
     *
     * @param first whether no field of this object has been read yet
     */
    public boolean hasNextField(boolean first) throws JsonParseException {
        return hasNext('}', first, "a field name");
    }

    /**
     * Whether the array has another element: true with the cursor before it, false after reading the closing
     * bracket.
     *
     * @param first whether no element of this array has been read yet
     */
    public boolean hasNextElement(boolean first) throws JsonParseException {
        return hasNext(']', first, "a value");
    }

    private boolean hasNext(char close, boolean first, String what) throws JsonParseException {
        int b = peek();
        if (b == close) {
            pos++;
            depth--;
            return false;
        }
        if (!first) {
            if (b != ',') {
                throw error(b == -1 ? "unexpected end of input" : "expected ',' or '" + close + "'");
            }
            pos++;
            b = peek();
        }
        if (b == -1) {
            throw error("unexpected end of input, expected " + what);
        }
        if (close == '}' && b != '"') {
            throw error("expected a field name in double quotes");
        }
        return true;
    }

    /**
     * Reads the field name and colon if they are exactly {@code quotedNameAndColon} (as compact JSON writes them).
     */
    boolean readFieldNameIf(byte[] quotedNameAndColon) {
        int at = pos;
        int length = quotedNameAndColon.length;
        if (end - at < length) {
            return false;
        }
        if (!Arrays.equals(buf, at, at + length, quotedNameAndColon, 0, length)) {
            return false;
        }
        pos = at + length;
        return true;
    }

    /**
     * Reads a field name and the colon after it, as the index of one of {@code names}; -1 for a name not among them
     * (then {@link #unknownFieldName()} is the name).
     */
    int readFieldIndex(FieldNames names) throws JsonParseException {
        int start = pos + 1;
        int close = plainNameEnd();
        if (close < 0) {
            String name = readString();
            colon();
            int index = names.indexOf(name);
            unknownFieldName = index < 0 ? name : null;
            return index;
        }
        pos = close + 1;
        colon();
        int index = names.indexOf(buf, start, close, nameHash);
        unknownFieldName = index < 0 ? FieldNameCache.name(buf, start, close, nameHash) : null;
        return index;
    }

    /**
     * Where the field name at the cursor ends (its closing quote), with {@link #nameHash} set; -1 when it has escapes
     * or control characters and must be read as a string.
     */
    private int plainNameEnd() throws JsonParseException {
        int hash = 0;
        for (int i = pos + 1; i < end; i++) {
            byte b = buf[i];
            if (b == '"') {
                nameHash = hash;
                return i;
            }
            if (b == '\\' || (b >= 0 && b < 0x20)) {
                return -1;
            }
            hash = hash * 31 + b;
        }
        throw errorAt(end, "unexpected end of input in a field name");
    }

    /** The name {@link #readFieldIndex} read last, when it was none of the names it was given. */
    @Nullable
    String unknownFieldName() {
        return unknownFieldName;
    }

    /** Reads a key of an object whose keys are data (metadata), and the colon after it. */
    public String readKey() throws JsonParseException {
        String key = readString();
        colon();
        return key;
    }

    /**
     * Reads a field name and the colon after it; the name is the shared canonical string when Stripe has sent it
     * before.
     */
    public String readFieldName() throws JsonParseException {
        int start = pos + 1;
        int close = plainNameEnd();
        if (close < 0) {
            String name = readString();
            colon();
            return name;
        }
        pos = close + 1;
        colon();
        return FieldNameCache.name(buf, start, close, nameHash);
    }

    private void colon() throws JsonParseException {
        if (peek() != ':') {
            throw error("expected ':' after a field name");
        }
        pos++;
    }

    // Strings

    /** Reads a string. */
    public String readString() throws JsonParseException {
        if (peek() != '"') {
            throw error("expected a string");
        }
        int start = pos + 1;
        for (int i = start; i < end; i++) {
            byte b = buf[i];
            if (b == '"') {
                pos = i + 1;
                return new String(buf, start, i - start, StandardCharsets.UTF_8);
            }
            if (b == '\\' || (b >= 0 && b < 0x20)) {
                return readEscapedString(start, i);
            }
        }
        throw errorAt(end, "unexpected end of input in a string");
    }

    private String readEscapedString(int start, int firstSpecial) throws JsonParseException {
        StringBuilder out = new StringBuilder(firstSpecial - start + 16);
        int run = start;
        int i = firstSpecial;
        while (i < end) {
            byte b = buf[i];
            if (b == '"') {
                out.append(new String(buf, run, i - run, StandardCharsets.UTF_8));
                pos = i + 1;
                return out.toString();
            }
            if (b >= 0 && b < 0x20) {
                pos = i;
                throw error("illegal unescaped control character in a string");
            }
            if (b != '\\') {
                i++;
                continue;
            }
            out.append(new String(buf, run, i - run, StandardCharsets.UTF_8));
            if (i + 1 >= end) {
                break;
            }
            byte escaped = buf[i + 1];
            i += 2;
            switch (escaped) {
                case '"', '\\', '/' -> out.append((char) escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append(hexChar(i));
                    i += 4;
                }
                default -> {
                    pos = i - 1;
                    throw error("unrecognised escape '\\" + (char) escaped + "' in a string");
                }
            }
            run = i;
        }
        pos = end;
        throw errorAt(end, "unexpected end of input in a string");
    }

    private char hexChar(int at) throws JsonParseException {
        int value = 0;
        for (int i = at; i < at + 4; i++) {
            int digit = i < end ? Character.digit(buf[i], 16) : -1;
            if (digit < 0) {
                pos = i;
                throw error("expected a hex digit in a \\u escape");
            }
            value = value << 4 | digit;
        }
        return (char) value;
    }

    // Numbers

    /**
     * Reads the next value if it is an integer of at most 18 digits, the form nearly every Stripe integer has; null
     * (the cursor unmoved) for anything else, which {@link #atLong()} and the other number methods then handle.
     */
    public @Nullable Long readSmallLong() {
        int i = pos;
        if (i < end && buf[i] == '-') {
            i++;
        }
        int start = i;
        long value = 0;
        while (i < end) {
            int digit = buf[i] - '0';
            if (digit < 0 || digit > 9) {
                break;
            }
            value = value * 10 + digit;
            i++;
        }
        int digits = i - start;
        if (digits == 0 || digits > 18 || (digits > 1 && buf[start] == '0')) {
            return null;
        }
        if (i < end) {
            byte after = buf[i];
            if (after == '.' || after == 'e' || after == 'E' || isIdentifierByte(after)) {
                return null;
            }
        }
        boolean negative = start > pos;
        pos = i;
        numberStart = -1;
        return negative ? -value : value;
    }

    /** Whether the next value is a number without a fraction or exponent that fits in a {@code long}. */
    public boolean atLong() throws JsonParseException {
        int b = peek();
        if (b != '-' && (b < '0' || b > '9')) {
            return false;
        }
        scanNumber();
        return numberIsLong;
    }

    /** Reads an integer that {@link #atLong()} said fits in a {@code long}. */
    public long readLong() throws JsonParseException {
        peek();
        Long small = readSmallLong();
        if (small != null) {
            return small;
        }
        scanNumber();
        long value = Long.parseLong(numberText());
        consumeNumber();
        return value;
    }

    /** Reads any number, digit for digit. */
    public BigDecimal readBigDecimal() throws JsonParseException {
        scanNumber();
        BigDecimal value = new BigDecimal(numberText());
        consumeNumber();
        return value;
    }

    /** Reads an integer too large for a {@code long}. */
    public BigInteger readBigInteger() throws JsonParseException {
        scanNumber();
        BigInteger value = new BigInteger(numberText());
        consumeNumber();
        return value;
    }

    private String numberText() {
        return new String(buf, numberStart, numberEnd - numberStart, StandardCharsets.ISO_8859_1);
    }

    private void consumeNumber() {
        pos = numberEnd;
        numberStart = -1;
    }

    /** Finds the extent of the number at the cursor (validating it) without moving the cursor. */
    private void scanNumber() throws JsonParseException {
        if (numberStart == pos) {
            return;
        }
        int i = pos;
        if (i < end && buf[i] == '-') {
            i++;
        }
        int digits = i;
        while (i < end && isDigit(buf[i])) {
            i++;
        }
        if (i == digits) {
            throw errorAt(i, digits > pos ? "expected a digit after '-'" : "expected a value");
        }
        if (buf[digits] == '0' && i - digits > 1) {
            throw errorAt(digits, "leading zeroes are not allowed in a number");
        }
        boolean integral = true;
        if (i < end && buf[i] == '.') {
            integral = false;
            int fraction = ++i;
            while (i < end && isDigit(buf[i])) {
                i++;
            }
            if (i == fraction) {
                throw errorAt(i, "expected a digit after the decimal point");
            }
        }
        if (i < end && (buf[i] == 'e' || buf[i] == 'E')) {
            integral = false;
            i++;
            if (i < end && (buf[i] == '+' || buf[i] == '-')) {
                i++;
            }
            int exponent = i;
            while (i < end && isDigit(buf[i])) {
                i++;
            }
            if (i == exponent) {
                throw errorAt(i, "expected a digit in the exponent");
            }
        }
        if (i < end && isIdentifierByte(buf[i])) {
            throw errorAt(i, "unexpected character after a number");
        }
        numberStart = pos;
        numberEnd = i;
        numberIsIntegral = integral;
        numberIsLong = integral && (i - digits <= 18 || fitsLong());
    }

    private boolean fitsLong() {
        try {
            Long.parseLong(numberText());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    // Whole values

    /** Skips the next value, whatever it is. */
    public void skipValue() throws JsonParseException {
        JsonToken token = peekToken();
        if (token == null) {
            throw error("unexpected end of input, expected a value");
        }
        switch (token) {
            case START_OBJECT -> {
                beginObject();
                for (boolean first = true; hasNextField(first); first = false) {
                    readFieldName();
                    skipValue();
                }
            }
            case START_ARRAY -> {
                beginArray();
                for (boolean first = true; hasNextElement(first); first = false) {
                    skipValue();
                }
            }
            case VALUE_STRING -> skipString();
            case VALUE_TRUE, VALUE_FALSE -> readBoolean();
            case VALUE_NULL -> literal("null");
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> consumeNumber();
            default -> throw error("expected a value");
        }
    }

    private void skipString() throws JsonParseException {
        for (int i = pos + 1; i < end; i++) {
            byte b = buf[i];
            if (b == '"') {
                pos = i + 1;
                return;
            }
            if (b == '\\' || (b >= 0 && b < 0x20)) {
                readString();
                return;
            }
        }
        throw errorAt(end, "unexpected end of input in a string");
    }

    /**
     * The text of the {@code object} field of the object that comes next, without moving the cursor; empty when it
     * has none, or the value is not an object. What a union picks its member by.
     */
    public String peekObjectField() throws JsonParseException {
        if (peek() != '{') {
            return "";
        }
        int start = pos;
        int startDepth = depth;
        try {
            beginObject();
            for (boolean first = true; hasNextField(first); first = false) {
                if (readFieldName().equals("object") && peek() == '"') {
                    return readString();
                }
                skipValue();
            }
            return "";
        } finally {
            pos = start;
            depth = startDepth;
            numberStart = -1;
        }
    }

    /** The bytes of the next value, skipped: for the mapper to decode a value in a form the readers leave to it. */
    byte[] nextValueBytes() throws JsonParseException {
        peek();
        int start = pos;
        skipValue();
        return Arrays.copyOfRange(buf, start, pos);
    }

    /** Where the cursor is, for messages: the byte offset of the next value. */
    String location() {
        peek();
        return "at byte " + pos;
    }

    JsonParseException error(String message) {
        return errorAt(pos, message);
    }

    private JsonParseException errorAt(int at, String message) {
        String found = at < end ? describe(buf[at]) : "end of input";
        return new JsonParseException((JsonParser) null, message + ", found " + found + " at byte " + at);
    }

    private static String describe(byte b) {
        return b >= 0x20 && b < 0x7F ? "'" + (char) b + "'" : String.format("byte 0x%02X", b & 0xFF);
    }
}
