package dev.stripeslice.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files tests need that the repository does not hold: Stripe's reference files (the whole specs, fixtures), which
 * live in {@code ../shared/stripe} beside the repository or wherever {@code -Dstripe.shared.dir} points, and tools
 * such as a second JDK. A missing one skips the test, and the first skip for each file prints one line on the
 * console saying which file is missing, where it was looked for and where it comes from.
 */
public final class RequiredFiles {
    /** The system property naming the folder of Stripe's reference files. */
    public static final String SHARED_DIR_PROPERTY = "stripe.shared.dir";

    private static final Set<Path> REPORTED = ConcurrentHashMap.newKeySet();

    private RequiredFiles() {}

    /** The folder of Stripe's reference files: {@code -Dstripe.shared.dir}, else {@code ../shared/stripe} beside the repository. */
    public static Path stripeDirectory() {
        String configured = System.getProperty(SHARED_DIR_PROPERTY);
        // Tests run in their module's directory, one below the repository root.
        Path directory =
                configured == null || configured.isBlank() ? Path.of("../../shared/stripe") : Path.of(configured);
        return directory.toAbsolutePath().normalize();
    }

    /** One of Stripe's reference files; skips the calling test when it is absent. */
    public static Path stripeFile(String fileName) {
        return require(
                stripeDirectory().resolve(fileName),
                "Stripe's " + fileName,
                "It is one of Stripe's published OpenAPI files (github.com/stripe/openapi) that the tests read from"
                        + " ../shared/stripe beside the repository; put that folder there or point -D"
                        + SHARED_DIR_PROPERTY + "=<folder> at it.");
    }

    /**
     * Any file a test needs; skips the calling test when it is absent.
     *
     * @param what what the file is, for the message ("JDK 25's java")
     * @param whereFrom how to get it, a sentence
     */
    public static Path require(Path file, String what, String whereFrom) {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            return absolute;
        }
        String message = "Skipped: " + what + " is missing, not at " + absolute + ". " + whereFrom;
        if (REPORTED.add(absolute)) {
            System.out.println("[stripe-slice] " + message);
        }
        assumeTrue(false, message);
        return absolute;
    }
}
