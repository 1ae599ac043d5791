package dev.stripeslice.generator.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stripeslice.generator.GenerationRequest;
import dev.stripeslice.generator.Generator;
import dev.stripeslice.generator.InProcessCompiler;
import dev.stripeslice.generator.Problem;
import dev.stripeslice.generator.SpecException;
import dev.stripeslice.generator.emit.GeneratedFile;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every spec of the hostile corpus ({@code src/test/resources/hostile}, outcomes in {@code cases.json}): broken
 * specs must fail with the recorded code and JSON pointer, naming the file; hostile but valid ones must generate
 * code that compiles without a diagnostic, keeps spec text inside comments and string literals, and round-trips
 * hostile wire values and names exactly.
 */
class HostileSpecCorpusTest {
    static final String DEFAULT_PACKAGE = "com.example.hostile";

    @TempDir
    Path temp;

    static Stream<Arguments> cases() throws IOException {
        JsonNode cases;
        try (InputStream in = HostileSpecCorpusTest.class.getResourceAsStream("/hostile/cases.json")) {
            cases = new ObjectMapper().readTree(in);
        }
        List<Arguments> arguments = new ArrayList<>();
        cases.forEach(c -> arguments.add(Arguments.of(c.get("file").asText(), c)));
        return arguments.stream();
    }

    static Path resource(String file) {
        URL url = HostileSpecCorpusTest.class.getResource("/hostile/" + file);
        assertThat(url).as("corpus file %s", file).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static GenerationRequest request(String file, JsonNode c, Path output) {
        List<String> resources = new ArrayList<>();
        c.path("resources").forEach(r -> resources.add(r.asText()));
        if (resources.isEmpty()) {
            resources.add("widget");
        }
        return new GenerationRequest(
                resource(file),
                "hostile/" + file,
                resources,
                c.path("basePackage").asText(DEFAULT_PACKAGE),
                output,
                c.path("allowUnresolvedRefs").asBoolean(false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void corpusCase(String file, JsonNode c) throws Exception {
        GenerationRequest request = request(file, c, temp.resolve("out"));
        if (c.get("expect").asText().equals("error")) {
            expectError(request, c);
        } else {
            expectCompiles(request, c);
        }
    }

    private static void expectError(GenerationRequest request, JsonNode c) {
        String code = c.get("code").asText();
        String pointer = c.path("pointer").asText(c.path("pointerStartsWith").asText());
        boolean exact = c.has("pointer");
        try {
            List<GeneratedFile> files = new Generator().generateSources(request);
            fail("expected %s at \"%s\" but %d files were generated", code, pointer, files.size());
        } catch (SpecException e) {
            assertThat(e.problems()).as(e.getMessage()).isNotEmpty();
            assertThat(e.problems())
                    .as(e.getMessage())
                    .anyMatch(p -> p.code().equals(code)
                            && (exact
                                    ? p.pointer().equals(pointer)
                                    : p.pointer().startsWith(pointer)));
            // SS050 is a mistake in the plugin's configuration, so it names the parameter instead of the spec.
            String file = code.equals("SS050") ? "<basePackage>" : request.specDisplayName();
            for (Problem problem : e.problems()) {
                assertThat(problem.file()).isEqualTo(file);
                assertThat(problem.message()).isNotBlank();
                assertThat(problem.hint()).as("hint of %s", problem).isNotBlank();
            }
            assertThat(e.getMessage()).contains(file);
        }
    }

    private void expectCompiles(GenerationRequest request, JsonNode c) throws Exception {
        List<GeneratedFile> files;
        try {
            files = new Generator().generateSources(request);
        } catch (SpecException e) {
            throw new AssertionError("expected generated code, got: " + e.getMessage(), e);
        }
        GeneratedSourceChecks.assertSafe(files);
        if (!c.path("compile").asBoolean(true)) {
            return;
        }
        Path classes = temp.resolve("classes");
        List<String> diagnostics = InProcessCompiler.compile(files, classes);
        assertThat(diagnostics).as("diagnostics").isEmpty();
        GeneratedSourceChecks.assertClassFilesPortable(classes);
        String basePackage = request.basePackage();
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            for (Map.Entry<String, JsonNode> entry : c.path("enums").properties()) {
                checkEnum(loader.loadClass(basePackage + "." + entry.getKey()), strings(entry.getValue()));
            }
            for (Map.Entry<String, JsonNode> entry : c.path("properties").properties()) {
                checkProperties(loader.loadClass(basePackage + "." + entry.getKey()), strings(entry.getValue()));
            }
        }
    }

    /** Every constant's {@code wireValue()} is exactly the spec's value, and the lookup finds it again. */
    static void checkEnum(Class<?> type, List<String> expected) throws Exception {
        assertThat(type.isEnum()).as("%s is an enum", type).isTrue();
        Method wireValue = type.getMethod("wireValue");
        Method isUnknown = type.getMethod("isUnknown");
        Method fromWireValue = type.getMethod("fromWireValue", String.class);
        List<String> actual = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            if (!(boolean) isUnknown.invoke(constant)) {
                String value = (String) wireValue.invoke(constant);
                actual.add(value);
                assertThat(fromWireValue.invoke(null, value)).isSameAs(constant);
            }
        }
        assertThat(actual).containsExactlyElementsOf(expected);
        Object unknown = fromWireValue.invoke(null, "a value no spec has \u0000");
        assertThat((boolean) isUnknown.invoke(unknown)).isTrue();
    }

    /** The record's {@code @JsonProperty} wire names are exactly the spec's property names, in order. */
    static void checkProperties(Class<?> type, List<String> expected) {
        assertThat(type.isRecord()).as("%s is a record", type).isTrue();
        List<String> actual = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
            if (property != null) {
                actual.add(property.value());
            }
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(value -> out.add(value.asText()));
        return out;
    }
}
