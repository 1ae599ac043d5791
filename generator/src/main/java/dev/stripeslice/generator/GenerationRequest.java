package dev.stripeslice.generator;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything one generation needs.
 *
 * @param specFile the OpenAPI document, JSON or YAML
 * @param specDisplayName how messages and generated headers name the spec (a path relative to the project, never
 *     an absolute one, so output does not depend on where the project lives)
 * @param resourceIds the Stripe resource ids ({@code x-resourceId}) to generate
 * @param basePackage the Java package of the generated code
 * @param outputDirectory where the sources go
 * @param allowUnresolvedRefs treat refs that resolve nowhere as lying outside the section
 * @param expectedApiVersion the API version ({@code info.version}) the spec must have, or null to accept any
 * @param changeReportFile where the Markdown change report goes when the spec differs from the previous run's, or
 *     null for no report; not part of the fingerprint (it does not change the generated code)
 */
public record GenerationRequest(
        Path specFile,
        String specDisplayName,
        List<String> resourceIds,
        String basePackage,
        Path outputDirectory,
        boolean allowUnresolvedRefs,
        @Nullable String expectedApiVersion,
        @Nullable Path changeReportFile) {

    public GenerationRequest {
        resourceIds = List.copyOf(resourceIds);
    }

    /** A request that accepts any API version and writes no change report. */
    public GenerationRequest(
            Path specFile,
            String specDisplayName,
            List<String> resourceIds,
            String basePackage,
            Path outputDirectory,
            boolean allowUnresolvedRefs) {
        this(specFile, specDisplayName, resourceIds, basePackage, outputDirectory, allowUnresolvedRefs, null, null);
    }

    public GenerationRequest withExpectedApiVersion(@Nullable String version) {
        return new GenerationRequest(
                specFile,
                specDisplayName,
                resourceIds,
                basePackage,
                outputDirectory,
                allowUnresolvedRefs,
                version,
                changeReportFile);
    }

    public GenerationRequest withChangeReportFile(@Nullable Path file) {
        return new GenerationRequest(
                specFile,
                specDisplayName,
                resourceIds,
                basePackage,
                outputDirectory,
                allowUnresolvedRefs,
                expectedApiVersion,
                file);
    }
}
