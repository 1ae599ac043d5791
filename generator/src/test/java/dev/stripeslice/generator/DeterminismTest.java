package dev.stripeslice.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stripeslice.testsupport.RequiredFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same input, same bytes: across default locales (Turkish dotless i, German), line-separator settings, repeated
 * runs, and JDK 17 versus JDK 25.
 */
class DeterminismTest {
    /** Where CI and these machines keep JDK 25; overridable with -Dstripe-slice.jdk25. */
    private static final Path JDK25 =
            Path.of(System.getProperty("stripe-slice.jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64"));

    @TempDir
    Path temp;

    @Test
    void twoRunsGiveIdenticalBytes() throws Exception {
        assertThat(generateInto(temp.resolve("second"))).isEqualTo(generateInto(temp.resolve("first")));
    }

    @Test
    void defaultLocaleAndLineSeparatorDoNotChangeTheOutput() throws Exception {
        Map<String, String> reference = generateInto(temp.resolve("reference"));
        Locale locale = Locale.getDefault();
        String separator = System.getProperty("line.separator");
        try {
            for (String tag : List.of("tr-TR", "de-DE", "en-US")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                assertThat(generateInto(temp.resolve(tag)))
                        .as("default locale %s", tag)
                        .isEqualTo(reference);
            }
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            System.setProperty("line.separator", "\r\n");
            assertThat(generateInto(temp.resolve("crlf")))
                    .as("tr_TR and line.separator \\r\\n")
                    .isEqualTo(reference);
        } finally {
            Locale.setDefault(locale);
            System.setProperty("line.separator", separator);
        }
        assertThat(String.join("", reference.values())).doesNotContain("\r");
    }

    @Test
    void jdk25GivesTheSameBytesAsThisJdk() throws Exception {
        Path java = JDK25.resolve("bin/java");
        RequiredFiles.require(
                java,
                "JDK 25's java",
                "Set -Dstripe-slice.jdk25=<JDK 25 home> to compare its output" + " with this JDK's.");
        assumeTrue(Runtime.version().feature() != 25, "this JVM already is JDK 25");
        Map<String, String> here = generateInto(temp.resolve("here"));
        Path there = temp.resolve("jdk25");
        GenerateMain.runInChildJvm(
                List.of(java.toString(), "-Duser.language=tr", "-Duser.country=TR"),
                TestFiles.projectSpec(),
                there,
                temp.resolve("jdk25.log"));
        assertThat(read(there)).isEqualTo(here);
    }

    private static Map<String, String> generateInto(Path out) throws Exception {
        GenerateMain.generate(TestFiles.projectSpec(), out);
        return read(out);
    }

    /** Every generated file, as text decoded from its bytes (so a difference shows as a readable diff). */
    private static Map<String, String> read(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(out)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
                files.put(
                        out.relativize(path).toString().replace('\\', '/'),
                        new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(files).isNotEmpty();
        return files;
    }
}
