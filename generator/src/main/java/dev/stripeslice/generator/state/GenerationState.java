package dev.stripeslice.generator.state;

import dev.stripeslice.generator.write.OutputWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the last successful generation into a directory recorded, in {@code .stripe-slice-state} beside the
 * generated files: a few {@code key=value} lines, no timestamps.
 *
 * @param fingerprint the inputs' fingerprint
 * @param specSha256 the spec's hash
 * @param apiVersion the spec's {@code info.version}
 * @param typeCount types generated
 * @param fileCount files generated
 */
public record GenerationState(String fingerprint, String specSha256, String apiVersion, int typeCount, int fileCount) {
    public static final String FILE = ".stripe-slice-state";

    /** The recorded state, or empty when there is none or it cannot be read (then the generator starts afresh). */
    public static Optional<GenerationState> read(Path outputDirectory) {
        Path file = outputDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Map<String, String> values = new HashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    values.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
            return Optional.of(new GenerationState(values.getOrDefault("fingerprint", ""),
                    values.getOrDefault("spec-sha256", ""), values.getOrDefault("api-version", ""),
                    Integer.parseInt(values.getOrDefault("types", "0")),
                    Integer.parseInt(values.getOrDefault("files", "0"))));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Removes the record, so that an interrupted generation is never mistaken for a complete one. */
    public static void clear(Path outputDirectory) throws IOException {
        Files.deleteIfExists(outputDirectory.resolve(FILE));
    }

    public void write(Path outputDirectory) throws IOException {
        String text = "fingerprint=" + fingerprint + "\n"
                + "spec-sha256=" + specSha256 + "\n"
                + "api-version=" + apiVersion.replace('\n', ' ') + "\n"
                + "types=" + typeCount + "\n"
                + "files=" + fileCount + "\n";
        OutputWriter.writeAtomically(outputDirectory.resolve(FILE), text.getBytes(StandardCharsets.UTF_8));
    }
}
