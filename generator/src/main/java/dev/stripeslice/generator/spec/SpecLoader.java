package dev.stripeslice.generator.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.stripeslice.generator.Problem;
import dev.stripeslice.generator.SpecException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;

/** Reads a spec file, JSON or YAML, of any size Stripe ships. */
public final class SpecLoader {
    /** Stripe's YAML specs are above SnakeYAML's default 3 MB cap; allow up to 64 MB. */
    private static final int MAX_YAML_CODE_POINTS = 64 * 1024 * 1024;
    /** Alias expansion is how "billion laughs" documents blow up; Stripe's specs use none. */
    private static final int MAX_YAML_ALIASES = 50;
    /**
     * Jackson's default. Schema nesting reaches the model's own located limits (SS031, SS032) well before this depth
     * (each schema level is at least one JSON level, and the model stops at 256), so only non-schema JSON (examples,
     * extensions) can reach it.
     */
    private static final int MAX_NESTING_DEPTH = 1000;

    private final ObjectMapper json;
    private final ObjectMapper yaml;

    public SpecLoader() {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .build();
        JsonFactory jsonFactory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.json = new ObjectMapper(jsonFactory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_YAML_CODE_POINTS);
        options.setMaxAliasesForCollections(MAX_YAML_ALIASES);
        options.setAllowDuplicateKeys(false);
        YAMLFactory yamlFactory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.yaml = new ObjectMapper(yamlFactory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Loads {@code file}; {@code displayName} is what messages call it. */
    public LoadedSpec load(Path file, String displayName) throws SpecException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, displayName, isYaml(file));
        } catch (NoSuchFileException e) {
            throw new SpecException(new Problem(
                    "SS001",
                    displayName,
                    "",
                    "The spec file does not exist",
                    "Check the path given as the spec parameter (stripe-slice.spec)"));
        } catch (IOException e) {
            throw new SpecException(new Problem(
                    "SS002",
                    displayName,
                    "",
                    "The spec file cannot be read: " + e.getMessage(),
                    "Check that the file is readable"));
        }
    }

    public LoadedSpec parse(InputStream in, String displayName, boolean isYaml) throws SpecException, IOException {
        JsonNode root;
        JsonParser parser = isYaml
                ? new NoAliases(yaml.getFactory().createParser(in))
                : json.getFactory().createParser(in);
        try (parser) {
            root = (isYaml ? yaml : json).readTree(parser);
        } catch (AliasException e) {
            throw new SpecException(new Problem(
                    "SS006",
                    displayName,
                    pointerOf(parser),
                    "The spec uses a YAML alias (*" + e.alias + ")" + location(e),
                    "Write the aliased content out in full; stripe-slice refuses YAML aliases (Stripe's specs use none, "
                            + "and they are how \"billion laughs\" documents blow up)"));
        } catch (StreamConstraintsException e) {
            throw new SpecException(new Problem(
                    "SS007",
                    displayName,
                    pointerOf(parser),
                    "The spec goes past a parser limit" + location(e) + ": " + e.getOriginalMessage(),
                    "No Stripe spec comes near these limits (nesting " + MAX_NESTING_DEPTH + " levels, strings of "
                            + "20,000,000 characters, names of 50,000): check that this is the spec you meant, and "
                            + "remove or shorten the part at that position"));
        } catch (JsonProcessingException e) {
            if (isCodePointLimit(e)) {
                throw codePointLimit(displayName, parser, location(e));
            }
            if (e.getOriginalMessage().startsWith("Duplicate field")) {
                throw new SpecException(new Problem(
                        "SS008",
                        displayName,
                        pointerOf(parser),
                        "The key appears twice in one object" + location(e) + ": " + e.getOriginalMessage(),
                        "Remove one of the two entries; a parser would otherwise keep only one of them, silently"));
            }
            throw new SpecException(new Problem(
                    "SS003",
                    displayName,
                    pointerOf(parser),
                    "The spec does not parse as " + (isYaml ? "YAML" : "JSON") + location(e) + ": "
                            + e.getOriginalMessage(),
                    "Fix the syntax at that position, or download the spec again if it was truncated"));
        } catch (RuntimeException e) {
            // SnakeYAML reports its limits as unchecked exceptions.
            if (isCodePointLimit(e)) {
                throw codePointLimit(displayName, parser, "");
            }
            throw new SpecException(new Problem(
                    "SS003",
                    displayName,
                    pointerOf(parser),
                    "The spec does not parse: " + e.getMessage(),
                    "Use a spec without YAML aliases and under 64 MB"));
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new SpecException(new Problem(
                    "SS004",
                    displayName,
                    "",
                    "The spec is empty or not an object",
                    "Point the plugin at an OpenAPI 3 document such as Stripe's spec3.json"));
        }
        if (!root.path("openapi").asText("").startsWith("3.")) {
            throw new SpecException(new Problem(
                    "SS005",
                    displayName,
                    "/openapi",
                    "The document is not OpenAPI 3 (no \"openapi\": \"3.x\" field)",
                    "Use Stripe's OpenAPI 3 spec (spec3.json or spec3.yaml)"));
        }
        return new LoadedSpec(displayName, root);
    }

    /**
     * Jackson reads a YAML alias as the anchor's name, a string: silently wrong content. Refuse aliases instead.
     */
    private static final class NoAliases extends JsonParserDelegate {
        NoAliases(JsonParser parser) {
            super(parser);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = super.nextToken();
            if (delegate instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
                throw new AliasException(yamlParser, yamlParser.getText());
            }
            return token;
        }
    }

    private static final class AliasException extends JsonProcessingException {
        private static final long serialVersionUID = 1L;

        final String alias;

        AliasException(JsonParser parser, String alias) {
            super("YAML alias *" + alias, parser.currentLocation());
            this.alias = alias;
        }
    }

    /** SnakeYAML's cap on a document's size, which Jackson passes on wrapped or as it is. */
    private static boolean isCodePointLimit(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains("exceeds the limit")) {
                return true;
            }
        }
        return false;
    }

    private static SpecException codePointLimit(String displayName, JsonParser parser, String location) {
        return new SpecException(new Problem(
                "SS007",
                displayName,
                pointerOf(parser),
                "The YAML spec is longer than the parser's limit of " + MAX_YAML_CODE_POINTS + " code points"
                        + location,
                "No Stripe spec comes near it (the largest is under 10 MB): check that this is the spec you meant, "
                        + "or convert it to JSON, which has no such limit"));
    }

    /** Where the parser stopped, as a JSON pointer ("" before the first token). */
    private static String pointerOf(JsonParser parser) {
        return parser.getParsingContext() == null
                ? ""
                : parser.getParsingContext().pathAsPointer().toString();
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static String location(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
