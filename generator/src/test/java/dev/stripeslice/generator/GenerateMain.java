package dev.stripeslice.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Generates the Customer Session client into a directory; tests run it in a JVM of its own (another JDK, another
 * locale, another umask).
 */
public final class GenerateMain {
    private GenerateMain() {}

    public static void main(String[] args) throws Exception {
        generate(Path.of(args[0]), Path.of(args[1]));
    }

    static void generate(Path spec, Path out) throws Exception {
        new IncrementalGenerator()
                .generate(new GenerationRequest(
                        spec,
                        "spec/customer-session.openapi.json",
                        List.of("customer_session"),
                        "com.example.stripe",
                        out,
                        false));
    }

    /**
     * Runs {@link #main} in a child process started by {@code launcher} (the java command and its options, possibly
     * behind a shell), with this JVM's class path, and checks that it finished cleanly; its output goes to {@code log}.
     */
    static void runInChildJvm(List<String> launcher, Path spec, Path out, Path log) throws Exception {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                GenerateMain.class.getName(),
                spec.toString(),
                out.toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("the child JVM finished")
                .isTrue();
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
    }
}
