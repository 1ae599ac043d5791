package dev.stripeslice.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stripeslice.generator.emit.GeneratedFile;
import dev.stripeslice.generator.emit.JavaEmitter;
import dev.stripeslice.generator.model.ApiModel;
import dev.stripeslice.generator.model.ObjectType;
import dev.stripeslice.generator.spec.LoadedSpec;
import dev.stripeslice.generator.spec.SpecLoader;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, item 6: the Customer Session section of three API versions, 2024-04-10 (cut out of the whole spec),
 * 2026-07-29.dahlia and 2026-09-30.endive (section files), generated into separate packages and compiled in one
 * javac batch. Endive adds two components and renames every {@code title}; since Java names come from schema keys
 * and property paths, never from titles, no name dahlia has may change in endive.
 */
class ApiVersionsSideBySideTest {
    private static final String V2024 = "com.example.v20240410";
    private static final String DAHLIA = "com.example.dahlia";
    private static final String ENDIVE = "com.example.endive";

    @TempDir
    Path temp;

    @Test
    void threeVersionsGenerateAndCompileSideBySide_endiveAddsComponentsAndRenamesNothing() throws Exception {
        LoadedSpec whole = WholeSpecs.load("spec3.2024-04-10.json");
        Path dahliaFile = TestFiles.sharedStripe("customer-session-section.json");
        Path endiveFile = TestFiles.sharedStripe("customer-session-section.2026-09-30.endive.json");
        LoadedSpec dahliaSpec = new SpecLoader().load(dahliaFile, "customer-session-section.json");
        LoadedSpec endiveSpec = new SpecLoader().load(endiveFile, "customer-session-section.2026-09-30.endive.json");

        ApiModel v2024 = model(whole, V2024, false);
        ApiModel dahlia = model(dahliaSpec, DAHLIA, true);
        ApiModel endive = model(endiveSpec, ENDIVE, true);
        assertThat(List.of(v2024.apiVersion(), dahlia.apiVersion(), endive.apiVersion()))
                .containsExactly("2024-04-10", "2026-07-29.dahlia", "2026-09-30.endive");

        List<GeneratedFile> files = new ArrayList<>();
        files.addAll(new JavaEmitter(V2024).emit(v2024));
        files.addAll(new JavaEmitter(DAHLIA).emit(dahlia));
        files.addAll(new JavaEmitter(ENDIVE).emit(endive));
        Path classes = temp.resolve("classes");
        assertThat(InProcessCompiler.compile(files, classes))
                .as("one javac batch, three packages")
                .isEmpty();

        // Endive's new components are nested records, in the response and in the params.
        for (String component : List.of("active_entitlements", "customer_portal")) {
            assertThat(nested(endive, "/components/schemas/customer_session_resource_components_resource_" + component))
                    .as("response record for " + component)
                    .isNotNull();
            assertThat(nested(
                            endive,
                            "/paths/~1v1~1customer_sessions/post/requestBody/content/"
                                    + "application~1x-www-form-urlencoded/schema/properties/components/properties/"
                                    + component))
                    .as("params record for " + component)
                    .isNotNull();
            assertThat(nested(dahlia, "/components/schemas/customer_session_resource_components_resource_" + component))
                    .as("dahlia has no " + component)
                    .isNull();
        }
        ObjectType responseComponents = nested(endive, "/components/schemas/customer_session_resource_components");
        assertThat(responseComponents.properties())
                .extracting(p -> p.wireName())
                .contains("active_entitlements", "customer_portal");

        // The renamed titles are real: every schema endive shares with dahlia has a different title.
        int renamed = 0;
        for (Map.Entry<String, JsonNode> schema : dahliaSpec.schemas().properties()) {
            JsonNode before = schema.getValue().path("title");
            JsonNode after = endiveSpec.schemas().path(schema.getKey()).path("title");
            if (!before.isMissingNode() && !after.isMissingNode() && !before.equals(after)) {
                renamed++;
            }
        }
        assertThat(renamed).as("schemas whose title endive renamed").isGreaterThanOrEqualTo(8);

        // Every Java type name and member name dahlia has is in endive, identical.
        TreeSet<String> dahliaNames = javaNames(classes, DAHLIA);
        TreeSet<String> endiveNames = javaNames(classes, ENDIVE);
        TreeSet<String> lost = new TreeSet<>(dahliaNames);
        lost.removeAll(endiveNames);
        TreeSet<String> added = new TreeSet<>(endiveNames);
        added.removeAll(dahliaNames);
        System.out.println("Side by side: 2024-04-10 " + count(files, V2024) + " files, dahlia " + count(files, DAHLIA)
                + ", endive " + count(files, ENDIVE) + "; dahlia has " + dahliaNames.size()
                + " type and member names, all kept in endive; endive adds " + added.size() + ": " + added);
        assertThat(lost).as("dahlia names that endive changed or lost").isEmpty();
        assertThat(added)
                .as("endive's additions")
                .anyMatch(n -> n.contains("ActiveEntitlements"))
                .anyMatch(n -> n.contains("CustomerPortal"));
        // 2024-04-10 (two components then) to dahlia: the same schema keys give the same names.
        TreeSet<String> v2024Lost = new TreeSet<>(javaNames(classes, V2024));
        v2024Lost.removeAll(dahliaNames);
        // The whole spec lists webhook event types (EventType); the dahlia excerpt, one section, does not.
        v2024Lost.removeIf(name -> name.equals("EventType") || name.startsWith("EventType#"));
        assertThat(v2024Lost).as("2024-04-10 names that dahlia changed or lost").isEmpty();
    }

