package dev.stripeslice.benchmarks;

import dev.stripeslice.generator.GenerationRequest;
import dev.stripeslice.generator.Generator;
import dev.stripeslice.generator.SpecException;
import dev.stripeslice.generator.emit.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Generation from a spec file, three ways, on the same input: our pipeline (load, select, model, emit, and the
 * UTF-8 bytes it would write), OpenAPI Generator ({@link PeerGenerator}) and the floor ({@link Floor}).
 */
@State(Scope.Benchmark)
@Warmup(iterations = GenerationBenchmark.WARMUP_ITERATIONS, time = 1)
@Measurement(iterations = GenerationBenchmark.MEASUREMENT_ITERATIONS, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GenerationBenchmark {
    static final int WARMUP_ITERATIONS = 2;
    static final int MEASUREMENT_ITERATIONS = 3;

    @Param({"JSON_CUSTOMER_SESSION", "YAML_CUSTOMER", "SECTION_CUSTOMER_SESSION"})
    public String input;

    private GenerationRequest request;
    private Path specFile;
    private Selection selection;
    private final Generator generator = new Generator();

    @Setup
    public void setUp() throws SpecException, IOException {
        GenerationCase c = GenerationCase.valueOf(input);
        specFile = SharedFiles.file(c.file);
        request = new GenerationRequest(
                specFile,
                c.file,
                c.resourceIds,
                "bench.generated",
                Files.createTempDirectory("stripe-slice-bench"),
                c.allowUnresolvedRefs);
        selection = Selection.of(c);
        int files = PeerGenerator.generate(specFile, selection);
        if (files == 0) {
            throw new IllegalStateException("OpenAPI Generator wrote nothing for " + c.label());
        }
        System.out.println("# " + c.label() + ": ours emits "
                + generator.generateSources(request).size()
                + " files, OpenAPI Generator " + files + " (models " + selection.schemaKeys() + ", operations "
                + selection.operationIds() + ")");
    }

    @Benchmark
    public long ours() throws SpecException {
        return bytes(generator.generateSources(request));
    }

    @Benchmark
    public int openApiGenerator() {
        return PeerGenerator.generate(specFile, selection);
    }

    @Benchmark
    public long floor() throws IOException {
        return Floor.pass(specFile);
    }

    static long bytes(List<GeneratedFile> files) {
        long bytes = 0;
        for (GeneratedFile file : files) {
            bytes += file.content().getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes;
    }
}
