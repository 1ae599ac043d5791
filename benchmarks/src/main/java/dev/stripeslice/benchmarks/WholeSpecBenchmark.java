package dev.stripeslice.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stripeslice.generator.GenerationRequest;
import dev.stripeslice.generator.Generator;
import dev.stripeslice.generator.SpecException;
import dev.stripeslice.generator.spec.LoadedSpec;
import dev.stripeslice.generator.spec.SpecLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole pipeline on every section of {@code spec3.2024-04-10.json} at once, against the floor. Sections the
 * generator rejects on their own (unsupported shapes, e.g. multipart uploads) are left out and listed.
 */
@State(Scope.Benchmark)
@Warmup(iterations = GenerationBenchmark.WARMUP_ITERATIONS, time = 1)
@Measurement(iterations = GenerationBenchmark.MEASUREMENT_ITERATIONS, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WholeSpecBenchmark {
    static final String FILE = "spec3.2024-04-10.json";

    private GenerationRequest request;
    private Path specFile;
    private final Generator generator = new Generator();

    @Setup
    public void setUp() throws SpecException, IOException {
        specFile = SharedFiles.file(FILE);
        Path out = Files.createTempDirectory("stripe-slice-bench");
        Map.Entry<List<String>, List<String>> ids = supportedIds(specFile);
        request = new GenerationRequest(specFile, FILE, ids.getKey(), "bench.all", out, false);
        System.out.println("# all sections: " + ids.getKey().size() + " resource ids, "
                + generator.generateSources(request).size() + " files; left out: " + ids.getValue());
    }

    /** Every x-resourceId of the spec that generates on its own (key), and those that do not (value). */
    static Map.Entry<List<String>, List<String>> supportedIds(Path specFile) throws SpecException {
        LoadedSpec spec = new SpecLoader().load(specFile, FILE);
        TreeSet<String> all = new TreeSet<>();
        for (Iterator<JsonNode> it = spec.schemas().elements(); it.hasNext(); ) {
            JsonNode id = it.next().get("x-resourceId");
            if (id != null && id.isTextual()) {
                all.add(id.asText());
            }
        }
        Generator generator = new Generator();
        List<String> supported = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        for (String id : all) {
            try {
                generator.model(new GenerationRequest(specFile, FILE, List.of(id), "bench.one", specFile, false), spec);
                supported.add(id);
            } catch (SpecException e) {
                unsupported.add(id);
            }
        }
        return Map.entry(supported, unsupported);
    }

    @Benchmark
    public long ours() throws SpecException {
        return GenerationBenchmark.bytes(generator.generateSources(request));
    }

    @Benchmark
    public long floor() throws IOException {
        return Floor.pass(specFile);
    }
}
