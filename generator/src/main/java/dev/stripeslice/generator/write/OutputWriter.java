package dev.stripeslice.generator.write;

import dev.stripeslice.generator.emit.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Writes generated files: only those whose bytes changed (so the compiler's up-to-date checks keep working),
 * each through a temporary file and a move (so a crash never leaves half a file), and removes files that an
 * earlier run generated and this one does not. Files it did not write itself are never touched; it knows its
 * own from a manifest kept beside them.
 */
public final class OutputWriter {
    static final String MANIFEST = ".stripe-slice-files";

    /**
     * What a write did.
     *
     * @param written files created or changed
     * @param unchanged files whose bytes were already right
     * @param deleted stale files removed
     */
    public record Outcome(List<String> written, List<String> unchanged, List<String> deleted) {}

    public Outcome write(Path outputDirectory, List<GeneratedFile> files) throws IOException {
        Files.createDirectories(outputDirectory);
        Set<String> previous = readManifest(outputDirectory);
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Set<String> current = new TreeSet<>();
        for (GeneratedFile file : files) {
            current.add(file.relativePath());
            Path target = resolveInside(outputDirectory, file.relativePath());
            byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
                unchanged.add(file.relativePath());
            } else {
                writeAtomically(target, bytes);
                written.add(file.relativePath());
            }
        }
        List<String> deleted = new ArrayList<>();
        for (String stale : previous) {
            if (!current.contains(stale)) {
                Path path = resolveInside(outputDirectory, stale);
                if (Files.deleteIfExists(path)) {
                    deleted.add(stale);
                }
            }
        }
        writeAtomically(
                outputDirectory.resolve(MANIFEST),
                String.join("\n", current).concat("\n").getBytes(StandardCharsets.UTF_8));
        return new Outcome(written, unchanged, deleted);
    }

    /**
     * Whether an earlier write left a manifest and every file it lists is still there (a cheap check: existence,
     * not content).
     */
    public static boolean isComplete(Path outputDirectory) throws IOException {
        if (!Files.isRegularFile(outputDirectory.resolve(MANIFEST))) {
            return false;
        }
        for (String entry : readManifest(outputDirectory)) {
            if (!Files.isRegularFile(resolveInside(outputDirectory, entry))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> readManifest(Path outputDirectory) throws IOException {
        Path manifest = outputDirectory.resolve(MANIFEST);
        Set<String> entries = new TreeSet<>();
        if (Files.isRegularFile(manifest)) {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    entries.add(line.strip());
                }
            }
        }
        return entries;
    }

    /** Refuses paths that would land outside the output directory (a hostile manifest or name). */
    private static Path resolveInside(Path directory, String relativePath) throws IOException {
        Path root = directory.toAbsolutePath().normalize();
        Path resolved = root.resolve(relativePath).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw new IOException("Refusing to write outside the output directory: " + relativePath);
        }
        return resolved;
    }

    /**
     * Writes through a temporary file and a move, so a crash never leaves half a file. The temporary file is
     * created like any other file ({@code Files.createTempFile} would make it, and so the result, owner-only).
     */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(".stripe-slice-" + UUID.randomUUID() + ".tmp");
        try {
            Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
