package dev.stripeslice.generator.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stripeslice.generator.InProcessCompiler;
import dev.stripeslice.generator.emit.GeneratedFile;
import dev.stripeslice.runtime.json.JsonReader;
import dev.stripeslice.runtime.json.JsonReads;
import dev.stripeslice.runtime.json.StripeJson;
import dev.stripeslice.runtime.json.StripeObject;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property names a real spec never has but a hostile one may: the generated reader still matches each JSON field to
 * its property (its names are then not joined into one constant). The mapper is compared only without the empty
 * name, which Jackson's {@code @JsonProperty("")} takes to mean the component's own name.
 */
class OddFieldNamesDecodeTest {
    @TempDir
    Path temp;

    @Test
    void namesWithCommasAnEmptyNameAndEscapesDecodeToTheirProperties() throws Exception {
        SmallSpecs spec = new SmallSpecs();
        spec.widgetProperties().putObject("a,b").put("type", "string");
        spec.widgetProperties().putObject("").put("type", "integer");
        spec.widgetProperties().putObject("quote\"back\\slash").put("type", "boolean");
        List<GeneratedFile> files = spec.generate(temp, "odd.json", "odd.names");
        Path classes = temp.resolve("classes");
        assertThat(InProcessCompiler.compile(files, classes)).isEmpty();

        String json =
                "{\"id\": \"w_1\", \"a,b\": \"x\", \"\": 7, \"quote\\\"back\\\\slash\": true, \"object\": \"widget\"}";
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> widget = loader.loadClass("odd.names.Widget");
            Method read = loader.loadClass("odd.names.JsonReaders")
                    .getMethod("readWidget", dev.stripeslice.runtime.json.JsonInput.class);
            JsonReader<Object> reader = in -> {
                try {
                    return read.invoke(null, in);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
            StripeObject streamed = (StripeObject) JsonReads.read(json, reader);

            assertThat(streamed)
                    .hasToString(
                            "Widget[id=w_1, object=widget, aB=x, value=7, quoteBackSlash=true, extras=JsonExtras{}]");
            String withoutEmptyName = json.replace(", \"\": 7", "");
            assertThat(JsonReads.read(withoutEmptyName, reader))
                    .isEqualTo(StripeJson.mapper().readValue(withoutEmptyName, widget));
        }
        String readers = files.stream()
                .filter(file -> file.relativePath().endsWith("JsonReaders.java"))
                .findFirst()
                .orElseThrow()
                .content();
        assertThat(readers).contains("FieldNames.of(\"id\", \"object\", \"a,b\", \"\", \"quote\\\"back\\\\slash\")");
    }
}
