package dev.stripeslice.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The byte-level cursor generated readers decode with: what it accepts, what it refuses, and where it says. */
class JsonInputTest {
    private static final ObjectMapper MAPPER = StripeJson.mapper();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{ \"name\" : \"a\" ,\n\t\"count\":1 ,\r\n \"live\" :true}",
                "{\n  \"part\": {\n    \"id\": \"p_1\",\n    \"size\": 3\n  },\n  \"parts\": [ ]\n}",
                "  {\"metadata\":{ \"k\" : \"v\" }, \"raw\" : [ 1 , { } , null ] }  ",
            })
    void readsPrettyPrintedJsonAsTheMapperDoes(String json) throws IOException {
        RecordReaderTest.Thing expected = MAPPER.readValue(json, RecordReaderTest.Thing.class);

        assertThat(JsonReads.read(json, RecordReaderTest::readThing)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\"",
                "\"caf\u00e9 \ud83d\ude00 \u2028\"",
                "\"\"",
                "{\"na\\u006de\": \"escaped name\", \"\u00fcber\": 1}",
                "[9223372036854775807, -9223372036854775808, 9223372036854775808, -0, 0.5e-3, 1E+400]",
            })
    void readsStringsEscapesAndNumbersAsTheMapperDoes(String json) throws IOException {
        assertThat(JsonReads.read(json, JsonReads::tree)).isEqualTo(MAPPER.readTree(json));
    }

    @Test
    void anEscapedFieldNameIsStillTheDeclaredProperty() throws IOException {
        RecordReaderTest.Thing thing =
                JsonReads.read("{\"na\\u006de\": \"x\", \"c\\u006funt\": 2}", RecordReaderTest::readThing);

        assertThat(thing.name()).isEqualTo("x");
        assertThat(thing.count()).isEqualTo(2L);
        assertThat(thing.extras().isEmpty()).isTrue();
    }

    @Test
    void fieldsInAnyOrderAndUnknownOnesBetweenThemAreRead() throws IOException {
        String json =
                "{\"raw\": 1, \"zzz\": 2, \"name\": \"n\", \"count\": 3, \"aaa\": [], \"live\": false, \"name\": \"m\"}";

        assertThat(JsonReads.read(json, RecordReaderTest::readThing))
                .isEqualTo(MAPPER.readValue(json, RecordReaderTest.Thing.class));
    }

    static Stream<Arguments> malformedDocuments() {
        return Stream.of(
                arguments("{\"a\" 1}", "expected ':' after a field name, found '1' at byte 5"),
                arguments("{\"a\":1,}", "expected a field name in double quotes, found '}' at byte 7"),
                arguments("{\"a\":1 \"b\":2}", "expected ',' or '}', found '\"' at byte 7"),
                arguments("[1 2]", "expected ',' or ']', found '2' at byte 3"),
                arguments("{\"a\":tru}", "unrecognised token, expected 'true', found 't' at byte 5"),
                arguments("{\"a\":nulls}", "unrecognised token after 'null', found 's' at byte 9"),
                arguments("\"abc", "unexpected end of input in a string, found end of input at byte 4"),
                arguments("\"a\\qb\"", "unrecognised escape '\\q' in a string, found 'q' at byte 3"),
                arguments("\"\\u12\"", "expected a hex digit in a \\u escape, found '\"' at byte 5"),
                arguments("01", "leading zeroes are not allowed in a number, found '0' at byte 0"),
                arguments("1.", "expected a digit after the decimal point, found end of input at byte 2"),
                arguments("-", "expected a digit after '-', found end of input at byte 1"),
                arguments("{\"a\":1", "unexpected end of input, found end of input at byte 6"),
                arguments("[,1]", "expected a value, found ',' at byte 1"));
    }

    @ParameterizedTest
    @MethodSource("malformedDocuments")
    void malformedJsonFailsSayingWhatAndAtWhichByte(String json, String message) {
        assertThatThrownBy(() -> JsonReads.read(json, JsonReads::tree))
                .isInstanceOf(JsonParseException.class)
                .hasMessage(message);
    }

    @Test
    void aControlCharacterInAStringIsRefused() {
        assertThatThrownBy(() -> JsonReads.read("\"a\u0001b\"", JsonReads::tree))
                .isInstanceOf(JsonParseException.class)
                .hasMessageContaining("illegal unescaped control character in a string")
                .hasMessageContaining("at byte 2");
    }

    @Test
    void nestingDeeperThanTheLimitFailsInsteadOfOverflowingTheStack() throws IOException {
        String ok = "[".repeat(JsonInput.MAX_DEPTH) + "]".repeat(JsonInput.MAX_DEPTH);
        assertThat(JsonReads.read(ok, JsonReads::tree)).isNotNull();

        String deep = "[".repeat(JsonInput.MAX_DEPTH + 1) + "]".repeat(JsonInput.MAX_DEPTH + 1);
        assertThatThrownBy(() -> JsonReads.read(deep, JsonReads::tree))
                .isInstanceOf(JsonParseException.class)
                .hasMessageStartingWith("nesting deeper than 1000 levels");
        String deepInARecord = "{\"raw\":" + deep + "}";
        assertThatThrownBy(() -> JsonReads.read(deepInARecord, RecordReaderTest::readThing))
                .isInstanceOf(JsonParseException.class);
    }

    @Test
    void aUnionLooksAheadForItsObjectFieldWithoutMovingTheCursor() throws IOException {
        JsonInput in =
                JsonInput.of("{\"id\": \"x\", \"nested\": {\"object\": \"inner\"}, \"object\": \"outer\", \"n\": 1}");

        assertThat(JsonReads.objectValue(in)).isEqualTo("outer");
        JsonNode tree = JsonReads.tree(in);
        assertThat(tree.get("n").intValue()).isEqualTo(1);
        assertThat(JsonReads.objectValue(JsonInput.of("{\"id\": \"x\"}"))).isEmpty();
    }

    @Test
    void fieldNamesStayCorrectOnceTheCacheIsFull() throws IOException {
        List<String> names = new ArrayList<>();
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 6000; i++) {
            String name = "key_" + i;
            names.add(name);
            json.append(i == 0 ? "" : ",")
                    .append('"')
                    .append(name)
                    .append("\":")
                    .append(i);
        }
        byte[] bytes = json.append('}').toString().getBytes(StandardCharsets.UTF_8);

        for (int round = 0; round < 2; round++) {
            JsonNode tree = JsonReads.read(bytes, JsonReads::tree);
            assertThat(tree.size()).isEqualTo(names.size());
            assertThat(tree.fieldNames()).toIterable().containsExactlyElementsOf(names);
        }
    }
}
