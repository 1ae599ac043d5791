package dev.stripeslice.generator.maven;

import dev.stripeslice.generator.GenerationRequest;
import dev.stripeslice.generator.GenerationResult;
import dev.stripeslice.generator.IncrementalGenerator;
import dev.stripeslice.generator.Problem;
import dev.stripeslice.generator.SpecException;
import dev.stripeslice.generator.write.EmbeddedSpec;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.build.BuildContext;
import org.jspecify.annotations.Nullable;

/**
 * Generates a typed Java client for one or more resource sections of Stripe's OpenAPI spec and adds it to the
 * project's compile sources.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

    /** The OpenAPI spec to read: Stripe's whole {@code spec3.json} / {@code spec3.yaml}, or an extracted section. */
    @Parameter(property = "stripe-slice.spec", required = true)
    private File spec;

    /**
     * The Stripe resource ids ({@code x-resourceId}) to generate, e.g. {@code customer} and {@code checkout.session}:
     * {@code <section>} elements or one comma-separated value. Required.
     */
    @Parameter(property = "stripe-slice.sections")
    private @Nullable List<String> sections;

    /** The Java package of the generated code. */
    @Parameter(property = "stripe-slice.basePackage", required = true)
    private String basePackage;

    /** Where the generated sources go; added as a compile source root. */
    @Parameter(
            property = "stripe-slice.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/stripe-slice")
    private File outputDirectory;

    /** Treat {@code $ref}s that resolve nowhere as lying outside the section instead of failing. */
    @Parameter(property = "stripe-slice.allowUnresolvedRefs", defaultValue = "false")
    private boolean allowUnresolvedRefs;

    /**
     * The Stripe API version ({@code info.version}) the spec must have, e.g. {@code 2026-07-29.dahlia}. When set and
     * the spec says otherwise the build fails, naming both versions; to accept a new version, update this value.
     * Unset accepts any version.
     */
    @Parameter(property = "stripe-slice.expectedApiVersion")
    private @Nullable String expectedApiVersion;

    /**
     * Where the Markdown report of user-visible changes goes when the spec differs from the one the previous build
     * generated from (types, properties, enum values and operations added or removed, and what breaks).
     */
    @Parameter(
            property = "stripe-slice.changeReport",
            defaultValue = "${project.build.directory}/stripe-slice/changes.md")
    private File changeReport;

    /**
     * Where the selected sections of the spec go as a resource of the generated module, at
     * {@code META-INF/stripe-slice/<basePackage>/openapi.json}, so that LocalStripe can serve this client's API from
     * its jar ({@code LocalStripe.forClient(StripeClient.class)}). Added as a resource directory.
     */
    @Parameter(
            property = "stripe-slice.resourceDirectory",
            defaultValue = "${project.build.directory}/generated-resources/stripe-slice")
    private File resourceDirectory;

    /** Skip generation. */
    @Parameter(property = "stripe-slice.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** Tells IDEs (m2e) which files changed; on the command line it does nothing. */
    private final BuildContext buildContext;

    @Inject
    public GenerateMojo(BuildContext buildContext) {
        this.buildContext = buildContext;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("stripe-slice: skipped");
            return;
        }
        long start = System.nanoTime();
        List<String> sections = SectionsParameter.resourceIds(this.sections);
        Path base = project.getBasedir().toPath();
        GenerationRequest request = new GenerationRequest(
                spec.toPath(),
                displayName(base, spec.toPath()),
                sections,
                basePackage,
                outputDirectory.toPath(),
                allowUnresolvedRefs,
                expectedApiVersion,
                changeReport.toPath());
        try {
            GenerationResult result = new IncrementalGenerator().generate(request);
            project.addCompileSourceRoot(outputDirectory.getPath());
            if (EmbeddedSpec.write(request, resourceDirectory.toPath(), result.upToDate())) {
                getLog().debug("stripe-slice: wrote " + EmbeddedSpec.resourcePath(basePackage));
            }
            if (project.getResources().stream()
                    .noneMatch(r -> resourceDirectory.getPath().equals(r.getDirectory()))) {
                Resource resource = new Resource();
                resource.setDirectory(resourceDirectory.getPath());
                project.addResource(resource);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (result.upToDate()) {
                getLog().info(String.format(
                        Locale.ROOT,
                        "stripe-slice: %s (API %s) is up to date (%d files) in %d ms",
                        String.join(",", sections),
                        result.apiVersion(),
                        result.fileCount(),
                        millis));
                getLog().debug("stripe-slice: fingerprint " + result.fingerprint());
                return;
            }
            getLog().info(String.format(
                    Locale.ROOT,
                    "stripe-slice: %s (API %s): %d types, %d files, %d written, %d unchanged, %d removed in %d ms",
                    String.join(",", sections),
                    result.apiVersion(),
                    result.typeCount(),
                    result.fileCount(),
                    result.outcome().written().size(),
                    result.outcome().unchanged().size(),
                    result.outcome().deleted().size(),
                    millis));
            if (result.changeSummary() != null) {
                getLog().info("stripe-slice: spec changed, " + result.changeSummary() + "; see " + changeReport);
            }
            result.outcome().written().forEach(file -> getLog().debug("stripe-slice: wrote " + file));
            result.outcome().deleted().forEach(file -> getLog().debug("stripe-slice: removed " + file));
            buildContext.refresh(outputDirectory);
        } catch (SpecException e) {
            for (Problem problem : e.problems()) {
                getLog().error(problem.format());
            }
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "stripe-slice: cannot write " + outputDirectory + ": " + e.getMessage(), e);
        }
    }

    /**
     * How messages name the spec: relative to the project when it lies inside it, else its absolute path (never a
     * chain of {@code ../}). Generated files do not contain it (their headers name the API version).
     */
    static String displayName(Path projectDirectory, Path specFile) {
        Path absolute = specFile.toAbsolutePath().normalize();
        Path base = projectDirectory.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace(File.separatorChar, '/');
    }
}
