package dev.stripeslice.generator;

import dev.stripeslice.generator.emit.GeneratedFile;
import dev.stripeslice.generator.emit.JavaEmitter;
import dev.stripeslice.generator.model.ApiModel;
import dev.stripeslice.generator.report.ChangeReport;
import dev.stripeslice.generator.report.ModelSummary;
import dev.stripeslice.generator.state.Fingerprint;
import dev.stripeslice.generator.state.GenerationState;
import dev.stripeslice.generator.state.GeneratorVersion;
import dev.stripeslice.generator.write.OutputWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The build-time entry point: the whole pipeline, skipped when nothing changed.
 *
 * <p>The inputs' {@link Fingerprint} (spec bytes, request, generator identity) is kept in the output directory.
 * When it matches and every file the previous run wrote is still there, the spec is hashed but not parsed and
 * nothing is written. Otherwise the pipeline runs; the writer rewrites only files whose bytes changed and removes
 * the ones no longer generated; the fingerprint is recorded last, so an interrupted run is redone next time.
 *
 * <p>A compact summary of the model is kept beside the fingerprint; when the spec's bytes differ from the previous
 * run's, the two models are compared and a {@link ChangeReport} is written to the request's report file.
 *
 * <p>Holds no mutable state; one instance may serve concurrent builds of different output directories.
 */
public final class IncrementalGenerator {
    private final String generatorIdentity;

    public IncrementalGenerator() {
        this(GeneratorVersion.identity());
    }

    /** For tests: pretend to be another generator build. */
    IncrementalGenerator(String generatorIdentity) {
        this.generatorIdentity = generatorIdentity;
    }

    public GenerationResult generate(GenerationRequest request) throws SpecException, IOException {
        Path output = request.outputDirectory();
        @Nullable Fingerprint fingerprint = fingerprint(request);
        Optional<GenerationState> previous = GenerationState.read(output);
        if (fingerprint != null
                && previous.isPresent()
                && previous.get().fingerprint().equals(fingerprint.value())
                && OutputWriter.isComplete(output)) {
            GenerationState state = previous.get();
            return GenerationResult.upToDate(
                    state.apiVersion(), state.typeCount(), state.fileCount(), fingerprint.value());
        }
        // Created only now: its spec loader (Jackson, SnakeYAML) is most of a cold no-op's class loading.
        ApiModel model = new Generator().model(request);
        checkApiVersion(request, model.apiVersion());
        List<GeneratedFile> files = new JavaEmitter(request.basePackage()).emit(model);
        GenerationState.clear(output);
        OutputWriter.Outcome outcome = new OutputWriter().write(output, files);
        int typeCount = Generator.countTypes(model);
        String value = fingerprint == null ? "" : fingerprint.value();
        @Nullable String changeSummary = null;
        if (fingerprint != null) {
            ModelSummary summary = ModelSummary.of(model);
            Optional<ModelSummary> previousSummary = ModelSummary.read(output);
            if (previous.isPresent()
                    && previousSummary.isPresent()
                    && !previous.get().specSha256().equals(fingerprint.specSha256())) {
                changeSummary = report(request, previousSummary.get(), summary);
            }
            summary.write(output);
            new GenerationState(value, fingerprint.specSha256(), model.apiVersion(), typeCount, files.size())
                    .write(output);
        }
        return new GenerationResult(model.apiVersion(), typeCount, files.size(), outcome, false, value, changeSummary);
    }

    /** Compares with the previous spec's model, writes the Markdown report if asked, and returns its summary. */
    private static String report(GenerationRequest request, ModelSummary previous, ModelSummary current)
            throws IOException {
        ChangeReport report = ChangeReport.compare(previous, current);
        Path file = request.changeReportFile();
        if (file != null) {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, report.toMarkdown(request.specDisplayName()).getBytes(StandardCharsets.UTF_8));
        }
        return report.summaryLine();
    }

    /** Fails when the request names the API version it expects and the spec has another. */
    static void checkApiVersion(GenerationRequest request, String actual) throws SpecException {
        String expected = request.expectedApiVersion();
        if (expected != null && !expected.isBlank() && !expected.strip().equals(actual)) {
            throw new SpecException(new Problem(
                    "SS060",
                    request.specDisplayName(),
                    "/info/version",
                    "The spec is for Stripe API version " + (actual.isEmpty() ? "(none)" : actual)
                            + ", but the build expects " + expected.strip(),
                    "To accept the new version, set expectedApiVersion (property stripe-slice.expectedApiVersion) to "
                            + actual + " and review the change report; to keep " + expected.strip()
                            + ", use the spec for that version"));
        }
    }

    /** Null when the spec cannot be read; the pipeline then reports why, with the usual problem codes. */
    private @Nullable Fingerprint fingerprint(GenerationRequest request) {
        try {
            return Fingerprint.of(request, generatorIdentity);
        } catch (IOException e) {
            return null;
        }
    }
}
