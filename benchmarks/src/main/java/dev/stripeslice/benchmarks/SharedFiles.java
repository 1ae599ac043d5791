package dev.stripeslice.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/** Stripe's reference files, from the system property {@code stripe.shared.dir} (default {@code ../shared/stripe}). */
final class SharedFiles {
    private SharedFiles() {}

    static Path dir() {
        return Path.of(System.getProperty("stripe.shared.dir", "../shared/stripe"))
                .toAbsolutePath()
                .normalize();
    }

    static Path file(String name) {
        Path file = dir().resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(
                    "Missing " + file + ": put Stripe's reference files (see ../shared/stripe/README.md)"
                            + " there, or pass -Dstripe.shared.dir=/path/to/them");
        }
        return file;
    }
}
