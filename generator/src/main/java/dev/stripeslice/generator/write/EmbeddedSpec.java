package dev.stripeslice.generator.write;

import dev.stripeslice.generator.GenerationRequest;
import dev.stripeslice.generator.Generator;
import dev.stripeslice.generator.SpecException;
import dev.stripeslice.generator.select.SectionExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The spec travels with the generated client: the selected sections, as the {@code extract} goal writes them, go
 * into the client's resources at {@link #resourcePath(String)}, so that a test in any project can start a fake
 * Stripe for exactly this client from its jar ({@code LocalStripe.forClient(StripeClient.class)} looks there).
 */
public final class EmbeddedSpec {
    private EmbeddedSpec() {}

    /** {@code META-INF/stripe-slice/<basePackage>/openapi.json}: one per generated client, so several can coexist. */
    public static String resourcePath(String basePackage) {
        return "META-INF/stripe-slice/" + basePackage + "/openapi.json";
    }

    /**
     * Writes the extract under {@code resourceRoot} unless a file with the same content is there.
     *
     * @param generatedUpToDate the generator found nothing to do; then an existing file is kept without reading the
     *     spec again
     * @return whether the file was written
     */
    public static boolean write(GenerationRequest request, Path resourceRoot, boolean generatedUpToDate)
            throws SpecException, IOException {
        Path target = resourceRoot.resolve(resourcePath(request.basePackage()));
        if (generatedUpToDate && Files.isRegularFile(target)) {
            return false;
        }
        String json = SectionExtractor.toJson(new Generator().extract(request));
        if (Files.isRegularFile(target)
                && Files.readString(target, StandardCharsets.UTF_8).equals(json)) {
            return false;
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, json, StandardCharsets.UTF_8);
        return true;
    }
}
