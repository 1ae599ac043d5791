package dev.stripeslice.generator.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stripeslice.generator.TestFiles;
import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractMojoTest {
    @TempDir
    Path temp;

    @Test
    void writesTheSectionAsAStandaloneDocument() throws Exception {
        Path out = temp.resolve("openapi/customer-session.json");
        ExtractMojo mojo =
                mojo(TestFiles.sharedStripe("spec3.2024-04-10.json").toFile(), List.of("customer_session"), out);
        mojo.execute();
        JsonNode document = new ObjectMapper().readTree(Files.readString(out));
        assertThat(document.path("info").path("version").asText()).isEqualTo("2024-04-10");
        assertThat(document.path("paths").has("/v1/customer_sessions")).isTrue();
        assertThat(document.path("components")
                        .path("schemas")
                        .path("customer")
                        .path("x-resourceId")
                        .asText())
                .isEqualTo("customer");
        assertThat(Files.size(out)).isLessThan(64 * 1024);
    }

    @Test
    void anUnknownSectionFailsTheBuild() throws Exception {
        ExtractMojo mojo = mojo(
                TestFiles.sharedStripe("spec3.2024-04-10.json").toFile(),
                List.of("customer_sesion"),
                temp.resolve("x.json"));
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("SS010");
        assertThat(temp.resolve("x.json")).doesNotExist();
    }

    @Test
    void withoutSectionsItSaysHowToNameThem() throws Exception {
        ExtractMojo mojo = mojo(TestFiles.projectSpec().toFile(), null, temp.resolve("x.json"));
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("no sections to generate");
        assertThat(temp.resolve("x.json")).doesNotExist();
    }

    @Test
    void aCommaSeparatedSectionsValueWorks() throws Exception {
        Path out = temp.resolve("x.json");
        mojo(TestFiles.projectSpec().toFile(), List.of("customer_session, customer"), out)
                .execute();
        assertThat(new ObjectMapper().readTree(out.toFile()).path("paths").has("/v1/customer_sessions"))
                .isTrue();
    }

    private static ExtractMojo mojo(File spec, @Nullable List<String> sections, Path out) throws Exception {
        ExtractMojo mojo = new ExtractMojo();
        set(mojo, "spec", spec);
        set(mojo, "sections", sections);
        set(mojo, "extractFile", out.toFile());
        return mojo;
    }

    private static void set(Object target, String name, @Nullable Object value) throws Exception {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}
