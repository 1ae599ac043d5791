package dev.stripeslice.generator.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stripeslice.generator.Problem;
import dev.stripeslice.generator.SpecException;
import dev.stripeslice.generator.model.ModelBuilder;
import dev.stripeslice.generator.name.Namer;
import dev.stripeslice.generator.select.SectionSelector;
import dev.stripeslice.generator.spec.LoadedSpec;
import dev.stripeslice.generator.spec.SpecLoader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the parser refuses is a located error like any other: duplicate keys (JSON and YAML alike), and each of the
 * parser's limits, named with what to do. Schema nesting gets the model's own located errors at every depth the
 * parser accepts.
 */
class SpecParserLimitsTest {
    /** The length of each comment line of the over-long YAML spec. */
    private static final int LINE = 1024;

    private static final String HEAD = "{\"openapi\": \"3.0.0\", \"info\": {\"title\": \"t\", \"version\": \"v\"}, ";

    @Test
    void duplicateKeysAreLocatedErrorsInJsonAsInYaml() {
        Problem json = problem("{\"openapi\": \"3.0.0\", \"info\": {\"title\": \"a\",\n \"title\": \"b\"}}", false);
        assertThat(json.code()).isEqualTo("SS008");
        assertThat(json.pointer()).isEqualTo("/info/title");
        assertThat(json.message()).contains("line 2, column").contains("'title'");

        Problem yaml = problem("openapi: 3.0.0\ninfo:\n  title: a\n  title: b\n", true);
        assertThat(yaml.code()).isEqualTo("SS008");
        assertThat(yaml.pointer()).isEqualTo("/info/title");
        assertThat(yaml.message()).contains("line 4");
    }

    @Test
    void aStringOverTheParsersLimitIsNamedWithItsPointer() {
        String spec = HEAD + "\"paths\": {}, \"x-note\": \"" + "a".repeat(20_000_001) + "\"}";
        Problem problem = problem(spec, false);
        assertThat(problem.code()).isEqualTo("SS007");
        assertThat(problem.pointer()).isEqualTo("/x-note");
        assertThat(problem.message()).contains("String value length").contains("20000000");
        assertThat(problem.hint()).contains("20,000,000 characters");
    }

    @Test
    void aNameOverTheParsersLimitIsNamedWithItsPointer() {
        Problem problem = problem(HEAD + "\"paths\": {\"" + "p".repeat(50_001) + "\": {}}}", false);
        assertThat(problem.code()).isEqualTo("SS007");
        assertThat(problem.pointer()).isEqualTo("/paths");
        assertThat(problem.message()).contains("Name length").contains("50000");
    }

    /**
     * A YAML spec past SnakeYAML's cap of 64 Mi code points is the parser's limit, named with what to do. The spec is
     * streamed, so that the test holds none of it in memory: its head, 64 Mi of comment lines of 1 KiB (one long line
     * would make the scanner buffer all of it), and a last key, because the scanner checks the cap when it looks for
     * a token, not while it skips comments.
     */
    @Test
    void aYamlSpecLongerThanTheCodePointLimitIsItsLocatedLimit() {
        byte[] head = "openapi: 3.0.0\ninfo: {title: t, version: v}\npaths: {}\n".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "x-after-the-comments: 1\n".getBytes(StandardCharsets.UTF_8);
        long comments = 64L * 1024 * 1024;
        long length = head.length + comments + tail.length;
        InputStream spec = new InputStream() {
            private long position;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] buffer, int offset, int wanted) {
                if (position >= length) {
                    return -1;
                }
                int count = (int) Math.min(wanted, length - position);
                for (int i = 0; i < count; i++) {
                    long at = position + i;
                    long inComments = at - head.length;
                    buffer[offset + i] = inComments < 0
                            ? head[(int) at]
                            : inComments < comments
                                    ? commentByte(inComments % LINE)
                                    : tail[(int) (inComments - comments)];
                }
                position += count;
                return count;
            }
        };
        assertThatThrownBy(() -> new SpecLoader().parse(spec, "long.yaml", true))
                .isInstanceOfSatisfying(SpecException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    Problem problem = e.problems().get(0);
                    assertThat(problem.code()).isEqualTo("SS007");
                    assertThat(problem.file()).isEqualTo("long.yaml");
                    assertThat(problem.message()).contains("longer than the parser's limit of 67108864 code points");
                    assertThat(problem.hint()).contains("convert it to JSON");
                });
    }

    private static byte commentByte(long column) {
        return (byte) (column == 0 ? '#' : column == LINE - 1 ? '\n' : 'x');
    }

    /** Inline objects nested N levels: the model refuses with a pointer into the nesting (SS031 or SS032). */
    @ParameterizedTest(name = "{0} levels")
    @ValueSource(ints = {60, 120, 247, 248, 300, 400, 490})
    void deepSchemasGetTheModelsLocatedErrorAtEveryDepthTheParserTakes(int levels) throws Exception {
        assertThatThrownBy(() -> generateNested(levels))
                .isInstanceOfSatisfying(
                        SpecException.class,
                        e -> assertThat(e.problems())
                                .as(e.getMessage())
                                .isNotEmpty()
                                .allSatisfy(problem -> {
                                    assertThat(problem.code()).isIn("SS031", "SS032");
                                    assertThat(problem.pointer())
                                            .startsWith("/components/schemas/widget/properties/n/properties/n");
                                }));
    }

    /** Past the parser's 1,000 levels of JSON the parser's limit is the located error, with the pointer it reached. */
    @Test
    void jsonDeeperThanTheParserTakesIsItsLocatedLimit() {
        assertThatThrownBy(() -> generateNested(600)).isInstanceOfSatisfying(SpecException.class, e -> {
            Problem problem = e.problems().get(0);
            assertThat(problem.code()).isEqualTo("SS007");
            assertThat(problem.pointer()).startsWith("/components/schemas/widget/properties/n/properties/n");
            assertThat(problem.message()).contains("nesting depth").contains("1000");
        });
    }

    private static void generateNested(int levels) throws Exception {
        StringBuilder schema = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            schema.append("{\"type\": \"object\", \"properties\": {\"n\": ");
        }
        schema.append("{\"type\": \"string\"}");
        schema.append("}}".repeat(levels));
        String spec = HEAD + "\"paths\": {}, \"components\": {\"schemas\": {\"widget\": {\"type\": \"object\", "
                + "\"x-resourceId\": \"widget\", \"properties\": {\"n\": " + schema + "}}}}}";
        LoadedSpec loaded = new SpecLoader()
                .parse(new ByteArrayInputStream(spec.getBytes(StandardCharsets.UTF_8)), "nested.json", false);
        Namer.name(ModelBuilder.build(new SectionSelector(false).select(loaded, List.of("widget"))));
    }

    private static Problem problem(String spec, boolean yaml) {
        try {
            new SpecLoader()
                    .parse(new ByteArrayInputStream(spec.getBytes(StandardCharsets.UTF_8)), "limits.json", yaml);
        } catch (SpecException e) {
            assertThat(e.problems()).hasSize(1);
            Problem problem = e.problems().get(0);
            assertThat(problem.file()).isEqualTo("limits.json");
            assertThat(problem.hint()).isNotBlank();
            return problem;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("the spec parsed");
    }
}
