package dev.stripeslice.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;

/** The floor: one Jackson streaming pass over every token of a spec file, nothing kept. */
final class Floor {
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(500).build())
            .build();
    private static final YAMLFactory YAML;

    static {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        YAML = YAMLFactory.builder().loaderOptions(options).build();
    }

    private Floor() {}

    /** Reads every token; returns a count so the work cannot be optimised away. */
    static long pass(Path file) throws IOException {
        JsonFactory factory = file.getFileName().toString().endsWith(".json") ? JSON : YAML;
        long tokens = 0;
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = factory.createParser(in)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                tokens += token.id();
            }
        }
        return tokens;
    }
}
