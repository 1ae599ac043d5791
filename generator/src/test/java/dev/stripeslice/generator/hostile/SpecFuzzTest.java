package dev.stripeslice.generator.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stripeslice.generator.GenerationRequest;
import dev.stripeslice.generator.Generator;
import dev.stripeslice.generator.InProcessCompiler;
import dev.stripeslice.generator.Problem;
import dev.stripeslice.generator.SpecException;
import dev.stripeslice.generator.TestFiles;
import dev.stripeslice.generator.emit.GeneratedFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded random mutator over the project's Customer Session spec. Each mutated spec must either fail with a
 * {@link SpecException} whose problems are located (code, file, valid JSON pointer), or generate code that keeps
 * spec text inside comments and literals; every generated case is compiled (in batches of {@value #BATCH}, one javac
 * call per batch) and must compile without a diagnostic. Nothing else may escape: any other exception
 * fails the test with the seed and the case's mutations. Cases run on a small thread pool; each is deterministic.
 *
 * <p>Reproduce a run with {@code -Dfuzz.seed=<seed>}; change its size with {@code -Dfuzz.cases=<n>}.
 */
class SpecFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 0x5715_11CEL);
    private static final int CASES = Integer.getInteger("fuzz.cases", 2000);
    private static final int BATCH = 25;
    private static final Pattern CODE = Pattern.compile("SS\\d{3}");
    /** Possessive, so that a pointer thousands of characters long cannot overflow the stack. */
    private static final Pattern POINTER = Pattern.compile("(?:/(?:[^~/]++|~[01])*+)*+");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final String[] HOSTILE = {
        "*/",
        "/*",
        "/** @deprecated */",
        "\\u000a",
        "\\u002a/",
        "\\u002A\\u002F",
        "\\",
        "\"",
        "'",
        "\n",
        "\r\n",
        "\t",
        "\u0000",
        "\u001b[0m",
        "\u2028",
        "\ud800",
        "\uffff",
        "",
        " ",
        "class",
        "default",
        "enum",
        "record",
        "var",
        "_",
        "__",
        "yield",
        "3d_secure",
        "-foo",
        ".bar",
        "1",
        "null",
        "true",
        "String",
        "Object",
        "Override",
        "Builder",
        "extras",
        "extraParams",
        "toString",
        "hashCode",
        "UNKNOWN",
        "unknown",
        "Unknown",
        "a-b",
        "a_b",
        "a.b",
        "@param x",
        "{@code",
        "}",
        "<p>",
        "</p>",
        "<script>",
        "&amp;",
        "%s",
        "$L",
        "$S",
        "${x}",
        "*/ class " + GeneratedSourceChecks.MARKER + " {} /*",
        "\\u000a" + GeneratedSourceChecks.MARKER + "();",
        "\" + " + GeneratedSourceChecks.MARKER + " + \"",
        "#/components/schemas/customer_session",
        "customer_session",
        "object",
        "id",
        "expand",
        "components",
        "features",
        "payment_element",
        "\u00e9t\u00e9",
        "\u65e5\u672c",
        "\ud83d\ude00",
        "x".repeat(300),
        "*/".repeat(50),
    };
    private static final String[] TYPES = {
        "string", "integer", "number", "boolean", "array", "object", "", "null", "datetime", "file"
    };

    @TempDir
    Path temp;

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void mutatedSpecsFailWithLocatedErrorsOrCompile() throws Exception {
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        JsonNode base = mapper.readTree(TestFiles.projectSpec().toFile());
        int threads = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                int index = i;
                futures.add(pool.submit(() -> runCase(base, index)));
            }
            int errors = 0;
            int generated = 0;
            List<Future<?>> compilations = new ArrayList<>();
            List<Outcome> batch = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                Outcome outcome = get(future);
                if (outcome.files() == null) {
                    errors++;
                    continue;
                }
                generated++;
                batch.add(outcome);
                if (batch.size() == BATCH) {
                    compilations.add(submitCompile(pool, batch, compilations.size()));
                    batch = new ArrayList<>();
                }
            }
            if (!batch.isEmpty()) {
                compilations.add(submitCompile(pool, batch, compilations.size()));
            }
            double generationSeconds = (System.nanoTime() - started) / 1e9;
            for (Future<?> compilation : compilations) {
                get(compilation);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    "SpecFuzzTest: %d mutated specs (fuzz.seed=%d) on %d threads: %d located errors, %d generated "
                            + "(%.1f s), all %d compiled in %d javac batches; %.1f s in all, %.1f s of CPU%n",
                    CASES,
                    SEED,
                    threads,
                    errors,
                    generated,
                    generationSeconds,
                    generated,
                    compilations.size(),
                    seconds,
                    (processCpuNanos() - cpuStarted) / 1e9);
            assertThat(generated).as("some mutations still generate code").isGreaterThan(CASES / 10);
            assertThat(errors).as("some mutations are errors").isGreaterThan(CASES / 20);
        } finally {
            pool.shutdownNow();
        }
    }

    /** What one case produced: the generated files, or null for a (checked) located error. */
    private record Outcome(
            String where, String basePackage, @Nullable List<GeneratedFile> files) {}

    private Outcome runCase(JsonNode base, int index) throws Exception {
        long caseSeed = SEED + index * 0x9E3779B97F4A7C15L;
        Random random = new Random(caseSeed);
        List<String> mutations = new ArrayList<>();
        JsonNode spec = base.deepCopy();
        int count = 1 + random.nextInt(3);
        for (int m = 0; m < count; m++) {
            spec = mutate(spec, random, mutations);
        }
        byte[] bytes = mapper.writeValueAsBytes(spec);
        if (random.nextInt(40) == 0) {
            bytes = corruptBytes(bytes, random, mutations);
        }
        Path file = temp.resolve("spec-" + index + ".json");
        Files.write(file, bytes);
        String where = "case " + index + " (fuzz.seed=" + SEED + ", mutations " + mutations + ")";
        String basePackage = "fuzz.c" + index;
        GenerationRequest request = new GenerationRequest(
                file,
                "fuzz/spec-" + index + ".json",
                List.of("customer_session"),
                basePackage,
                temp.resolve("out"),
                random.nextInt(4) == 0);
        List<GeneratedFile> files;
        try {
            files = new Generator().generateSources(request);
        } catch (SpecException e) {
            assertLocated(e, request, bytes, where);
            return new Outcome(where, basePackage, null);
        } catch (Throwable t) {
            throw new AssertionError(
                    "Neither a SpecException nor generated code for " + where + ":\n" + stackTrace(t), t);
        } finally {
            Files.delete(file);
        }
        try {
            GeneratedSourceChecks.assertSafe(files);
        } catch (AssertionError e) {
            throw new AssertionError("Unsafe output for " + where + ": " + e.getMessage(), e);
        }
        return new Outcome(where, basePackage, files);
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    private static <T> T get(Future<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError failure) {
                throw failure;
            }
            throw e;
        }
    }

    private Future<?> submitCompile(ExecutorService pool, List<Outcome> batch, int number) {
        return pool.submit(() -> compileBatch(batch, number));
    }

    private Void compileBatch(List<Outcome> batch, int index) {
        List<GeneratedFile> files = new ArrayList<>();
        batch.forEach(outcome -> files.addAll(Objects.requireNonNull(outcome.files())));
        List<String> diagnostics = InProcessCompiler.compile(files, temp.resolve("classes-" + index));
        if (!diagnostics.isEmpty()) {
            StringBuilder message = new StringBuilder("Generated code does not compile cleanly:\n");
            for (String diagnostic : GeneratedSourceChecks.lines(diagnostics, 20)) {
                message.append("  ").append(diagnostic).append('\n');
                for (Outcome outcome : batch) {
                    if (diagnostic.contains("/" + outcome.basePackage().replace('.', '/') + "/")) {
                        message.append("    from ").append(outcome.where()).append('\n');
                    }
                }
            }
            throw new AssertionError(message.toString());
        }
        GeneratedSourceChecks.assertClassFilesPortable(temp.resolve("classes-" + index));
        return null;
    }

    private void assertLocated(SpecException e, GenerationRequest request, byte[] bytes, String where) {
        try {
            assertThat(e.problems()).isNotEmpty();
            JsonNode parsed = null;
            try {
                parsed = mapper.readTree(bytes);
            } catch (Exception unparsable) {
                // parse errors are located by line and column in the message
            }
            for (Problem problem : e.problems()) {
                assertThat(problem.code()).matches(CODE);
                assertThat(problem.file()).isEqualTo(request.specDisplayName());
                assertThat(problem.pointer()).matches(POINTER);
                assertThat(problem.message()).isNotBlank();
                assertThat(problem.hint()).isNotBlank();
                if (parsed != null && !problem.pointer().isEmpty()) {
                    String parent =
                            problem.pointer().substring(0, problem.pointer().lastIndexOf('/'));
                    assertThat(!parsed.at(problem.pointer()).isMissingNode()
                                    || parent.isEmpty()
                                    || !parsed.at(parent).isMissingNode())
                            .as("pointer %s (or its parent) exists in the document", problem.pointer())
                            .isTrue();
                }
            }
            assertThat(e.getMessage()).contains(request.specDisplayName());
        } catch (AssertionError failure) {
            throw new AssertionError(
                    "Badly located error for " + where + ": " + e.getMessage() + "\n" + failure.getMessage(), failure);
        }
    }

    // ---- mutations ----

    private JsonNode mutate(JsonNode spec, Random random, List<String> log) {
        List<Slot> slots = new ArrayList<>();
        collect(spec, "", null, null, -1, slots);
        Slot slot = slots.get(random.nextInt(slots.size()));
        int kind = random.nextInt(14);
        switch (kind) {
            case 0, 1 -> {
                // replace a string (most often a description, name or enum value) with a hostile one
                List<Slot> strings =
                        slots.stream().filter(s -> s.node().isTextual()).toList();
                Slot target = pick(strings, random);
                if (target == null) {
                    log.add("no-op");
                    return spec;
                }
                String text = hostile(random);
                log.add("text " + target.pointer() + "=" + abbreviate(text));
                return target.replace(spec, NODES.textNode(text));
            }
            case 2 -> {
                List<Slot> objects = slots.stream()
                        .filter(s -> s.node().isObject() && s.node().size() > 0)
                        .toList();
                Slot target = pick(objects, random);
                if (target == null) {
                    log.add("no-op");
                    return spec;
                }
                String newKey = hostile(random);
                log.add("rename-key " + target.pointer() + " -> " + abbreviate(newKey));
                ObjectNode renamed = NODES.objectNode();
                List<String> keys = new ArrayList<>();
                target.node().fieldNames().forEachRemaining(keys::add);
                String victim = keys.get(random.nextInt(keys.size()));
                for (String key : keys) {
                    renamed.set(key.equals(victim) ? newKey : key, target.node().get(key));
                }
                return target.replace(spec, renamed);
            }
            case 3 -> {
                List<Slot> objects = slots.stream()
                        .filter(s -> s.node().isObject() && s.node().size() > 0)
                        .toList();
                Slot target = pick(objects, random);
                if (target == null) {
                    log.add("no-op");
                    return spec;
                }
                List<String> keys = new ArrayList<>();
                target.node().fieldNames().forEachRemaining(keys::add);
                String victim = keys.get(random.nextInt(keys.size()));
                log.add("remove " + target.pointer() + "/" + victim);
                ((ObjectNode) target.node()).remove(victim);
                return spec;
            }
            case 4 -> {
                JsonNode value = randomValue(random);
                log.add("replace " + slot.pointer() + "=" + abbreviate(value.toString()));
                return slot.replace(spec, value);
            }
            case 5 -> {
                List<Slot> objects =
                        slots.stream().filter(s -> s.node().isObject()).toList();
                Slot target = pick(objects, random);
                if (target == null) {
                    log.add("no-op");
                    return spec;
                }
                String ref = randomRef(spec, random);
                log.add("ref " + target.pointer() + "=" + abbreviate(ref));
                ObjectNode node = NODES.objectNode();
                node.put("$ref", ref);
                return target.replace(spec, node);
            }
            case 6 -> {
                List<Slot> objects =
                        slots.stream().filter(s -> s.node().isObject()).toList();
                Slot target = pick(objects, random);
                if (target == null) {
                    log.add("no-op");
                    return spec;
                }
                String combinator = new String[] {"anyOf", "oneOf", "allOf"}[random.nextInt(3)];
                ObjectNode wrapper = NODES.objectNode();
                ArrayNode alternatives = wrapper.putArray(combinator);
                alternatives.add(target.node());
                if (random.nextBoolean()) {
                    alternatives.add(
                            random.nextBoolean()
                                    ? NODES.objectNode().put("type", "string")
                                    : NODES.objectNode().put("$ref", randomRef(spec, random)));
                }
                log.add("wrap " + combinator + " " + target.pointer());
                return target.replace(spec, wrapper);
            }
            case 7 -> {
                List<Slot> types = slots.stream()
                        .filter(s -> s.key() != null && s.key().equals("type"))
                        .toList();
                Slot target = pick(types, random);
                if (target == null) {
                    log.add("no-op");
                    return spec;
                }
                String type = TYPES[random.nextInt(TYPES.length)];
                log.add("type " + target.pointer() + "=" + type);
                return target.replace(spec, NODES.textNode(type));
            }
            case 8 -> {
                List<Slot> objects = slots.stream()
                        .filter(s -> s.node().isObject() && s.node().has("type"))
                        .toList();
                Slot target = pick(objects, random);
                if (target == null) {
                    log.add("no-op");
                    return spec;
                }
                ArrayNode values = ((ObjectNode) target.node()).putArray("enum");
                int n = 1 + random.nextInt(6);
                for (int v = 0; v < n; v++) {
                    values.add(random.nextInt(8) == 0 ? randomValue(random) : NODES.textNode(hostile(random)));
                }
                log.add("enum " + target.pointer() + "=" + abbreviate(values.toString()));
                return spec;
            }
            case 9 -> {
                List<Slot> properties = slots.stream()
                        .filter(s -> s.key() != null
                                && s.key().equals("properties")
                                && s.node().isObject())
                        .toList();
                Slot target = pick(properties, random);
                if (target == null) {
                    log.add("no-op");
                    return spec;
                }
                String name = hostile(random);
                JsonNode copy = slots.get(random.nextInt(slots.size())).node().deepCopy();
                log.add("add-property " + target.pointer() + "/" + abbreviate(name));
                ((ObjectNode) target.node())
                        .set(name, copy.isObject() ? copy : NODES.objectNode().put("type", "string"));
                return spec;
            }
            case 10 -> {
                if (!(spec.path("components").path("schemas") instanceof ObjectNode schemas) || schemas.isEmpty()) {
                    log.add("no-op");
                    return spec;
                }
                List<String> names = new ArrayList<>();
                schemas.fieldNames().forEachRemaining(names::add);
                String source = names.get(random.nextInt(names.size()));
                String name = hostile(random);
                ObjectNode copy = schemas.get(source).deepCopy();
                if (random.nextBoolean()) {
                    copy.remove("x-resourceId");
                }
                schemas.set(name, copy);
                if (schemas.path("customer_session").path("properties") instanceof ObjectNode session) {
                    session.set(
                            hostile(random), NODES.objectNode().put("$ref", "#/components/schemas/" + escape(name)));
                }
                log.add("add-schema " + abbreviate(name) + " from " + source);
                return spec;
            }
            case 11 -> {
                List<Slot> objects = slots.stream()
                        .filter(s -> s.node().isObject() && s.depth() > 3)
                        .toList();
                Slot target = pick(objects, random);
                if (target == null) {
                    log.add("no-op");
                    return spec;
                }
                int depth = 1 + random.nextInt(random.nextBoolean() ? 30 : 260);
                JsonNode node = NODES.objectNode().put("type", "string");
                for (int d = 0; d < depth; d++) {
                    ObjectNode outer = NODES.objectNode();
                    outer.put("type", "object");
                    outer.putObject("properties").set(random.nextInt(5) == 0 ? hostile(random) : "n", node);
                    node = outer;
                }
                log.add("nest " + target.pointer() + " depth " + depth);
                return target.replace(spec, node);
            }
            case 12 -> {
                List<Slot> descriptions = slots.stream()
                        .filter(s -> s.key() != null && s.key().equals("description"))
                        .toList();
                Slot target = pick(descriptions, random);
                if (target == null) {
                    log.add("no-op");
                    return spec;
                }
                StringBuilder text = new StringBuilder();
                int parts = 1 + random.nextInt(200);
                for (int p = 0; p < parts; p++) {
                    text.append(hostile(random)).append(random.nextBoolean() ? " " : "");
                }
                log.add("description " + target.pointer() + " of " + text.length() + " chars");
                return target.replace(spec, NODES.textNode(text.toString()));
            }
            default -> {
                List<Slot> ids = slots.stream()
                        .filter(s -> s.key() != null && s.key().equals("x-resourceId"))
                        .toList();
                Slot target = pick(ids, random);
                if (target == null) {
                    log.add("no-op");
                    return spec;
                }
                String id = random.nextBoolean() ? "customer_session" : hostile(random);
                log.add("resource-id " + target.pointer() + "=" + abbreviate(id));
                return target.replace(spec, NODES.textNode(id));
            }
        }
    }

    private static @Nullable Slot pick(List<Slot> slots, Random random) {
        return slots.isEmpty() ? null : slots.get(random.nextInt(slots.size()));
    }

    private static byte[] corruptBytes(byte[] bytes, Random random, List<String> log) {
        int at = random.nextInt(bytes.length);
        if (random.nextBoolean()) {
            log.add("truncate at byte " + at);
            return Arrays.copyOf(bytes, at);
        }
        log.add("invalid UTF-8 at byte " + at);
        byte[] out = Arrays.copyOf(bytes, bytes.length + 1);
        System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
        out[at] = (byte) 0xFF;
        return out;
    }

    private static String hostile(Random random) {
        String text = HOSTILE[random.nextInt(HOSTILE.length)];
        if (random.nextInt(4) == 0) {
            text = text + HOSTILE[random.nextInt(HOSTILE.length)];
        }
        return text;
    }

    private static JsonNode randomValue(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(random.nextInt(100) - 50);
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.arrayNode();
            case 4 -> NODES.objectNode();
            case 5 -> NODES.arrayNode().add(hostile(random)).add(NODES.objectNode());
            case 6 -> NODES.numberNode(random.nextDouble());
            default -> NODES.textNode(hostile(random));
        };
    }

    private static String randomRef(JsonNode spec, Random random) {
        List<String> names = new ArrayList<>();
        spec.path("components").path("schemas").fieldNames().forEachRemaining(names::add);
        return switch (random.nextInt(6)) {
            case 0 -> "#/components/schemas/" + escape(hostile(random));
            case 1 -> "other.json#/components/schemas/customer";
            case 2 -> "#/paths";
            case 3 -> "#";
            default ->
                names.isEmpty()
                        ? "#/components/schemas/x"
                        : "#/components/schemas/" + escape(names.get(random.nextInt(names.size())));
        };
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace("\n", "\\n");
        return oneLine.length() > 60 ? oneLine.substring(0, 60) + "..." : oneLine;
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        String text = out.toString();
        return text.length() > 4000 ? text.substring(0, 4000) + "..." : text;
    }

    /** A node in the tree and how to replace it. */
    private record Slot(JsonNode node, String pointer, JsonNode parent, String key, int index, int depth) {
        JsonNode replace(JsonNode root, JsonNode value) {
            if (parent == null) {
                return value;
            }
            if (parent instanceof ObjectNode object) {
                object.set(key, value);
            } else if (parent instanceof ArrayNode array) {
                array.set(index, value);
            }
            return root;
        }
    }

    private static void collect(JsonNode node, String pointer, JsonNode parent, String key, int index, List<Slot> out) {
        int depth = pointer.isEmpty()
                ? 0
                : (int) pointer.chars().filter(c -> c == '/').count();
        out.add(new Slot(node, pointer, parent, key, index, depth));
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(field.getValue(), pointer + "/" + escape(field.getKey()), node, field.getKey(), -1, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, node, null, i, out);
            }
        }
    }
}
