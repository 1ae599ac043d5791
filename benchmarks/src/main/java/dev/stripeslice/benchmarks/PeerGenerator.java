package dev.stripeslice.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * OpenAPI Generator in-process: generator {@code java}, library {@code native}, restricted to the models and
 * operations our selector picks (global property {@code models}; the normalizer rule {@code FILTER} marks every
 * other operation internal), no supporting files, docs, tests or metadata, written to a temporary folder.
 * Spec validation is off (the CLI's default is on): that only makes the peer faster. The inline models OpenAPI
 * Generator derives for request bodies and {@code anyOf} wrappers are not in the list, so it is asked for fewer
 * types than we emit (our params records and client): that, too, only favours the peer.
 */
final class PeerGenerator {
    private PeerGenerator() {}

    static {
        // OpenAPI Generator's YAML parser has a 3 MB code-point cap; Stripe's YAML spec is 4.2 MB.
        if (System.getProperty("maxYamlCodePoints") == null) {
            System.setProperty("maxYamlCodePoints", String.valueOf(64 * 1024 * 1024));
        }
    }

    /** Generates into a fresh temporary folder, deletes it, and returns how many files were written. */
    static int generate(Path specFile, Selection selection) {
        Path out;
        try {
            out = Files.createTempDirectory("openapi-generator-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            CodegenConfigurator configurator = new CodegenConfigurator()
                    .setInputSpec(specFile.toString())
                    .setGeneratorName("java")
                    .setLibrary("native")
                    .setOutputDir(out.toString())
                    .setValidateSpec(false)
                    .addGlobalProperty("models", String.join(",", selection.schemaKeys()))
                    .addGlobalProperty("apis", "")
                    .addGlobalProperty("supportingFiles", "false")
                    .addGlobalProperty("modelDocs", "false")
                    .addGlobalProperty("modelTests", "false")
                    .addGlobalProperty("apiDocs", "false")
                    .addGlobalProperty("apiTests", "false")
                    .addOpenapiNormalizer("FILTER", "operationId:" + String.join("|", selection.operationIds()));
            ClientOptInput input = configurator.toClientOptInput();
            DefaultGenerator generator = new DefaultGenerator();
            generator.setGenerateMetadata(false);
            List<File> files = generator.opts(input).generate();
            return files.size();
        } finally {
            delete(out);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
