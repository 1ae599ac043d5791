package dev.stripeslice.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stripeslice.generator.emit.GeneratedFile;
import dev.stripeslice.generator.select.SectionExtractor;
import dev.stripeslice.generator.spec.LoadedSpec;
import dev.stripeslice.generator.spec.SpecLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Generating from an extracted section gives exactly the Java files that generating from the whole spec gives. */
class SectionExtractTest {
    private static final String SPEC = "spec3.2024-04-10.json";

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "customer_session",
                "customer_session,customer",
                "customer",
                "invoice",
                "checkout.session",
                "issuing.card",
                "payment_intent",
                "billing_portal.configuration"
            })
    void theExtractGeneratesTheSameFilesAsTheWholeSpec(String sections) throws Exception {
        LoadedSpec whole = WholeSpecs.load(SPEC);
        GenerationRequest request = WholeSpecs.request(SPEC, List.of(sections.split(",")), "com.example.stripe");
        Generator generator = new Generator();
        List<GeneratedFile> fromWhole = generator.generateSources(request, whole);

        ObjectNode document = generator.extract(request, whole);
        String json = SectionExtractor.toJson(document);
        // Under a name of its own: generated files name the API version, never the spec's file.
        Path extract = temp.resolve("my-slice.json");
        Files.writeString(extract, json, StandardCharsets.UTF_8);
        LoadedSpec extracted = new SpecLoader().load(extract, "src/main/stripe/my-slice.json");
        GenerationRequest fromExtractRequest = new GenerationRequest(
                extract,
                "src/main/stripe/my-slice.json",
                request.resourceIds(),
                request.basePackage(),
                request.outputDirectory(),
                false);
        List<GeneratedFile> fromExtract = generator.generateSources(fromExtractRequest, extracted);

        System.out.printf(
                "%s: extract of %s is %d KB, %d files%n", SPEC, sections, json.length() / 1024, fromExtract.size());
        assertThat(fromExtract).isEqualTo(fromWhole);
        assertThat(SectionExtractor.toJson(generator.extract(fromExtractRequest, extracted)))
                .as("extracting is idempotent")
                .isEqualTo(json);
        assertThat(json).doesNotContain("\r");
    }
}
