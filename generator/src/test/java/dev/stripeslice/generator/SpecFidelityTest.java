package dev.stripeslice.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that the project's own {@code spec/customer-session.openapi.json} is Stripe's Customer
 * Session section in everything but prose: same paths, operation, encodings, schemas, properties,
 * types, formats, enums, required and nullable flags, titles and {@code x-} extensions, with
 * descriptions written by this project.
 *
 * <p>Stripe's reference file is read from the directory in the system property {@code
 * stripe.shared.dir} (default {@code ../../shared/stripe} relative to this module, i.e. {@code
 * ../shared/stripe} next to the repository). The tests that need it are skipped when it is absent.
 */
class SpecFidelityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path MODULE_DIR = Path.of("").toAbsolutePath();
    private static final Path SPEC =
            MODULE_DIR.resolve("../spec/customer-session.openapi.json").normalize();
    private static final String STRIPE_SECTION = "customer-session-section.json";
    private static final String SCHEMAS = "/components/schemas";

    /** Resources outside the section that Stripe's section refers to; spec/ stubs each of them. */
    private static final Set<String> STAND_INS =
            Set.of("customer", "payment_intent", "payment_method", "setup_intent", "bank_account", "card", "source");

    private static JsonNode spec;

    @BeforeAll
    static void loadSpec() throws IOException {
        assertThat(SPEC).as("the project's spec").isRegularFile();
        spec = JSON.readTree(SPEC.toFile());
    }

    /** Stripe's section, or a skipped test saying where to put it. */
    private static JsonNode stripeSection() throws IOException {
        return JSON.readTree(TestFiles.sharedStripe(STRIPE_SECTION).toFile());
    }

    /** The project's spec without the stand-ins that Stripe's section does not define itself. */
    private static JsonNode specWithoutStandIns(JsonNode stripe) {
        ObjectNode copy = spec.deepCopy();
        ObjectNode schemas = (ObjectNode) copy.at(SCHEMAS);
        for (String name : STAND_INS) {
            if (!stripe.at(SCHEMAS).has(name)) {
                schemas.remove(name);
            }
        }
        return copy;
    }

    private static boolean inStandIn(String pointer, JsonNode stripe) {
        for (String name : STAND_INS) {
            if (pointer.startsWith(SCHEMAS + "/" + name + "/")
                    && !stripe.at(SCHEMAS).has(name)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void specMatchesStripesSectionInEverythingButProse() throws IOException {
        JsonNode stripe = stripeSection();

        List<StructuralDiff.Difference> differences = StructuralDiff.compare(stripe, specWithoutStandIns(stripe));

        if (!differences.isEmpty()) {
            fail("spec/customer-session.openapi.json must match "
                    + STRIPE_SECTION
                    + " structurally (expected = Stripe, actual = spec/); "
                    + differences.size()
                    + " difference(s):"
                    + StructuralDiff.format(differences));
        }
    }

    @Test
    void comparisonCoversTheWholeSection() throws IOException {
        JsonNode stripe = stripeSection();
        // Guards against a vacuous pass: the parts the fidelity test must cover exist on both sides.
        for (JsonNode doc : List.of(stripe, spec)) {
            assertThat(doc.at("/paths/~1v1~1customer_sessions/post/operationId").asText())
                    .isEqualTo("PostCustomerSessions");
            assertThat(doc.at(
                                    "/paths/~1v1~1customer_sessions/post/requestBody/content/application~1x-www-form-urlencoded/encoding")
                            .size())
                    .isEqualTo(2);
            assertThat(customerSessionSchemas(doc)).hasSize(10);
            assertThat(doc.at(SCHEMAS + "/error").isObject()).isTrue();
            assertThat(doc.at(SCHEMAS + "/api_errors").isObject()).isTrue();
            assertThat(doc.at("/components/securitySchemes").size()).isEqualTo(2);
            assertThat(doc.at("/servers/0/url").asText()).isEqualTo("https://api.stripe.com/");
        }
        assertThat(spec.at("/info/version").asText()).isEqualTo("2026-07-29.dahlia");
        assertThat(customerSessionSchemas(spec)).isEqualTo(customerSessionSchemas(stripe));
    }

    private static Set<String> customerSessionSchemas(JsonNode doc) {
        Set<String> names = new TreeSet<>();
        for (Map.Entry<String, JsonNode> schema : doc.at(SCHEMAS).properties()) {
            if (schema.getKey().startsWith("customer_session")) {
                names.add(schema.getKey());
            }
        }
        return names;
    }

    @Test
    void everyRefInSpecResolves() {
        List<String> unresolved = new ArrayList<>();
        StructuralDiff.forEachRef(spec, (pointer, ref) -> {
            if (!ref.startsWith("#/") || spec.at(ref.substring(1)).isMissingNode()) {
                unresolved.add(pointer + " -> " + ref);
            }
        });
        assertThat(unresolved).as("$refs in spec/ that resolve nowhere").isEmpty();
    }

    @Test
    void standInsAreMinimalResources() {
        for (String name : STAND_INS) {
            JsonNode schema = spec.at(SCHEMAS + "/" + name);
            assertThat(schema.isObject()).as("stand-in schema %s", name).isTrue();
            assertThat(schema.path("type").asText()).isEqualTo("object");
            assertThat(schema.path("x-resourceId").asText())
                    .as("%s x-resourceId", name)
                    .isEqualTo(name);
            assertThat(names(schema.path("properties")))
                    .as("%s properties", name)
                    .containsExactly("id", "object");
            assertThat(schema.at("/properties/id/type").asText()).isEqualTo("string");
            assertThat(schema.at("/properties/id/maxLength").asInt()).isEqualTo(5000);
            assertThat(schema.at("/properties/object/enum").toString()).isEqualTo("[\"" + name + "\"]");
            assertThat(schema.path("required").toString()).isEqualTo("[\"id\",\"object\"]");
        }
    }

    @Test
    void stripesSectionDanglesExactlyWhereTheStandInsStand() throws IOException {
        JsonNode stripe = stripeSection();
        Set<String> dangling = new TreeSet<>();
        StructuralDiff.forEachRef(stripe, (pointer, ref) -> {
            if (stripe.at(ref.substring(1)).isMissingNode()) {
                dangling.add(ref.substring((SCHEMAS + "/").length() + 1));
            }
        });
        assertThat(dangling).isEqualTo(new TreeSet<>(STAND_INS));
    }

    @Test
    void proseIsOurOwn() throws IOException {
        JsonNode stripe = stripeSection();
        Map<String, String> ours = proseOf(spec);
        Map<String, String> theirs = proseOf(stripe);

        // Facts that may stay as they are: they are not prose written by anyone.
        Set<String> facts = Set.of("/info/termsOfService", "/info/contact");
        Set<String> oursOutsideStandIns = new TreeSet<>();
        for (String pointer : ours.keySet()) {
            if (!inStandIn(pointer, stripe)) {
                oursOutsideStandIns.add(pointer);
            }
        }
        assertThat(oursOutsideStandIns)
                .as("every prose field of Stripe's section has our own counterpart, and no more")
                .isEqualTo(new TreeSet<>(theirs.keySet()));

        List<String> copied = new ArrayList<>();
        for (Map.Entry<String, String> field : ours.entrySet()) {
            if (facts.contains(field.getKey())) {
                continue;
            }
            String mine = field.getValue();
            if (mine.isBlank()) {
                copied.add(field.getKey() + " is blank");
            } else if (mine.equals(theirs.get(field.getKey())) || theirs.containsValue(mine)) {
                copied.add(field.getKey() + " is Stripe's text: " + mine);
            }
        }
        assertThat(copied)
                .as("prose fields in spec/ that are not our own words")
                .isEmpty();

        // No whole sentence of Stripe's (six words or more) reappears anywhere in our prose.
        String allOurs = normalize(String.join(" ", ours.values()));
        List<String> reused = new ArrayList<>();
        for (Map.Entry<String, String> field : theirs.entrySet()) {
            if (facts.contains(field.getKey())) {
                continue;
            }
            for (String sentence : SENTENCE_END.split(field.getValue())) {
                String normalized = normalize(sentence);
                if (normalized.split(" ").length >= 6 && allOurs.contains(normalized)) {
                    reused.add(field.getKey() + ": " + sentence.strip());
                }
            }
        }
        assertThat(reused).as("Stripe sentences reused verbatim in spec/").isEmpty();
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .replaceAll("[.!?]$", "")
                .strip();
    }

    /** Prose members by pointer; strings unquoted, anything else (such as /info/contact) as JSON. */
    private static Map<String, String> proseOf(JsonNode doc) {
        Map<String, String> prose = new LinkedHashMap<>();
        StructuralDiff.forEachProse(
                doc, (pointer, value) -> prose.put(pointer, value.isTextual() ? value.asText() : value.toString()));
        return prose;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            names.add(member.getKey());
        }
        return names;
    }

    @Test
    void specIsPrettyPrintedWithLfAndATrailingNewline() throws IOException {
        String text = Files.readString(SPEC, StandardCharsets.UTF_8);
        assertThat(text)
                .doesNotContain("\r")
                .doesNotContain("\t")
                .endsWith("}\n")
                .doesNotEndWith("\n\n");
        assertThat(text.lines()
                        .filter(line -> (line.length() - line.stripLeading().length()) % 2 != 0))
                .as("lines not indented by a multiple of two spaces")
                .isEmpty();
        assertThat(text).startsWith("{\n  \"openapi\": \"3.0.0\",\n");
    }
}
