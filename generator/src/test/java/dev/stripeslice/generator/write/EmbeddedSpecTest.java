package dev.stripeslice.generator.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stripeslice.generator.GenerationRequest;
import dev.stripeslice.generator.Generator;
import dev.stripeslice.generator.TestFiles;
import dev.stripeslice.generator.select.SectionExtractor;
import dev.stripeslice.localstripe.LocalStripe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedSpecTest {
    @TempDir
    Path resources;

    private final GenerationRequest request = new GenerationRequest(
            TestFiles.projectSpec(),
            "customer-session.openapi.json",
            List.of("customer_session"),
            "com.example.stripe",
            Path.of("unused"),
            false);

    @Test
    void theResourcePathIsWhereLocalStripeLooks() {
        assertThat(EmbeddedSpec.resourcePath("com.example.stripe"))
                .isEqualTo(LocalStripe.specResource("com.example.stripe"))
                .isEqualTo("META-INF/stripe-slice/com.example.stripe/openapi.json");
    }

    @Test
    void writesTheExtractOnceAndLocalStripeServesIt() throws Exception {
        Path file = resources.resolve("META-INF/stripe-slice/com.example.stripe/openapi.json");

        assertThat(EmbeddedSpec.write(request, resources, false)).isTrue();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(SectionExtractor.toJson(new Generator().extract(request)));
        Files.setLastModifiedTime(file, FileTime.fromMillis(0));
        assertThat(EmbeddedSpec.write(request, resources, false))
                .as("same content")
                .isFalse();
        assertThat(EmbeddedSpec.write(request, resources, true))
                .as("generation up to date")
                .isFalse();
        assertThat(Files.getLastModifiedTime(file).toMillis())
                .as("not rewritten")
                .isZero();

        try (LocalStripe local = LocalStripe.start(file)) {
            assertThat(local.apiVersion()).isEqualTo("2026-07-29.dahlia");
        }
    }

    @Test
    void aMissingFileIsWrittenEvenWhenGenerationWasUpToDate() throws Exception {
        assertThat(EmbeddedSpec.write(request, resources, true)).isTrue();
        assertThat(resources.resolve(EmbeddedSpec.resourcePath("com.example.stripe")))
                .isRegularFile();
    }
}
