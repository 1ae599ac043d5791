package dev.stripeslice.generator;

import dev.stripeslice.generator.write.OutputWriter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a generation produced.
 *
 * @param apiVersion the spec's {@code info.version}
 * @param typeCount records and enums generated (nested records included)
 * @param fileCount Java files generated
 * @param outcome what the writer changed on disk (nothing when up to date)
 * @param upToDate the fingerprint matched the previous run's and every generated file was still there, so
 *     nothing was parsed or written
 * @param fingerprint the SHA-256 fingerprint of the inputs (hex), or "" when none was computed
 * @param changeSummary one line describing what changed for users since the previous spec, or null when the spec
 *     did not change (or there was no previous run)
 */
public record GenerationResult(
        String apiVersion,
        int typeCount,
        int fileCount,
        OutputWriter.Outcome outcome,
        boolean upToDate,
        String fingerprint,
        @Nullable String changeSummary) {

    static GenerationResult upToDate(String apiVersion, int typeCount, int fileCount, String fingerprint) {
        return new GenerationResult(
                apiVersion,
                typeCount,
                fileCount,
                new OutputWriter.Outcome(List.of(), List.of(), List.of()),
                true,
                fingerprint,
                null);
    }
}
