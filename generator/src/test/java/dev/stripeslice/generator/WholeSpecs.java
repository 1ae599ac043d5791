package dev.stripeslice.generator;

import dev.stripeslice.generator.emit.GeneratedFile;
import dev.stripeslice.generator.emit.JavaEmitter;
import dev.stripeslice.generator.model.ApiModel;
import dev.stripeslice.generator.spec.LoadedSpec;
import dev.stripeslice.generator.spec.SpecLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Stripe's whole specs, parsed once per test JVM, and the sections of all their resources generated together and
 * compiled once: the every-section and round-trip tests share them.
 */
final class WholeSpecs {
    private static final Map<String, LoadedSpec> SPECS = new ConcurrentHashMap<>();
    private static final Map<String, Together> TOGETHER = new ConcurrentHashMap<>();
    private static @Nullable Path classesRoot;

    private WholeSpecs() {}

    /**
     * Every section generated together into one package and compiled.
     *
     * @param model the model of all sections
     * @param files the generated sources
     * @param classes where the classes are
     * @param diagnostics the compiler's errors and warnings
     * @param seconds how long generating and compiling took
     */
    record Together(
            ApiModel model,
            String basePackage,
            List<GeneratedFile> files,
            Path classes,
            List<String> diagnostics,
            double seconds) {}

    /** Skips the calling test when the file is absent. */
    static synchronized LoadedSpec load(String specName) throws SpecException {
        Path file = TestFiles.sharedStripe(specName);
        LoadedSpec spec = SPECS.get(specName);
        if (spec == null) {
            spec = new SpecLoader().load(file, specName);
            SPECS.put(specName, spec);
        }
        return spec;
    }

    static TreeSet<String> resourceIds(LoadedSpec spec) {
        TreeSet<String> ids = new TreeSet<>();
        spec.schemas().forEach(schema -> {
            String id = schema.path("x-resourceId").asText("");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        });
        return ids;
    }

    static GenerationRequest request(String specName, Collection<String> ids, String basePackage) {
        return new GenerationRequest(
                Path.of(specName), specName, List.copyOf(ids), basePackage, Path.of("unused"), false);
    }

    /** All resource ids of the spec but {@code excluded}, generated together into {@code basePackage} and compiled. */
    static synchronized Together together(String specName, String basePackage, Collection<String> excluded)
            throws SpecException {
        String key = specName + "|" + basePackage + "|" + new TreeSet<>(excluded);
        Together cached = TOGETHER.get(key);
        if (cached != null) {
            return cached;
        }
        LoadedSpec spec = load(specName);
        long start = System.nanoTime();
        List<String> ids = new ArrayList<>(resourceIds(spec));
        ids.removeAll(excluded);
        ApiModel model = new Generator().model(request(specName, ids, basePackage), spec);
        List<GeneratedFile> files = new JavaEmitter(basePackage).emit(model);
        Path classes = classesRoot().resolve(basePackage);
        List<String> diagnostics = InProcessCompiler.compile(files, classes);
        Together together =
                new Together(model, basePackage, files, classes, diagnostics, (System.nanoTime() - start) / 1e9);
        TOGETHER.put(key, together);
        return together;
    }

    /**
     * A directory of this JVM's own, removed when it exits: concurrent builds of the module, and {@code mvn clean}
     * in another shell, must not swap classes under a running test.
     */
    private static synchronized Path classesRoot() {
        if (classesRoot == null) {
            try {
                Path root = Files.createTempDirectory("stripe-slice-whole-specs");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(root)));
                classesRoot = root;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return classesRoot;
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
