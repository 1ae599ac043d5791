package dev.stripeslice.generator.emit;

/**
 * One output file, in memory.
 *
 * @param relativePath path under the output directory, with {@code /} separators
 * @param content the file's text; always {@code \n} line endings
 */
public record GeneratedFile(String relativePath, String content) {}
