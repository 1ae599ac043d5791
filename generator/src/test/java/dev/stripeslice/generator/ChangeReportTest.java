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
                        "added Session#extra COMPATIBLE",
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

    /** Additive = minor: what the japicmp gate allows, with canonical constructors left out of it. */
    @Test
    void anAddedFieldOrEnumValueIsAMinorRelease() {
        ModelSummary before = summary(
                Map.of("id", prop("id", "String", true, false)), Map.of("name", prop("name", "String", false, false)));
        ModelSummary after = summary(
                Map.of("id", prop("id", "String", true, false), "colour", prop("colour", "Colour", true, true)),
                Map.of("name", prop("name", "String", false, false), "note", prop("note", "String", false, false)));
        Map<String, List<String>> enums = new LinkedHashMap<>(after.enums());
        enums.put("Mode", List.of("a", "b", "c"));
        after = new ModelSummary(after.apiVersion(), after.types(), enums, after.operations());

        ChangeReport report = ChangeReport.compare(before, after);

        assertThat(report.changes())
                .extracting(c -> c.kind() + " " + c.subject() + " " + c.compatibility())
                .containsExactly(
                        "added Session#colour COMPATIBLE",
                        "added SessionCreateParams#note COMPATIBLE",
                        "added Mode.c COMPATIBLE");
        assertThat(report.breaksBinary()).isFalse();
        assertThat(report.release()).isEqualTo(ChangeReport.Release.MINOR);
        assertThat(report.summaryLine()).endsWith("; a minor release");
        assertThat(report.toMarkdown("spec.json"))
                .contains("compiles and links unchanged: release it under a new minor version.")
                .contains(
                        "| added | `Session#colour` | `colour`: Colour, required, nullable; a new accessor and builder "
                                + "method | compatible |");
    }

    @Test
    void aRequiredParamAddedChangesBehaviourOnly() {
        ModelSummary before = summary(Map.of(), Map.of());
        ModelSummary after = summary(Map.of(), Map.of("amount", prop("amount", "Long", true, false)));

        ChangeReport report = ChangeReport.compare(before, after);

        assertThat(report.changes()).singleElement().satisfies(change -> {
            assertThat(change.compatibility()).isEqualTo(ChangeReport.Compatibility.BEHAVIOUR);
            assertThat(change.detail()).endsWith("build() fails until it is set");
        });
        assertThat(report.release()).isEqualTo(ChangeReport.Release.MINOR);
    }

    @Test
    void aRemovedFieldOrATypeChangeIsAMajorRelease() {
        ModelSummary before = summary(
                Map.of("id", prop("id", "String", true, false), "colour", prop("colour", "String", false, true)),
                Map.of());
        ModelSummary removed = summary(Map.of("id", prop("id", "String", true, false)), Map.of());
        ModelSummary retyped = summary(
                Map.of("id", prop("id", "String", true, false), "colour", prop("colour", "Long", false, true)),
                Map.of());

        ChangeReport removal = ChangeReport.compare(before, removed);
        ChangeReport retyping = ChangeReport.compare(before, retyped);

        assertThat(removal.changes())
                .extracting(c -> c.kind() + " " + c.subject() + " " + c.compatibility())
                .containsExactly("removed Session#colour SOURCE_AND_BINARY");
        assertThat(retyping.changes())
                .extracting(c -> c.kind() + " " + c.subject() + " " + c.compatibility())
                .containsExactly("changed Session#colour SOURCE_AND_BINARY");
        assertThat(removal.release()).isEqualTo(ChangeReport.Release.MAJOR);
        assertThat(retyping.release()).isEqualTo(ChangeReport.Release.MAJOR);
        assertThat(removal.toMarkdown("spec.json")).contains("release it under a new major version");
        assertThat(ChangeReport.compare(before, before).release()).isEqualTo(ChangeReport.Release.PATCH);
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

    /** A response record {@code Session}, its params {@code SessionCreateParams} and an enum {@code Mode}. */
    private static ModelSummary summary(
            Map<String, PropertySummary> sessionProperties, Map<String, PropertySummary> paramsProperties) {
        return new ModelSummary(
                "v",
                Map.of(
                        "Session",
                        type("RESPONSE", sessionProperties),
                        "SessionCreateParams",
                        type("PARAMS", paramsProperties)),
                Map.of("Mode", List.of("a", "b")),
                Map.of(
                        "SessionsClient.create",
                        new OperationSummary("POST", "/v1/s", "SessionCreateParams", "Session")));
    }

    private static TypeSummary type(String kind, Map<String, PropertySummary> properties) {
        return new TypeSummary(kind, new LinkedHashMap<>(new java.util.TreeMap<>(properties)));
    }

    private static PropertySummary prop(String name, String type, boolean required, boolean nullable) {
        return new PropertySummary(name, type, required, nullable);
    }
}