    private static ApiModel model(LoadedSpec spec, String basePackage, boolean allowUnresolved) throws SpecException {
        return new Generator()
                .model(
                        new GenerationRequest(
                                Path.of(spec.displayName()),
                                spec.displayName(),
                                List.of("customer_session"),
                                basePackage,
                                Path.of("unused"),
                                allowUnresolved),
                        spec);
    }

    /** The nested (not top-level) record generated from the schema at {@code pointer}, or null. */
    private static ObjectType nested(ApiModel model, String pointer) {
        List<ObjectType> all = new ArrayList<>();
        model.types().forEach(t -> collect(t, all));
        return all.stream()
                .filter(t -> t.enclosing() != null && t.pointer().equals(pointer))
                .findFirst()
                .orElse(null);
    }

    private static void collect(ObjectType type, List<ObjectType> out) {
        out.add(type);
        type.nested().forEach(n -> collect(n, out));
    }

    private static long count(List<GeneratedFile> files, String basePackage) {
        String prefix = basePackage.replace('.', '/') + "/";
        return files.stream().filter(f -> f.relativePath().startsWith(prefix)).count();
    }

    /**
     * The compiled package's Java names, relative to the package: every type (nested ones as {@code Outer$Inner}),
     * and every declared field, enum constant, method and record component (with the name of its type), as
     * {@code Type#name}.
     */
    private static TreeSet<String> javaNames(Path classes, String basePackage)
            throws IOException, ClassNotFoundException {
        TreeSet<String> names = new TreeSet<>();
        Path root = classes.resolve(basePackage.replace('.', '/'));
        List<String> binaryNames;
        try (Stream<Path> paths = Files.walk(root)) {
            binaryNames = paths.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .sorted()
                    .toList();
        }
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, ApiVersionsSideBySideTest.class.getClassLoader())) {
            for (String binaryName : binaryNames) {
                Class<?> type = Class.forName(binaryName, false, loader);
                if (type.isAnonymousClass() || type.isSynthetic()) {
                    continue;
                }
                String name = relative(type.getName(), basePackage);
                names.add(name);
                for (Field field : type.getDeclaredFields()) {
                    if (!field.isSynthetic()) {
                        names.add(name + "#" + field.getName());
                    }
                }
                for (Method method : type.getDeclaredMethods()) {
                    if (!method.isSynthetic() && !method.getName().startsWith("lambda$")) {
                        names.add(name + "#" + method.getName() + "()");
                    }
                }
                if (type.isRecord()) {
                    for (RecordComponent component : type.getRecordComponents()) {
                        names.add(name + "#" + component.getName() + ":"
                                + relative(component.getGenericType().getTypeName(), basePackage));
                    }
                }
            }
        }
        return names;
    }

    private static String relative(String name, String basePackage) {
        return name.replace(basePackage + ".", "");
    }
}
