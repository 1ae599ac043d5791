package dev.stripeslice.generator;

import dev.stripeslice.testsupport.RequiredFiles;
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
        return RequiredFiles.stripeFile(fileName);
    }
}
