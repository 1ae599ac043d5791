package dev.stripeslice.customersession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The whole generated tree for spec/ must equal the committed golden files byte for byte. After an intended
 * change, rewrite them with {@code ./mvnw -B verify -Dstripe-slice.updateGolden=true} and review the diff like code.
 */
class GoldenFilesTest {
    private static final Path GENERATED = Path.of("target/generated-sources/stripe-slice");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String FLAG = "-Dstripe-slice.updateGolden=true";

    @Test
    void generatedSourcesMatchGoldenFiles() throws IOException {
        Map<String, String> generated = read(GENERATED);
        assertThat(generated).as("generated sources in %s", GENERATED).isNotEmpty();
        if (Boolean.getBoolean("stripe-slice.updateGolden")) {
            rewrite(generated);
            return;
        }
        Map<String, String> golden = read(GOLDEN);
        List<String> problems = new ArrayList<>();
        for (String name : golden.keySet()) {
            if (!generated.containsKey(name)) {
                problems.add("missing from the generated output: " + name);
            }
        }
        for (Map.Entry<String, String> file : generated.entrySet()) {
            String expected = golden.get(file.getKey());
            if (expected == null) {
                problems.add("not in the golden files: " + file.getKey());
            } else if (!expected.equals(file.getValue())) {
                problems.add(UnifiedDiff.of(file.getKey(), expected, file.getValue()));
            }
        }
        if (!problems.isEmpty()) {
            fail("Generated sources differ from the golden files. If the change is intended, run ./mvnw -B verify "
                    + FLAG + " and review the diff.\n" + String.join("\n", problems));
        }
    }

    private static Map<String, String> read(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
                files.put(
                        root.relativize(path).toString().replace('\\', '/'),
                        Files.readString(path, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void rewrite(Map<String, String> generated) throws IOException {
        if (Files.isDirectory(GOLDEN)) {
            try (Stream<Path> paths = Files.walk(GOLDEN)) {
                for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(path);
                }
            }
        }
        for (Map.Entry<String, String> file : generated.entrySet()) {
            Path target = GOLDEN.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }
}
