package dev.stripeslice.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stripeslice.runtime.pages.PageReads;
import dev.stripeslice.runtime.pages.StripeList;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming readers generated clients decode with read exactly what {@link StripeJson#mapper()} reads: the
 * records here have readers written the way the generator writes them, and every case compares the two.
 */
class RecordReaderTest {
    private static final ObjectMapper MAPPER = StripeJson.mapper();

    enum Color implements WireEnum {
        RED("red"),
        UNKNOWN(null);

        private final @Nullable String wireValue;

        Color(@Nullable String wireValue) {
            this.wireValue = wireValue;
        }

        @Override
        public String wireValue() {
            if (wireValue == null) {
                throw new IllegalStateException("no wire value");
            }
            return wireValue;
        }

        @Override
        public boolean isUnknown() {
            return wireValue == null;
        }

        static Color fromWireValue(String value) {
            return value.equals("red") ? RED : UNKNOWN;
        }
    }

    record Part(
            @JsonProperty("id") @Nullable String id,
            @JsonProperty("size") @Nullable Long size,
            JsonExtras extras) implements StripeObject {}

    record Thing(
            @JsonProperty("name") @Nullable String name,
            @JsonProperty("count") @Nullable Long count,
            @JsonProperty("amount") @Nullable BigDecimal amount,
            @JsonProperty("live") @Nullable Boolean live,
            @JsonProperty("color") @Nullable Color color,
            @JsonProperty("colors") @Nullable List<Color> colors,
            @JsonProperty("palette") @Nullable Map<String, List<Color>> palette,
            @JsonProperty("part") @Nullable Part part,
            @JsonProperty("parts") @Nullable List<Part> parts,
            @JsonProperty("owner") @Nullable Expandable<Part> owner,
            @JsonProperty("other") @Nullable Expandable<JsonNode> other,
            @JsonProperty("metadata") @Nullable Map<String, String> metadata,
            @JsonProperty("raw") @Nullable JsonNode raw,
            @JsonProperty("page") @Nullable StripeList<Part> page,
            JsonExtras extras)
            implements StripeObject {}

    private static final FieldNames PART_FIELDS = FieldNames.of("id", "size");
    private static final FieldNames THING_FIELDS = FieldNames.of(
            "name",
            "count",
            "amount",
            "live",
            "color",
            "colors",
            "palette",
            "part",
            "parts",
            "owner",
            "other",
            "metadata",
            "raw",
            "page");

    static Part readPart(JsonInput in) throws IOException {
        RecordReader r = RecordReader.start(in, Part.class, PART_FIELDS);
        while (r.nextField()) {
            switch (r.index()) {
                case 0 -> r.string(0);
                case 1 -> r.int64(1);
                default -> r.unknown();
            }
        }
        return new Part(r.get(0), r.get(1), r.extras());
    }

    static Thing readThing(JsonInput in) throws IOException {
        RecordReader r = RecordReader.start(in, Thing.class, THING_FIELDS);
        while (r.nextField()) {
            switch (r.index()) {
                case 0 -> r.string(0);
                case 1 -> r.int64(1);
                case 2 -> r.decimal(2);
                case 3 -> r.bool(3);
                case 4 -> r.wireEnum(4, Color::fromWireValue);
                case 5 -> r.enumsInside(5, JsonReads.listOf(r.enumValue(Color::fromWireValue)));
                case 6 -> r.enumsInside(6, JsonReads.mapOf(JsonReads.listOf(r.enumValue(Color::fromWireValue))));
                case 7 -> r.value(7, RecordReaderTest::readPart);
                case 8 -> r.value(8, JsonReads.listOf(RecordReaderTest::readPart));
                case 9 -> r.value(9, JsonReads.expandable(RecordReaderTest::readPart));
                case 10 -> r.value(10, JsonReads.expandable(JsonReads::tree));
                case 11 -> r.value(11, JsonReads.mapOf(JsonReads::string));
                case 12 -> r.value(12, JsonReads::tree);
                case 13 -> r.value(13, PageReads.listOf(RecordReaderTest::readPart));
                default -> r.unknown();
            }
        }
        return new Thing(
                r.get(0),
                r.get(1),
                r.get(2),
                r.get(3),
                r.get(4),
                r.get(5),
                r.get(6),
                r.get(7),
                r.get(8),
                r.get(9),
                r.get(10),
                r.get(11),
                r.get(12),
                r.get(13),
                r.extras());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}",
                "{\"name\": \"a\", \"count\": 5000000000, \"amount\": 1.50, \"live\": true, \"color\": \"red\"}",
                "{\"name\": null, \"count\": null, \"color\": null, \"colors\": null, \"part\": null, \"raw\": null}",
                "{\"color\": \"green\", \"colors\": [\"red\", \"blue\", null, \"teal\"]}",
                "{\"colors\": [\"red\"], \"palette\": {\"a\": [\"red\", \"mauve\"], \"b\": null, \"c\": []}}",
                "{\"part\": {\"id\": \"p_1\", \"size\": 3, \"extra\": [1, 2.0, {\"x\": null}]}}",
                "{\"parts\": [{\"id\": \"p_1\"}, null, {\"size\": 1}], \"owner\": \"p_2\", \"other\": \"o_1\"}",
                "{\"owner\": {\"id\": \"p_3\", \"size\": 7}, \"other\": {\"id\": \"o_2\", \"n\": 1.0E+2}}",
                "{\"metadata\": {\"k\": \"v\", \"n\": null}, \"raw\": [true, false, null, 123456789012345678901234]}",
                "{\"page\": {\"object\": \"list\", \"data\": [{\"id\": \"p_1\"}], \"has_more\": true, \"next\": 1}}",
                "{\"page\": {\"object\": \"list\", \"data\": [], \"has_more\": null, \"url\": null}}",
                "{\"name\": \"a\", \"name\": null, \"color\": \"mauve\", \"color\": \"red\", \"name\": \"b\"}",
                "{\"unknown\": {\"deep\": [\"x\", {\"y\": -0.0}]}, \"name\": \"\\u2028\", \"another\": null}",
                "{\"count\": \"12\", \"amount\": \"3.25\", \"live\": \"true\", \"name\": 42}",
                "{\"count\": 2.0, \"amount\": 7}",
            })
    void readsWhatTheMapperReads(String json) throws IOException {
        Thing expected = MAPPER.readValue(json, Thing.class);
        Thing streamed = JsonReads.read(json, RecordReaderTest::readThing);

        assertThat(streamed).isEqualTo(expected);
        assertThat(MAPPER.writeValueAsString(streamed)).isEqualTo(MAPPER.writeValueAsString(expected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"a\": 1, \"b\": [1.50, 1e3, -0.0, 5000000000, 123456789012345678901234], \"a\": {\"c\": null}}",
                "[\"x\", true, false, null, {}, []]",
                "\"text\"",
                "0.1",
            })
    void readsTreesAsTheMapperDoes(String json) throws IOException {
        assertThat(JsonReads.read(json, JsonReads::tree)).isEqualTo(MAPPER.readTree(json));
    }

    @Test
    void recordsReadOneAfterAnotherAtOneDepthCarryNothingOver() throws IOException {
        // Readers are reused per depth: each part and each thing must start clean, whatever the one before held.
        String json = "[{\"name\": \"big\", \"count\": null, \"extra\": 1, \"color\": \"mauve\","
                + " \"parts\": [{\"id\": \"p_1\", \"size\": null, \"x\": 1}, {\"size\": 2}]},"
                + " {\"live\": true, \"part\": {\"id\": \"p_2\"}}]";
        List<Thing> things = JsonReads.read(json, JsonReads.listOf(RecordReaderTest::readThing));

        assertThat(things).isEqualTo(MAPPER.readValue(json, new TypeReference<List<Thing>>() {}));
        Thing second = things.get(1);
        assertThat(second.name()).isNull();
        assertThat(second.extras().isEmpty()).isTrue();
        Part secondPart = things.get(0).parts().get(1);
        assertThat(secondPart.id()).isNull();
        assertThat(secondPart.extras().isEmpty()).isTrue();
    }

    @Test
    void aNullDocumentIsNullAndAnEmptyOneFails() throws IOException {
        assertThat(JsonReads.read("null", RecordReaderTest::readThing)).isNull();
        assertThatThrownBy(() -> JsonReads.read("", RecordReaderTest::readThing))
                .isInstanceOf(JsonMappingException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"part\": {\"size\": \"many\"}}",
                "{\"parts\": [{\"id\": \"p\"}, {\"size\": []}]}",
                "{\"colors\": \"red\"}",
                "{\"color\": 3}",
                "{\"owner\": 12}",
                "[]",
            })
    void failsWhereTheMapperFailsAndSaysWhere(String json) {
        JsonMappingException mapped =
                catchThrowableOfType(JsonMappingException.class, () -> MAPPER.readValue(json, Thing.class));
        JsonMappingException streamed = catchThrowableOfType(
                JsonMappingException.class, () -> JsonReads.read(json, RecordReaderTest::readThing));

        assertThat(mapped).isNotNull();
        assertThat(streamed).isNotNull();
        assertThat(streamed.getPathReference()).isEqualTo(mapped.getPathReference());
    }

    @Test
    void anExpandedObjectReadByAGeneratedReaderConvertsWithTheMapper() throws IOException {
        Thing thing = JsonReads.read("{\"other\": {\"id\": \"p_9\", \"size\": 4}}", RecordReaderTest::readThing);

        assertThat(thing.other().id()).isEqualTo("p_9");
        assertThat(thing.other().expandedAs(Part.class).size()).isEqualTo(4L);
    }
}
