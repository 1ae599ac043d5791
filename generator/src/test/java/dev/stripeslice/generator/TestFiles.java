package dev.stripeslice.generator;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the project's spec and Stripe's reference files. */
public final class TestFiles {
    private TestFiles() {}

    /** The repository root (tests run with the module directory as working directory). */
    public static Path repositoryRoot() {
        Path module = Path.of("").toAbsolutePath();
        return module.getParent();
    }

    public static Path projectSpec() {
        return repositoryRoot().resolve("spec/customer-session.openapi.json");
    }

    /** Stripe's reference files; skips the calling test when they are absent. */
    public static Path sharedStripe(String fileName) {
        String configured = System.getProperty("stripe.shared.dir");
        Path directory = configured == null ? repositoryRoot().resolve("../shared/stripe") : Path.of(configured);
        Path file = directory.resolve(fileName).normalize();
        assumeTrue(Files.isRegularFile(file), () -> "Stripe's reference file " + fileName + " is not at " + file
                + "; put ../shared/stripe beside the repository (or set -Dstripe.shared.dir) to run this test");
        return file;
    }
}
