package dev.stripeslice.benchmarks;

import dev.stripeslice.generator.GenerationRequest;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark of issue 11 in one go and writes {@code benchmarks/RESULTS.md}: JMH (generation, whole
 * spec, codecs) with the GC profiler, then the load test, the incremental no-op, the footprint and the cold
 * starts. Run from the repository root, after {@code ./mvnw -B -Pbenchmarks -pl benchmarks -am package}; see
 * {@code benchmarks/run.sh}. {@code -Dbench.quick=true} shortens everything for a smoke test (its numbers are
 * not to be published).
 */
public final class Main {
    private static final boolean QUICK = Boolean.getBoolean("bench.quick");
    private static final long LOAD_WARMUP_MILLIS = QUICK ? 500 : 2000;
    private static final long LOAD_MEASURE_MILLIS = QUICK ? 1000 : 6000;
    private static final int LOAD_ROUNDS = QUICK ? 2 : 6;
    private static final int COLD_START_RUNS = QUICK ? 2 : 7;
    private static final String ALLOC = "gc.alloc.rate.norm";

    private final Path benchDir = Path.of(System.getProperty("bench.dir", "benchmarks"))
            .toAbsolutePath()
            .normalize();
    private final Path target = benchDir.resolve("target");
    private final StringBuilder md = new StringBuilder();
    private final List<String[]> targets = new ArrayList<>();

    private Main() {}

    public static void main(String[] args) throws Exception {
        new Main().run(args);
    }

    private String loadBefore = "";

    private void run(String[] args) throws Exception {
        loadBefore = loadAverage();
        String only = args.length > 0 ? args[0] : "";
        Map<String, RunResult> jmh = runJmh(only);
        String fixture = Fixture.customerSessionJson();
        List<LoadTest.Result> load = new ArrayList<>();
        List<Long> coldOurs = new ArrayList<>();
        List<Long> coldStripe = new ArrayList<>();
        // Both clients take the JVM's default TLS settings, so the default is what trusts the endpoint's certificate.
        SSLContext tls = SelfSignedTls.create();
        SSLContext.setDefault(tls);
        try (LocalEndpoint endpoint = LocalEndpoint.start(fixture, 8);
                LocalEndpoint tlsEndpoint = LocalEndpoint.startTls(fixture, 8, tls)) {
            String base = endpoint.baseUrl();
            for (String url : new String[] {base, tlsEndpoint.baseUrl()}) {
                // Whoever runs first would otherwise pay for warming the JDK's own socket and TLS code.
                LoadTest.warm(LoadTest.ours(url), LOAD_WARMUP_MILLIS);
                LoadTest.warm(LoadTest.stripeJava(url), LOAD_WARMUP_MILLIS);
                for (int threads : new int[] {1, 64}) {
                    List<LoadTest.Result> pair = LoadTest.compare(
                            LoadTest.ours(url),
                            LoadTest.stripeJava(url),
                            threads,
                            LOAD_WARMUP_MILLIS,
                            LOAD_MEASURE_MILLIS,
                            LOAD_ROUNDS);
                    pair.forEach(result -> System.out.println("# " + url + " " + result));
                    load.addAll(pair);
                }
            }
            Path tree = target.resolve("dependency-tree.txt");
            Path classpath = target.resolve("classpath.txt");
            Footprint.Closure ours =
                    Footprint.closure(tree, classpath, "dev.stripeslice:stripe-slice-generated-client");
            Footprint.Closure stripe = Footprint.closure(tree, classpath, "com.stripe:stripe-java");
            coldStart(base, ours, ColdStartOurs.class, 1); // warms the page cache, not counted
            coldStart(base, stripe, ColdStartStripeJava.class, 1);
            for (int i = 0; i < COLD_START_RUNS; i++) {
                coldOurs.addAll(coldStart(base, ours, ColdStartOurs.class, 1));
                coldStripe.addAll(coldStart(base, stripe, ColdStartStripeJava.class, 1));
            }
            double[] noop = incrementalNoOp();
            write(jmh, load, ours, stripe, coldOurs, coldStripe, noop);
        }
    }

    // ---------------------------------------------------------------------------------------------------- JMH

