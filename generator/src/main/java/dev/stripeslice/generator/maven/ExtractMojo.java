package dev.stripeslice.generator.maven;

import dev.stripeslice.generator.GenerationRequest;
import dev.stripeslice.generator.Generator;
import dev.stripeslice.generator.Problem;
import dev.stripeslice.generator.SpecException;
import dev.stripeslice.generator.select.SectionExtractor;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.jspecify.annotations.Nullable;

/**
 * Writes the selected sections of a whole Stripe spec as a small standalone OpenAPI document, to keep in the
 * repository instead of Stripe's multi-megabyte spec. Generating from it gives the same Java files as generating
 * from the whole spec. Run it by hand: {@code mvn stripe-slice:extract -Dstripe-slice.spec=spec3.json
 * -Dstripe-slice.extractFile=src/main/openapi/customer-session.json}.
 */
@Mojo(name = "extract", requiresProject = false, threadSafe = true)
public final class ExtractMojo extends AbstractMojo {

    /** The whole spec to read, JSON or YAML. */
    @Parameter(property = "stripe-slice.spec", required = true)
    private File spec;

    /** The Stripe resource ids ({@code x-resourceId}) to keep, e.g. {@code customer_session}. Required. */
    @Parameter(property = "stripe-slice.sections")
    private @Nullable List<String> sections;

    /** Where the extracted document goes (JSON). */
    @Parameter(property = "stripe-slice.extractFile", required = true)
    private File extractFile;

    /** Treat {@code $ref}s that resolve nowhere as lying outside the section instead of failing. */
    @Parameter(property = "stripe-slice.allowUnresolvedRefs", defaultValue = "false")
    private boolean allowUnresolvedRefs;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        long start = System.nanoTime();
        List<String> sections = SectionsParameter.resourceIds(this.sections);
        Path base = project == null || project.getBasedir() == null
                ? Path.of("")
                : project.getBasedir().toPath();
        GenerationRequest request = new GenerationRequest(
                spec.toPath(),
                GenerateMojo.displayName(base, spec.toPath()),
                sections,
                "unused",
                extractFile.toPath(),
                allowUnresolvedRefs);
        try {
            String json = SectionExtractor.toJson(new Generator().extract(request));
            Path target = extractFile.toPath();
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            Files.writeString(target, json, StandardCharsets.UTF_8);
            getLog().info(String.format(
                    Locale.ROOT,
                    "stripe-slice: extracted %s from %s into %s (%d KB) in %d ms",
                    String.join(",", sections),
                    request.specDisplayName(),
                    extractFile,
                    json.length() / 1024,
                    (System.nanoTime() - start) / 1_000_000));
        } catch (SpecException e) {
            for (Problem problem : e.problems()) {
                getLog().error(problem.format());
            }
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("stripe-slice: cannot write " + extractFile + ": " + e.getMessage(), e);
        }
    }
}
