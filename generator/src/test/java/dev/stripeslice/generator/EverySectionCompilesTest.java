package dev.stripeslice.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stripeslice.generator.emit.GeneratedFile;
import dev.stripeslice.generator.emit.JavaEmitter;
import dev.stripeslice.generator.model.ApiModel;
import dev.stripeslice.generator.spec.LoadedSpec;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every resource section of Stripe's whole specs generates and compiles with -Xlint:all clean, one section at a
 * time (each in its own package, all checked in one javac run) and all sections together. Sections whose shapes
 * the generator does not support yet must fail with a located error; they are listed here, and the test fails
 * when that list changes in either direction. No type name carries a number the spec did not give it, and no
 * top-level type is named like a java.lang, java.util or java.time class.
 */
class EverySectionCompilesTest {
    /** Resource id -> the problem codes its section fails with (none: multipart uploads are supported too). */
    static final Map<String, String> UNSUPPORTED_2024_04_10 = Map.of();

    static final Map<String, String> UNSUPPORTED_2023_09_12 = Map.of();

    /**
     * Request params left untyped ({@code Object}) -> the shape of their schema that keeps them so, one section at a
     * time ({@code section: Record.wire_name}) and all together ({@code all: Record.wire_name}). Every request
     * {@code anyOf}/{@code oneOf} Stripe has is typed (a shape, or {@code AnyOf<A, B>}), and so is every
     * {@code properties: {}} hash; what would stay untyped: a free-form object ({@code additionalProperties: true}),
     * more than two shapes, two shapes Java cannot overload a setter on (both strings, both lists), a {@code $ref}
     * past the section's cut. The test fails when this table changes in either direction.
     */
    static final Map<String, String> UNTYPED_PARAMS_2024_04_10 = Map.of();

    static final Map<String, String> UNTYPED_PARAMS_2023_09_12 = Map.of();

    @Test
    void everySectionOfTheJsonSpecCompiles() throws Exception {
        check("spec3.2024-04-10.json", "v20240410", UNSUPPORTED_2024_04_10, UNTYPED_PARAMS_2024_04_10);
    }

    @Test
    void everySectionOfTheYamlSpecCompiles() throws Exception {
        check("spec3.2023-09-12.yaml", "v20230912", UNSUPPORTED_2023_09_12, UNTYPED_PARAMS_2023_09_12);
    }

    private static void check(
            String specName,
            String packagePrefix,
            Map<String, String> expectedUnsupported,
            Map<String, String> expectedUntyped)
            throws Exception {
        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        LoadedSpec spec = WholeSpecs.load(specName);
        long loaded = System.nanoTime();
        Generator generator = new Generator();
        TreeSet<String> ids = WholeSpecs.resourceIds(spec);

        List<GeneratedFile> oneAtATime = new ArrayList<>();
        Map<String, String> unsupported = new TreeMap<>();
        List<String> unlocated = new ArrayList<>();
        List<String> digitSuffixed = new ArrayList<>();
        List<String> jdkNamed = new ArrayList<>();
        Map<String, String> untyped = new TreeMap<>();
        int types = 0;
        for (String id : ids) {
            String basePackage = "gen." + packagePrefix + ".s_" + id.replace('.', '_');
            try {
                ApiModel model = generator.model(WholeSpecs.request(specName, List.of(id), basePackage), spec);
                types += Generator.countTypes(model);
                GeneratedTypeNames.digitSuffixed(model).forEach(name -> digitSuffixed.add(id + ": " + name));
                GeneratedTypeNames.namedLikeJdkTypes(model).forEach(name -> jdkNamed.add(id + ": " + name));
                UntypedParams.of(model, spec).forEach((param, shape) -> untyped.put(id + ": " + param, shape));
                oneAtATime.addAll(new JavaEmitter(basePackage).emit(model));
            } catch (SpecException e) {
                unsupported.put(
                        id,
                        e.problems().stream()
                                .map(Problem::code)
                                .distinct()
                                .sorted()
                                .collect(Collectors.joining(",")));
                e.problems().stream().filter(p -> p.pointer().isEmpty()).forEach(p -> unlocated.add(p.format()));
            }
        }
        long generated = System.nanoTime();
        List<String> diagnostics = InProcessCompiler.check(oneAtATime);
        long checked = System.nanoTime();
        WholeSpecs.Together together =
                WholeSpecs.together(specName, "gen." + packagePrefix + ".all", unsupported.keySet());
        long end = System.nanoTime();
        int untypedOneAtATime = untyped.size();
        UntypedParams.of(together.model(), spec).forEach((param, shape) -> untyped.put("all: " + param, shape));
        long cpuEnd = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();

        System.out.printf(
                "%s: %d sections, %d unsupported %s; one at a time: %d types, %d files, generated in "
                        + "%.1f s, checked in %.1f s; together: %d types, %d files, generated and compiled in %.1f s (once per JVM); "
                        + "load %.1f s; total %.1f s (%.1f s of this thread's CPU time)%n",
                specName,
                ids.size(),
                unsupported.size(),
                unsupported,
                types,
                oneAtATime.size(),
                seconds(loaded, generated),
                seconds(generated, checked),
                Generator.countTypes(together.model()),
                together.files().size(),
                together.seconds(),
                seconds(start, loaded),
                seconds(start, end),
                seconds(cpuStart, cpuEnd));
        System.out.printf(
                "%s: untyped request params: %d one section at a time, %d all sections together%n",
                specName, untypedOneAtATime, untyped.size() - untypedOneAtATime);

        assertThat(unlocated)
                .as("unsupported shapes must fail with a located error")
                .isEmpty();
        assertThat(digitSuffixed)
                .as("type names with a number the spec did not give, one section at a time")
                .isEmpty();
        assertThat(GeneratedTypeNames.digitSuffixed(together.model()))
                .as("type names with a number the spec did not give, all sections together")
                .isEmpty();
        assertThat(jdkNamed)
                .as("top-level types named like JDK types, one section at a time")
                .isEmpty();
        assertThat(GeneratedTypeNames.namedLikeJdkTypes(together.model()))
                .as("top-level types named like JDK types, all sections together")
                .isEmpty();
        assertThat(head(diagnostics))
                .as("one section at a time: %d diagnostics", diagnostics.size())
                .isEmpty();
        assertThat(head(together.diagnostics()))
                .as(
                        "all sections together: %d diagnostics",
                        together.diagnostics().size())
                .isEmpty();
        assertThat(untyped)
                .as("request params left untyped (Object), with the shape of their schema")
                .isEqualTo(new TreeMap<>(expectedUntyped));
        assertThat(unsupported)
                .as("sections that fail with a located error")
                .isEqualTo(new TreeMap<>(expectedUnsupported));
    }

    private static List<String> head(List<String> diagnostics) {
        return diagnostics.subList(0, Math.min(40, diagnostics.size()));
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
