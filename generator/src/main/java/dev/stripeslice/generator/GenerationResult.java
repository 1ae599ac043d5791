package dev.stripeslice.generator;

import dev.stripeslice.generator.write.OutputWriter;

/**
 * What a generation produced.
 *
 * @param apiVersion the spec's {@code info.version}
 * @param typeCount records and enums generated (nested records included)
 * @param fileCount Java files generated
 * @param outcome what the writer changed on disk
 */
public record GenerationResult(String apiVersion, int typeCount, int fileCount, OutputWriter.Outcome outcome) {}
