package dev.stripeslice.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stripeslice.generator.emit.GeneratedFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerSessionGenerationTest {
    @TempDir
    Path temp;

    private List<GeneratedFile> generate() throws SpecException {
        return new Generator()
                .generateSources(new GenerationRequest(
                        TestFiles.projectSpec(),
                        "spec/customer-session.openapi.json",
                        List.of("customer_session"),
                        "com.example.stripe",
                        temp.resolve("out"),
                        false));
    }

    @Test
    void generatedSourcesCompileWithoutWarnings() throws Exception {
        List<GeneratedFile> files = generate();
        if (Boolean.getBoolean("dump")) {
            files.forEach(file -> System.out.println("==== " + file.relativePath() + "\n" + file.content()));
        }
        assertThat(InProcessCompiler.compile(files, temp.resolve("classes"))).isEmpty();
    }
}
