package dev.stripeslice.generator.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stripeslice.generator.GenerationRequest;
import dev.stripeslice.generator.Generator;
import dev.stripeslice.generator.InProcessCompiler;
import dev.stripeslice.generator.emit.GeneratedFile;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every place a spec string can reach generated source, at once: {@code hostile-sites/template.json} marks each
 * site (schema keys, property and param names, paths and path params, enum and object values, resource ids,
 * descriptions, titles, summaries, operation ids, server URLs, {@code info.*}) with an {@code @site@} token. Each
 * payload fills every site; the output must compile without a diagnostic, keep spec text inside comments and string
 * literals, and parse (javac's tree API) to exactly the shape of the output for harmless names: the same types,
 * members and statements, nothing more.
 */
class SpecStringSitesTest {
    private static final Pattern SITE = Pattern.compile("@([a-z_]+)@");
    private static final String MARKER = GeneratedSourceChecks.MARKER;
    /** Each payload tries to end the context it lands in and run code; every one carries the marker. */
    private static final List<String> PAYLOADS = List.of(
            "x*/ static { System.exit(7); } /* " + MARKER,
            "\\u002a/ static { System.exit(7); } /\\u002a " + MARKER,
            "\\u000a static { System.exit(7); } // " + MARKER,
            "\"); static { System.exit(7); } String s = (\"" + MARKER,
            "\\\"); " + MARKER + "(\" \\",
            "line\u2028separator\u2029" + MARKER + "\r\ncarriage\rreturn\nfeed",
            "} */ @param x {@code " + MARKER + " <script>&amp; </code> <p>",
            "$L $S $T $N %s %n ${x} " + MARKER,
            "\u0000\u0007\u001b[0m \ud83d\ude00 " + MARKER,
            "\\\\u0041 \\ \\\\ " + MARKER,
            "class default enum record _ " + MARKER);

    @TempDir
    Path temp;

    private final JsonMapper json =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    @Test
    void everySiteIsEscapedForItsContext() throws Exception {
        JsonNode template;
        try (InputStream in = getClass().getResourceAsStream("/hostile-sites/template.json")) {
            template = json.readTree(in);
        }
        List<String> sites = new ArrayList<>(sitesOf(json.writeValueAsString(template)));
        assertThat(sites).hasSizeGreaterThan(60);

        List<GeneratedFile> benign = generate(template, sites, site -> "z" + sites.indexOf(site), "sites.benign");
        List<String> benignShape = SourceShapes.of(benign);
        List<GeneratedFile> all = new ArrayList<>(benign);
        for (int p = 0; p < PAYLOADS.size(); p++) {
            String payload = PAYLOADS.get(p);
            List<GeneratedFile> files =
                    generate(template, sites, site -> payload + " z" + sites.indexOf(site), "sites.p" + p);
            GeneratedSourceChecks.assertSafe(files);
            assertThat(SourceShapes.of(files))
                    .as("shape of the output for payload %d: %s", p, payload)
                    .isEqualTo(benignShape);
            all.addAll(files);
        }
        assertThat(InProcessCompiler.compile(all, temp.resolve("classes")))
                .as("javac diagnostics")
                .isEmpty();
        System.out.printf(
                "SpecStringSitesTest: %d spec-string sites x %d payloads, %d files compiled%n",
                sites.size(), PAYLOADS.size(), all.size());
    }

    private static TreeSet<String> sitesOf(String text) {
        TreeSet<String> sites = new TreeSet<>();
        Matcher matcher = SITE.matcher(text);
        while (matcher.find()) {
            sites.add(matcher.group(1));
        }
        return sites;
    }

    private List<GeneratedFile> generate(
            JsonNode template, List<String> sites, UnaryOperator<String> value, String basePackage) throws Exception {
        JsonNode spec = fill(
                template,
                site -> {
                    String text = value.apply(site);
                    // A path template's braces delimit its parameters: path sites cannot hold them, in the spec or
                    // here.
                    return site.startsWith("path_") ? text.replace("{", "(").replace("}", ")") : text;
                },
                false);
        Path file = temp.resolve(basePackage + ".json");
        Files.write(file, json.writeValueAsBytes(spec));
        String resourceId = value.apply("resource_id");
        return new Generator()
                .generateSources(new GenerationRequest(
                        file,
                        "sites/" + basePackage + ".json",
                        List.of(resourceId),
                        basePackage,
                        temp.resolve("out"),
                        false));
    }

    /** The template with every {@code @site@} replaced; inside a {@code $ref}, escaped as a JSON pointer token. */
    private static JsonNode fill(JsonNode node, UnaryOperator<String> value, boolean inRef) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (node.isObject()) {
            ObjectNode out = nodes.objectNode();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                out.set(
                        replace(entry.getKey(), value, false),
                        fill(entry.getValue(), value, entry.getKey().equals("$ref")));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = nodes.arrayNode();
            node.forEach(element -> out.add(fill(element, value, false)));
            return out;
        }
        return node.isTextual() ? nodes.textNode(replace(node.asText(), value, inRef)) : node;
    }

    private static String replace(String text, UnaryOperator<String> value, boolean pointerToken) {
        Matcher matcher = SITE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String filled = value.apply(matcher.group(1));
            if (pointerToken) {
                filled = filled.replace("~", "~0").replace("/", "~1");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(filled));
        }
        return matcher.appendTail(out).toString();
    }
}
