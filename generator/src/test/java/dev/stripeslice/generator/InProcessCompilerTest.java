package dev.stripeslice.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stripeslice.generator.emit.GeneratedFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compile checks report what they must: a check that finds nothing must be able to find something. */
class InProcessCompilerTest {
    private static final List<GeneratedFile> WARNS_AND_FAILS = List.of(
            new GeneratedFile("p/Raw.java", "package p; public class Raw { java.util.List raw; }\n"),
            new GeneratedFile("q/Broken.java", "package q; public class Broken { int x = \"s\"; }\n"));

    @TempDir
    Path temp;

    @Test
    void checkReportsLintWarningsAndErrorsWithoutWritingClasses() {
        assertThat(InProcessCompiler.check(WARNS_AND_FAILS))
                .anySatisfy(line ->
                        assertThat(line).startsWith("WARNING /p/Raw.java:1").contains("raw"))
                .anySatisfy(line -> assertThat(line).startsWith("ERROR /q/Broken.java:1"));
    }

    @Test
    void compileReportsThemToo() {
        assertThat(InProcessCompiler.compile(WARNS_AND_FAILS, temp))
                .anySatisfy(line -> assertThat(line).contains("Raw.java").contains("raw"))
                .anySatisfy(line -> assertThat(line).contains("Broken.java"));
    }
}
