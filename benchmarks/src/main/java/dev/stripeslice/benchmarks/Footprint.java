package dev.stripeslice.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runtime dependency closures, computed from what Maven resolved for this module: {@code dependency-tree.txt}
 * (which artifacts lie under the generated client and under stripe-java; the pom declares both first so each
 * one's closure is listed under it) and {@code classpath.txt} (the files).
 */
final class Footprint {
    record Artifact(String coordinates, Path file, long bytes) {}

    record Closure(String root, List<Artifact> artifacts) {
        long rootBytes() {
            return artifacts.get(0).bytes();
        }

        long totalBytes() {
            return artifacts.stream().mapToLong(Artifact::bytes).sum();
        }

        List<Path> files() {
            return artifacts.stream().map(Artifact::file).toList();
        }
    }

    private Footprint() {}

    /** The closure of {@code groupId:artifactId}, its own jar first. */
    static Closure closure(Path tree, Path classpath, String groupAndArtifact) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        for (String entry : Files.readString(classpath).trim().split(java.io.File.pathSeparator)) {
            Path file = Path.of(entry);
            files.put(file.getFileName().toString(), file);
        }
        List<Artifact> artifacts = new ArrayList<>();
        boolean inside = false;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String line : Files.readAllLines(tree)) {
            int start = indexOfCoordinates(line);
            if (start < 0) {
                continue;
            }
            int depth = start / 3;
            String coordinates = coordinates(line.substring(start));
            if (depth == 1) {
                inside = coordinates.startsWith(groupAndArtifact + ":");
            }
            String key = coordinates.substring(0, coordinates.indexOf(':', coordinates.indexOf(':') + 1));
            if (inside && depth >= 1 && seen.add(key)) {
                artifacts.add(artifact(coordinates, files));
            }
        }
        if (artifacts.isEmpty()) {
            throw new IllegalStateException(groupAndArtifact + " is not a direct dependency in " + tree);
        }
        return new Closure(groupAndArtifact, artifacts);
    }

    /**
     * The coordinates of a verbose tree node: {@code g:a:jar:v:scope (version managed from ...)}, or, for a node
     * that a nearer declaration won, {@code (g:a:jar:v:scope - omitted for duplicate)} or
     * {@code (g:a:jar:v:scope - omitted for conflict with v2)} (then v2 is the version on the classpath).
     */
    static String coordinates(String node) {
        if (node.startsWith("(")) {
            String inner = node.substring(1, node.lastIndexOf(')'));
            String coordinates = inner.substring(0, inner.indexOf(" - "));
            String conflict = "omitted for conflict with ";
            int at = inner.indexOf(conflict);
            if (at >= 0) {
                String winner =
                        inner.substring(at + conflict.length()).split("[;)]")[0].trim();
                String[] parts = coordinates.split(":");
                parts[parts.length - 2] = winner;
                coordinates = String.join(":", parts);
            }
            return coordinates;
        }
        int space = node.indexOf(' ');
        return space < 0 ? node : node.substring(0, space);
    }

    private static int indexOfCoordinates(String line) {
        int plus = line.indexOf("+- ");
        int last = line.indexOf("\\- ");
        int at = plus >= 0 ? plus : last;
        return at < 0 ? -1 : at + 3;
    }

    /** {@code group:artifact:type[:classifier]:version:scope} -> the classpath file. */
    private static Artifact artifact(String coordinates, Map<String, Path> files) throws IOException {
        String[] parts = coordinates.split(":");
        String artifactId = parts[1];
        String version = parts.length == 6 ? parts[4] : parts[3];
        String classifier = parts.length == 6 ? "-" + parts[3] : "";
        String name = artifactId + "-" + version + classifier + ".jar";
        Path file = files.get(name);
        if (file == null) {
            throw new IllegalStateException("No " + name + " on the benchmark classpath");
        }
        return new Artifact(coordinates, file, size(file));
    }

    private static long size(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            return Files.size(file);
        }
        try (Stream<Path> paths = Files.walk(file)) {
            long total = 0;
            for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                total += Files.size(path);
            }
            return total;
        }
    }
}
