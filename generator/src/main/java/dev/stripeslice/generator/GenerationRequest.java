package dev.stripeslice.generator;

import java.nio.file.Path;
import java.util.List;

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
 */
public record GenerationRequest(
        Path specFile,
        String specDisplayName,
        List<String> resourceIds,
        String basePackage,
        Path outputDirectory,
        boolean allowUnresolvedRefs) {

    public GenerationRequest {
        resourceIds = List.copyOf(resourceIds);
    }
}
