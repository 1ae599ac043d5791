package dev.stripeslice.generator;

import java.nio.file.Path;
import java.util.List;

/** Generates the Customer Session client into a directory; the determinism test runs it on another JDK. */
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
}
