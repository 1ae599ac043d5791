package dev.stripeslice.localstripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;

/** YAML spec loading, kept apart so jackson-dataformat-yaml is needed only by those who use it. */
final class YamlSpecs {
    private YamlSpecs() {}

    static JsonNode read(Path file) throws IOException {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(64 * 1024 * 1024); // Stripe's full YAML spec is over the 3 MB default
            return new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build()).readTree(file.toFile());
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException(
                    "Reading a YAML spec needs com.fasterxml.jackson.dataformat:jackson-dataformat-yaml on the"
                            + " classpath; add it, or pass the spec as JSON",
                    e);
        }
    }
}
