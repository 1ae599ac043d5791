package dev.stripeslice.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stripeslice.generator.state.GenerationState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalGeneratorTest {
    @TempDir
    Path temp;

    private Path spec;
    private Path out;

    @BeforeEach
    void copySpec() throws IOException {
        spec = temp.resolve("spec.json");
        Files.copy(TestFiles.projectSpec(), spec);
        out = temp.resolve("out");
    }

    private GenerationRequest request() {
        return new GenerationRequest(spec, "spec.json", List.of("customer_session"), "com.example.stripe", out, false);
    }

    @Test
    void secondRunWithSameInputsWritesNothing() throws Exception {
        GenerationResult first = new IncrementalGenerator().generate(request());
        assertThat(first.upToDate()).isFalse();
        assertThat(first.outcome().written()).hasSize(first.fileCount());
        assertThat(out.resolve(GenerationState.FILE)).isRegularFile();
        Map<Path, FileTime> before = modificationTimes();

        long start = System.nanoTime();
        GenerationResult second = new IncrementalGenerator().generate(request());
        double millis = (System.nanoTime() - start) / 1e6;

        assertThat(second.upToDate()).isTrue();
        assertThat(second.outcome().written()).isEmpty();
        assertThat(second.apiVersion()).isEqualTo(first.apiVersion());
        assertThat(second.typeCount()).isEqualTo(first.typeCount());
        assertThat(second.fileCount()).isEqualTo(first.fileCount());
        assertThat(second.fingerprint()).isEqualTo(first.fingerprint()).hasSize(64);
        assertThat(modificationTimes()).isEqualTo(before);
        // Reported, not asserted: timing belongs in benchmarks, not unit tests.
        System.out.printf(Locale.ROOT, "stripe-slice no-op generate (warm, in-process): %.2f ms%n", millis);
    }

    @Test
    void aMissingGeneratedFileForcesRegeneration() throws Exception {
        new IncrementalGenerator().generate(request());
        Path victim;
        try (Stream<Path> files = Files.walk(out)) {
            victim = files.filter(path -> path.toString().endsWith("CustomerSession.java"))
                    .findFirst()
                    .orElseThrow();
        }
        Files.delete(victim);
        GenerationResult again = new IncrementalGenerator().generate(request());
        assertThat(again.upToDate()).isFalse();
        assertThat(again.outcome().written())
                .containsExactly(out.relativize(victim).toString().replace('\\', '/'));
        assertThat(victim).isRegularFile();
    }

    @Test
    void aChangedParameterOrGeneratorRegenerates() throws Exception {
        GenerationResult first = new IncrementalGenerator().generate(request());
        GenerationResult otherGenerator = new IncrementalGenerator("9.9.9+other").generate(request());
        assertThat(otherGenerator.upToDate()).isFalse();
        assertThat(otherGenerator.outcome().written()).isEmpty();
        assertThat(otherGenerator.fingerprint()).isNotEqualTo(first.fingerprint());

        GenerationResult renamed = new IncrementalGenerator()
                .generate(new GenerationRequest(
                        spec, "spec.json", List.of("customer_session"), "com.example.other", out, false));
        assertThat(renamed.upToDate()).isFalse();
        assertThat(renamed.outcome().deleted()).hasSize(first.fileCount());
        assertThat(renamed.outcome().written()).hasSize(first.fileCount());
    }

    @Test
    void aChangedSpecRewritesOnlyTheFilesWhoseBytesChange() throws Exception {
        GenerationResult first = new IncrementalGenerator().generate(request());
        String text = Files.readString(spec, StandardCharsets.UTF_8);
        String marker = "\"description\": \"";
        int at = text.indexOf(marker, text.indexOf("\"customer_session\": {"));
        assertThat(at).isPositive();
        Files.writeString(
                spec,
                text.substring(0, at + marker.length()) + "Changed. " + text.substring(at + marker.length()),
                StandardCharsets.UTF_8);

        GenerationResult second = new IncrementalGenerator().generate(request());
        assertThat(second.upToDate()).isFalse();
        assertThat(second.outcome().written()).isNotEmpty().hasSizeLessThan(first.fileCount());
        assertThat(second.outcome().unchanged()).isNotEmpty();
        assertThat(new IncrementalGenerator().generate(request()).upToDate()).isTrue();
    }

    @Test
    void anyInfoVersionIsRecordedSoTheNextRunIsUpToDate() throws Exception {
        String version = "2026-07-29.dahlia\rtypes=x\nfiles=\u2028\"}";
        String text = Files.readString(spec, StandardCharsets.UTF_8);
        Files.writeString(
                spec,
                text.replace(
                        "\"version\": \"2026-07-29.dahlia\"",
                        "\"version\": \"2026-07-29.dahlia\\rtypes=x\\nfiles=\\u2028\\\"}\""),
                StandardCharsets.UTF_8);

        GenerationResult first = new IncrementalGenerator().generate(request());
        assertThat(first.apiVersion()).isEqualTo(version);
        GenerationResult second = new IncrementalGenerator().generate(request());
        assertThat(second.upToDate()).isTrue();
        assertThat(second.apiVersion()).isEqualTo(version);
        assertThat(second.typeCount()).isEqualTo(first.typeCount());
    }

    /**
     * Generated files are created like any other file, so they get the permissions the umask gives, never owner-only
     * ones (as a temporary file made by {@code Files.createTempFile} and moved into place would be). The generator
     * runs in a JVM of its own under umask 022, so that the expectation (rw-r--r--) does not depend on the umask of
     * whoever runs the build: under umask 077 an owner-only file would look like any other.
     */
    @Test
    void generatedFilesGetTheUmasksPermissionsNotOwnerOnlyOnes() throws Exception {
        assumeTrue(Files.getFileStore(temp).supportsFileAttributeView("posix"), "POSIX permissions");
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        GenerateMain.runInChildJvm(
                List.of("/bin/sh", "-c", "umask 022 && exec \"$@\"", "sh", java.toString()),
                spec,
                out,
                temp.resolve("generate.log"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSizeGreaterThan(5);
        for (Path file : files) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .as(file.toString())
                    .isEqualTo("rw-r--r--");
        }
    }

    @Test
    void anUnexpectedApiVersionFailsNamingBothVersionsAndTheFix() throws Exception {
        GenerationResult accepted =
                new IncrementalGenerator().generate(request().withExpectedApiVersion("2026-07-29.dahlia"));
        assertThat(accepted.apiVersion()).isEqualTo("2026-07-29.dahlia");

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        new IncrementalGenerator().generate(request().withExpectedApiVersion("2026-09-30.endive")))
                .isInstanceOf(SpecException.class)
                .satisfies(e -> assertThat(((SpecException) e).problems())
                        .singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.code()).isEqualTo("SS060");
                            assertThat(problem.pointer()).isEqualTo("/info/version");
                            assertThat(problem.format())
                                    .contains(
                                            "2026-07-29.dahlia",
                                            "2026-09-30.endive",
                                            "stripe-slice.expectedApiVersion");
                        }));
    }

    private Map<Path, FileTime> modificationTimes() throws IOException {
        Map<Path, FileTime> times = new HashMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                times.put(file, Files.getLastModifiedTime(file));
            }
        }
        return times;
    }
}
