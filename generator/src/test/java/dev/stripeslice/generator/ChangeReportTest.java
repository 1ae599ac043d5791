package dev.stripeslice.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stripeslice.generator.report.ChangeReport;
import dev.stripeslice.generator.report.ModelSummary;
import dev.stripeslice.generator.report.ModelSummary.OperationSummary;
import dev.stripeslice.generator.report.ModelSummary.PropertySummary;
import dev.stripeslice.generator.report.ModelSummary.TypeSummary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeReportTest {
    @TempDir
    Path temp;

    @Test
    void classifiesEachKindOfChange() {
        ModelSummary before = new ModelSummary(
                "v1",
                Map.of(
                        "Session",
                        type(
                                "RESPONSE",
                                Map.of(
                                        "id",
                                        prop("id", "String", true, false),
                                        "mode",
                                        prop("mode", "Mode", true, false))),
                        "Gone",
                        type("RESPONSE", Map.of())),
                Map.of("Mode", List.of("a", "b")),
                Map.of("SessionsClient.create", new OperationSummary("POST", "/v1/s", "CreateParams", "Session")));
        ModelSummary after = new ModelSummary(
                "v2",
                Map.of(
                        "Session",
                        type(
                                "RESPONSE",
                                Map.of(
                                        "id",
                                        prop("id", "Long", true, false),
                                        "mode",
                                        prop("mode", "Mode", true, true),
                                        "extra",
                                        prop("extra", "String", false, true))),
                        "New",
                        type("RESPONSE", Map.of())),
                Map.of("Mode", List.of("a", "c")),
                Map.of(
                        "SessionsClient.create",
                        new OperationSummary("POST", "/v1/s", "CreateParams", "Session"),
                        "SessionsClient.list",
                        new OperationSummary("GET", "/v1/s", "", "Session")));
        ChangeReport report = ChangeReport.compare(before, after);
        assertThat(report.changes())
                .extracting(c -> c.kind() + " " + c.subject() + " " + c.compatibility())
                .containsExactly(
                        "removed Gone SOURCE_AND_BINARY",
                        "added New COMPATIBLE",
                        "added Session#extra SOURCE_AND_BINARY",
                        "changed Session#id SOURCE_AND_BINARY",
                        "changed Session#mode BEHAVIOUR",
                        "removed Mode.b SOURCE_AND_BINARY",
                        "added Mode.c COMPATIBLE",
                        "added SessionsClient.list SOURCE");
        assertThat(report.breaksBinary()).isTrue();
        assertThat(report.toMarkdown("spec.json"))
                .startsWith("# Stripe API changes: v1 -> v2\n")
                .contains("| changed | `Session#id` | `id`: type String -> Long | breaks source and binary |")
                .doesNotContain("\r");
    }

    @Test
    void theSameModelReportsNoChanges() throws Exception {
        ModelSummary summary = ModelSummary.of(new Generator().model(request(TestFiles.projectSpec(), temp, false)));
        ChangeReport report = ChangeReport.compare(summary, summary);
        assertThat(report.changes()).isEmpty();
        summary.write(temp);
        assertThat(ModelSummary.read(temp)).contains(summary);
    }

    /** Dahlia -> endive, Stripe's own section files, through the incremental generator as a build would run it. */
    @Test
    void dahliaToEndiveThroughTheIncrementalGenerator() throws Exception {
        Path dahlia = TestFiles.sharedStripe("customer-session-section.json");
        Path endive = TestFiles.sharedStripe("customer-session-section.2026-09-30.endive.json");
        Path spec = temp.resolve("customer-session-section.json");
        Path out = temp.resolve("out");
        Path reportFile = temp.resolve("target/stripe-slice/changes.md");
        Files.copy(dahlia, spec);
        GenerationResult first =
                new IncrementalGenerator().generate(request(spec, out, true).withChangeReportFile(reportFile));
        assertThat(first.changeSummary()).isNull();
        assertThat(reportFile).doesNotExist();

        Files.copy(endive, spec, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        GenerationResult second =
                new IncrementalGenerator().generate(request(spec, out, true).withChangeReportFile(reportFile));
        assertThat(second.changeSummary()).startsWith("API 2026-07-29.dahlia -> 2026-09-30.endive: ");
        String markdown = Files.readString(reportFile, StandardCharsets.UTF_8);
        assertThat(markdown).startsWith("# Stripe API changes: 2026-07-29.dahlia -> 2026-09-30.endive");
        ChangeReport report = ChangeReport.compare(
                new Generator().model(request(dahlia, out, true)), new Generator().model(request(endive, out, true)));
        assertThat(markdown).isEqualTo(report.toMarkdown("customer-session-section.json"));
        System.out.println(
                "stripe-slice change report, dahlia -> endive:\n" + second.changeSummary() + "\n\n" + markdown);

        GenerationResult third =
                new IncrementalGenerator().generate(request(spec, out, true).withChangeReportFile(reportFile));
        assertThat(third.upToDate()).isTrue();
        assertThat(third.changeSummary()).isNull();
    }

    private static GenerationRequest request(Path spec, Path out, boolean allowUnresolvedRefs) {
        return new GenerationRequest(
                spec,
                "customer-session-section.json",
                List.of("customer_session"),
                "com.example.stripe",
                out,
                allowUnresolvedRefs);
    }

    private static TypeSummary type(String kind, Map<String, PropertySummary> properties) {
        return new TypeSummary(kind, new LinkedHashMap<>(new java.util.TreeMap<>(properties)));
    }

    private static PropertySummary prop(String name, String type, boolean required, boolean nullable) {
        return new PropertySummary(name, type, required, nullable);
    }
}
