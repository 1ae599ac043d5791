package dev.stripeslice.generator.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stripeslice.generator.write.OutputWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the last successful generation into a directory recorded, in {@code .stripe-slice-state} beside the
 * generated files: a small JSON object (so any {@code info.version}, line breaks included, reads back as it was),
 * no timestamps.
 *
 * @param fingerprint the inputs' fingerprint
 * @param specSha256 the spec's hash
 * @param apiVersion the spec's {@code info.version}
 * @param typeCount types generated
 * @param fileCount files generated
 */
public record GenerationState(String fingerprint, String specSha256, String apiVersion, int typeCount, int fileCount) {
    public static final String FILE = ".stripe-slice-state";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The recorded state, or empty when there is none or it cannot be read (then the generator starts afresh). */
    public static Optional<GenerationState> read(Path outputDirectory) {
        Path file = outputDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode state = JSON.readTree(file.toFile());
            if (!state.path("types").isInt() || !state.path("files").isInt()) {
                return Optional.empty();
            }
            return Optional.of(new GenerationState(
                    state.path("fingerprint").asText(""),
                    state.path("spec-sha256").asText(""),
                    state.path("api-version").asText(""),
                    state.get("types").intValue(),
                    state.get("files").intValue()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Removes the record, so that an interrupted generation is never mistaken for a complete one. */
    public static void clear(Path outputDirectory) throws IOException {
        Files.deleteIfExists(outputDirectory.resolve(FILE));
    }

    public void write(Path outputDirectory) throws IOException {
        ObjectNode state = JSON.createObjectNode()
                .put("fingerprint", fingerprint)
                .put("spec-sha256", specSha256)
                .put("api-version", apiVersion)
                .put("types", typeCount)
                .put("files", fileCount);
        OutputWriter.writeAtomically(
                outputDirectory.resolve(FILE),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(state));
    }
}
