package dev.stripeslice.generator.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stripeslice.generator.GenerationRequest;
import dev.stripeslice.generator.IncrementalGenerator;
import dev.stripeslice.generator.SpecException;
import dev.stripeslice.generator.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A spec with errors writes nothing: the files of the previous successful run stay exactly as they were. */
class FailedRunKeepsOutputTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "truncated.json",
                "ref-unresolved.json",
                "deep-ref-chain.json",
                "section-matches-nothing.json",
                "ref-alias-cycle.json",
                "empty-file.json",
                "bad-package.json"
            })
    void brokenSpecLeavesPreviousOutputIntact(String brokenFile) throws Exception {
        Path out = temp.resolve("generated");
        IncrementalGenerator generator = new IncrementalGenerator();
        generator.generate(new GenerationRequest(
                TestFiles.projectSpec(),
                "spec/customer-session.openapi.json",
                List.of("customer_session"),
                HostileSpecCorpusTest.DEFAULT_PACKAGE,
                out,
                false));
        Map<String, byte[]> before = snapshot(out);
        Map<String, Long> timesBefore = modificationTimes(out);
        assertThat(before).isNotEmpty();

        Path broken = HostileSpecCorpusTest.resource(brokenFile);
        String basePackage =
                brokenFile.equals("bad-package.json") ? "com.example.*/class" : HostileSpecCorpusTest.DEFAULT_PACKAGE;
        assertThatThrownBy(() -> generator.generate(new GenerationRequest(
                        broken,
                        "hostile/" + brokenFile,
                        List.of(brokenFile.equals("section-matches-nothing.json") ? "customer_session" : "widget"),
                        basePackage,
                        out,
                        false)))
                .isInstanceOf(SpecException.class);

        Map<String, byte[]> after = snapshot(out);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        assertThat(modificationTimes(out)).isEqualTo(timesBefore);
    }

    private static Map<String, byte[]> snapshot(Path directory) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(directory.relativize(path).toString(), Files.readAllBytes(path));
            }
        }
        return files;
    }

    private static Map<String, Long> modificationTimes(Path directory) throws IOException {
        Map<String, Long> times = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.toList()) {
                times.put(
                        directory.relativize(path).toString(),
                        Files.getLastModifiedTime(path).toMillis());
            }
        }
        return times;
    }
}