    private Map<String, RunResult> runJmh(String only) throws Exception {
        // Iterations come from each benchmark class's @Warmup and @Measurement, unless this is a quick run.
        ChainedOptionsBuilder options = new OptionsBuilder()
                .forks(1)
                .addProfiler(GCProfiler.class)
                .jvmArgsAppend(
                        "-Xms2g",
                        "-Xmx4g",
                        "-Dstripe.shared.dir=" + SharedFiles.dir(),
                        "-DmaxYamlCodePoints=" + (64 * 1024 * 1024),
                        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
                .resultFormat(ResultFormatType.JSON)
                .result(target.resolve("jmh-result.json").toString());
        if (QUICK) {
            options.warmupIterations(1)
                    .warmupTime(TimeValue.seconds(1))
                    .measurementIterations(1)
                    .measurementTime(TimeValue.seconds(1));
        }
        if (only.isEmpty()) {
            options.include(GenerationBenchmark.class.getName())
                    .include(WholeSpecBenchmark.class.getName())
                    .include(CodecBenchmark.class.getName());
        } else {
            options.include(only);
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, RunResult> byKey = new HashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            String input = result.getParams().getParam("input");
            byKey.put(input == null ? name : name + ":" + input, result);
        }
        return byKey;
    }

    private static double score(Map<String, RunResult> jmh, String key) {
        RunResult result = jmh.get(key);
        return result == null ? Double.NaN : result.getPrimaryResult().getScore();
    }

    private static double error(Map<String, RunResult> jmh, String key) {
        RunResult result = jmh.get(key);
        return result == null ? Double.NaN : result.getPrimaryResult().getScoreError();
    }

    private static double alloc(Map<String, RunResult> jmh, String key) {
        RunResult result = jmh.get(key);
        if (result == null) {
            return Double.NaN;
        }
        Result<?> alloc = result.getSecondaryResults().get(ALLOC);
        return alloc == null ? Double.NaN : alloc.getScore();
    }

    // ------------------------------------------------------------------------------------------- cold start

    private List<Long> coldStart(String base, Footprint.Closure closure, Class<?> mainClass, int runs)
            throws IOException, InterruptedException {
        List<String> classpath = new ArrayList<>();
        classpath.add(target.resolve("classes").toString());
        closure.files().forEach(file -> classpath.add(file.toString()));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ProcessBuilder builder = new ProcessBuilder(
                            java, "-cp", String.join(File.pathSeparator, classpath), mainClass.getName(), base)
                    .redirectErrorStream(true);
            long start = System.nanoTime();
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(mainClass.getSimpleName() + " did not finish");
            }
            long took = System.nanoTime() - start;
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        mainClass.getSimpleName() + " failed:\n" + new String(output, StandardCharsets.UTF_8));
            }
            millis.add(took / 1_000_000);
        }
        return millis;
    }

    // ------------------------------------------------------------------------------------ incremental no-op

    /**
     * The generator's incremental entry point with nothing changed, on the project's own spec: the first no-op
     * call in a fresh JVM (as in a Maven build) and the median of 20 warm ones; null when this build has no
     * incremental generator.
     */
    private double[] incrementalNoOp() throws Exception {
        Class<?> type;
        try {
            type = Class.forName("dev.stripeslice.generator.IncrementalGenerator");
        } catch (ClassNotFoundException e) {
            return null;
        }
        Path spec = benchDir.getParent().resolve("spec/customer-session.openapi.json");
        if (!Files.isRegularFile(spec)) {
            return null;
        }
        Object generator = type.getConstructor().newInstance();
        Method generate = type.getMethod("generate", GenerationRequest.class);
        Path out = Files.createTempDirectory("stripe-slice-noop");
        GenerationRequest request = new GenerationRequest(
                spec,
                "spec/customer-session.openapi.json",
                List.of("customer_session"),
                "dev.stripeslice.customersession",
                out,
                false);
        generate.invoke(generator, request); // generates
        long start = System.nanoTime();
        generate.invoke(generator, request); // first no-op
        double first = (System.nanoTime() - start) / 1e6;
        double[] warm = new double[20];
        for (int i = 0; i < warm.length; i++) {
            start = System.nanoTime();
            generate.invoke(generator, request);
            warm[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(warm);
        return new double[] {first, warm[warm.length / 2]};
    }

    // ---------------------------------------------------------------------------------------------- report

    private void write(
            Map<String, RunResult> jmh,
            List<LoadTest.Result> load,
            Footprint.Closure ours,
            Footprint.Closure stripe,
            List<Long> coldOurs,
            List<Long> coldStripe,
            double[] noop)
            throws IOException {
        line("# Benchmarks: stripe-slice against its peers");
        line("");
        line(
                "Written by `benchmarks/run.sh` (`dev.stripeslice.benchmarks.Main`); every number below comes from one run."
                        + (QUICK ? " **QUICK SMOKE RUN: not for publication.**" : ""));
        line("");
        line("| machine | |");
        line("|---|---|");
        line("| date (UTC) | "
                + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " |");
        line("| CPU | " + cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores available |");
        line("| memory | " + memory() + " |");
        line("| OS | " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + " |");
        line("| JDK | " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " |");
        line("| load average (1/5/15 min) | at start " + loadBefore + "; at the end " + loadAverage()
                + " (anything above the core count means other work shared the CPUs) |");
        line(QUICK
                ? "| JMH | 1.37, forks 1, warm-up 1 × 1 s, measurement 1 × 1 s (quick run), `-prof gc`, fork heap"
                        + " -Xms2g -Xmx4g |"
                : "| JMH | 1.37, forks 1, `-prof gc`, fork heap -Xms2g -Xmx4g; generation: warm-up "
                        + GenerationBenchmark.WARMUP_ITERATIONS + " × 1 s, measurement "
                        + GenerationBenchmark.MEASUREMENT_ITERATIONS + " × 1 s; codecs: warm-up "
                        + CodecBenchmark.WARMUP_ITERATIONS + " × 1 s, measurement " + CodecBenchmark.MEASUREMENT_ITERATIONS
                        + " × 1 s (in a fresh fork here the generated readers level off after about 4 one-second"
                        + " iterations, stripe-java after about 3) |");
        line("| peers | OpenAPI Generator 7.25.0 (`java`, library `native`), stripe-java 33.3.0 |");
        line("");
        line("The machine is small and shared (2 cores): the numbers are noisy, and errors of ±10–30 % between runs are"
                + " normal. A long operation (OpenAPI Generator on a whole spec) gets only a few samples per iteration."
                + " Ratios from the same run are the point, not absolute times.");
        line("");

        // 1. Generation
        line("## 1. Generation");
        line("");
        line(
                "Ours: load, select, model, emit and the UTF-8 bytes it would write, in memory. OpenAPI Generator: in-process"
                        + " (`DefaultGenerator` + `CodegenConfigurator`), restricted to the schemas and operations our selector picks"
                        + " (`models`, normalizer `FILTER`), no supporting files, docs, tests or validation, written to a temp folder."
                        + " Floor: one Jackson streaming pass over every token of the same file (YAML through `YAMLFactory`).");
        line("");
        line(
                "| input | ours ms/op | OpenAPI Generator ms/op | floor ms/op | ours/peer (time) | peer is × slower | ours/floor | alloc/op ours | alloc/op peer | alloc/op floor |");
        line("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        for (GenerationCase c : GenerationCase.values()) {
            String o = "GenerationBenchmark.ours:" + c.name();
            String p = "GenerationBenchmark.openApiGenerator:" + c.name();
            String f = "GenerationBenchmark.floor:" + c.name();
            double ours1 = score(jmh, o), peer = score(jmh, p), floor = score(jmh, f);
            line("| " + c.label() + " | " + ms(ours1, error(jmh, o)) + " | " + ms(peer, error(jmh, p)) + " | "
                    + ms(floor, error(jmh, f)) + " | " + ratio(ours1 / peer) + " | " + times(peer / ours1) + " | "
                    + ratio(ours1 / floor) + " | " + bytes(alloc(jmh, o)) + " | " + bytes(alloc(jmh, p)) + " | "
                    + bytes(alloc(jmh, f)) + " |");
            target(
                    "Generation ≥ 20× faster than OpenAPI Generator: " + c.label(),
                    times(peer / ours1),
                    peer / ours1 >= 20);
            target("Generation within 2× of the floor: " + c.label(), ratio(ours1 / floor) + "×", ours1 / floor <= 2);
        }
        double all = score(jmh, "WholeSpecBenchmark.ours"), allFloor = score(jmh, "WholeSpecBenchmark.floor");
        line("| " + WholeSpecBenchmark.FILE + " → every section that generates alone (see below) | "
                + ms(all, error(jmh, "WholeSpecBenchmark.ours")) + " | (not run) | "
                + ms(allFloor, error(jmh, "WholeSpecBenchmark.floor")) + " | | | " + ratio(all / allFloor) + " | "
                + bytes(alloc(jmh, "WholeSpecBenchmark.ours")) + " | | " + bytes(alloc(jmh, "WholeSpecBenchmark.floor"))
                + " |");
        target(
                "Generation within 2× of the floor: every section of " + WholeSpecBenchmark.FILE,
                ratio(all / allFloor) + "×",
                all / allFloor <= 2);
        line("");
        try {
            Map.Entry<List<String>, List<String>> ids =
                    WholeSpecBenchmark.supportedIds(SharedFiles.file(WholeSpecBenchmark.FILE));
            line("Every section at once: " + ids.getKey().size()
                    + " resource ids selected together; left out because they do"
                    + " not generate on their own (unsupported shapes, located errors): "
                    + String.join(", ", ids.getValue()) + ".");
        } catch (Exception e) {
            line("Every section at once: the selection could not be listed (" + e.getMessage() + ").");
        }
        line("");
        if (noop != null) {
            line(
                    "Incremental no-op (`IncrementalGenerator.generate` on `spec/customer-session.openapi.json`, nothing changed):"
                            + " first call in a fresh JVM " + String.format(Locale.ROOT, "%.1f", noop[0])
                            + " ms, warm median "
                            + String.format(Locale.ROOT, "%.2f", noop[1])
                            + " ms (the Maven plugin's own start-up is not included).");
            target(
                    "Incremental no-op < 20 ms (first call in a fresh JVM)",
                    String.format(Locale.ROOT, "%.1f ms", noop[0]),
                    noop[0] < 20);
        } else {
            line("Incremental no-op: not measured (this build has no `IncrementalGenerator`).");
        }
        line("");

        // 2. Client
        line("## 2. Client");
        line("");
        line("Decode: the `customer_session` fixture of `fixtures3.json`, and the `invoice` fixture of"
                + " `fixtures3.2024-04-10.json` (3.4 KB, types generated from the same spec's invoice and line_item sections), into the typed"
                + " object, from the body as each client's HTTP layer hands it over (ours: the generated `JsonReaders` over the UTF-8 bytes, as the client"
                + " decodes responses; stripe-java: `ApiResource.INTERNAL_GSON.fromJson` over the body string, as its `StripeObject.deserializeStripeObject`)."
                + " Encode: the same create"
                + " params (customer, pricing table, payment element with features and two filters, `expand[0]`) to the form"
                + " body (ours: `writeForm` + `FormWriter.encode`; stripe-java: `ApiRequestParams.paramsToMap` +"
                + " `FormEncoder.createQueryString`).");
        line("");
        line(
                "| operation | ours ops/s | stripe-java ops/s | ours/stripe-java | alloc/op ours | alloc/op stripe-java |");
        line("|---|--:|--:|--:|--:|--:|");
        for (String op : new String[] {"decode", "decodeInvoice", "encode"}) {
            String o = "CodecBenchmark." + op + "Ours", s = "CodecBenchmark." + op + "StripeJava";
            double ratio = score(jmh, o) / score(jmh, s);
            line("| " + op + " | " + ops(score(jmh, o)) + " | " + ops(score(jmh, s)) + " | " + times(ratio) + " | "
                    + bytes(alloc(jmh, o)) + " | " + bytes(alloc(jmh, s)) + " |");
            target(op + " ≥ 2× stripe-java's throughput", times(ratio), ratio >= 2);
        }
        line("");
        line(
                "Whole `create` calls against one `com.sun.net.httpserver` server on loopback (8 handler threads, answers the"
                        + " fixture at once; same JVM and server for both clients), over plain HTTP/1.1 and over TLS (a self-signed"
                        + " certificate made at run time and installed as the JVM's default trust, which both clients use), N threads"
                        + " sharing one client, " + LOAD_WARMUP_MILLIS / 1000.0 + " s warm-up of each, then "
                        + LOAD_MEASURE_MILLIS / 1000.0 + " s measured per client in " + LOAD_ROUNDS
                        + " alternating slices (ours first, then stripe-java first, and so on; the rates and percentiles"
                        + " are over all slices), so that a burst of other load falls on both. Ours uses its default transports (`HttpURLConnection` for synchronous calls, as stripe-java).");
        line("");
        line(
                "| protocol | threads | ours calls/s | stripe-java calls/s | ours/stripe-java | ours p50 / p99 µs | stripe-java p50 / p99 µs | failures ours / stripe-java |");
        line("|---|--:|--:|--:|--:|--:|--:|--:|");
        for (int i = 0; i + 1 < load.size(); i += 2) {
            LoadTest.Result o = load.get(i), s = load.get(i + 1);
            String protocol = i < load.size() / 2 ? "HTTP/1.1" : "TLS";
            double ratio = o.callsPerSecond() / s.callsPerSecond();
            line("| " + protocol + " | " + o.threads() + " | " + ops(o.callsPerSecond()) + " | "
                    + ops(s.callsPerSecond())
                    + " | " + times(ratio) + " | " + us(o.p50Micros()) + " / " + us(o.p99Micros())
                    + " | " + us(s.p50Micros()) + " / " + us(s.p99Micros()) + " | " + o.failures() + " / "
                    + s.failures() + " |");
            target(
                    "create calls ≥ 1.5× stripe-java's, " + protocol + ", " + o.threads() + " thread(s)",
                    times(ratio),
                    ratio >= 1.5);
            target(
                    "create p50 and p99 no worse than stripe-java's, " + protocol + ", " + o.threads() + " thread(s)",
                    us(o.p50Micros()) + " / " + us(o.p99Micros()) + " µs",
                    o.p50Micros() <= s.p50Micros() && o.p99Micros() <= s.p99Micros());
        }
        line("");

        // 3. Footprint
        line("## 3. Footprint");
        line("");
        line(
                "Runtime closures as Maven resolved them for this module (`dependency:tree` + `dependency:build-classpath`).");
        line("");
        line("| | ours (generated client) | stripe-java | ours/stripe-java |");
        line("|---|--:|--:|--:|");
        line("| jar | " + kb(ours.rootBytes()) + " | " + kb(stripe.rootBytes()) + " | "
                + pct(ours.rootBytes(), stripe.rootBytes()) + " |");
        line("| jar + runtime closure | " + kb(ours.totalBytes()) + " | " + kb(stripe.totalBytes()) + " | "
                + pct(ours.totalBytes(), stripe.totalBytes()) + " |");
        line("| cold start, median of " + coldOurs.size() + " (min–max) | " + cold(coldOurs) + " | " + cold(coldStripe)
                + " | " + ratio((double) median(coldOurs) / median(coldStripe)) + " |");
        line("");
        line(
                "Cold start: a fresh `java -cp <closure>` process that builds a client, creates one session against the local"
                        + " endpoint and prints the customer id; wall time from spawn to exit.");
        line("");
        line("Closures: ours = " + describe(ours) + "; stripe-java = " + describe(stripe) + ".");
        line("");
        target(
                "Jar + dependency closure ≤ 5 % of stripe-java's",
                pct(ours.totalBytes(), stripe.totalBytes()), ours.totalBytes() <= 0.05 * stripe.totalBytes());
        target(
                "(jar alone ≤ 5 % of stripe-java's)",
                pct(ours.rootBytes(), stripe.rootBytes()), ours.rootBytes() <= 0.05 * stripe.rootBytes());
        target(
                "Cold start ≤ stripe-java's (median)",
                median(coldOurs) + " ms vs " + median(coldStripe) + " ms",
                median(coldOurs) <= median(coldStripe));

        // Targets
        line("## Targets (issues 11 and 17)");
        line("");
        line("| target | measured | |");
        line("|---|--:|---|");
        for (String[] t : targets) {
            line("| " + t[0] + " | " + t[1] + " | " + t[2] + " |");
        }
        line("");
        Path results = Path.of(System.getProperty(
                "bench.results", benchDir.resolve("RESULTS.md").toString()));
        Files.writeString(results, md.toString(), StandardCharsets.UTF_8);
        System.out.println(md);
        System.out.println("Wrote " + results);
    }

    private void line(String text) {
        md.append(text).append('\n');
    }

    private void target(String name, String measured, boolean met) {
        targets.add(new String[] {name, measured, met ? "**met**" : "**missed**"});
    }

    private static String describe(Footprint.Closure closure) {
        List<String> parts = new ArrayList<>();
        for (Footprint.Artifact artifact : closure.artifacts()) {
            String[] c = artifact.coordinates().split(":");
            parts.add("`" + c[1] + "` " + kb(artifact.bytes()));
        }
        return String.join(", ", parts);
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return System.getProperty("os.arch");
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String memory() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return String.format(Locale.ROOT, "%.1f GiB", sun.getTotalMemorySize() / (1024.0 * 1024 * 1024));
        }
        return "unknown";
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static String cold(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return median(values) + " ms (" + sorted.get(0) + "–" + sorted.get(sorted.size() - 1) + ")";
    }

    private static String ms(double value, double error) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        String e = Double.isNaN(error) ? "" : " ± " + fmt(error);
        return fmt(value) + e;
    }

    private static String fmt(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (value >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String times(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.1f×", value);
    }

    private static String ops(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String us(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String bytes(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (value >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", value / (1024 * 1024));
        }
        if (value >= 1024) {
            return String.format(Locale.ROOT, "%.1f KB", value / 1024);
        }
        return String.format(Locale.ROOT, "%.0f B", value);
    }

    private static String kb(long value) {
        return String.format(Locale.ROOT, "%,.0f KB", value / 1024.0);
    }

    private static String pct(long part, long whole) {
        return String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }
}
