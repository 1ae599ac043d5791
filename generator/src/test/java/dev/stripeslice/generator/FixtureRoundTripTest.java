package dev.stripeslice.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stripeslice.generator.emit.GeneratedFile;
import dev.stripeslice.generator.model.ApiModel;
import dev.stripeslice.generator.model.ObjectType;
import dev.stripeslice.generator.spec.LoadedSpec;
import dev.stripeslice.generator.spec.Pointers;
import dev.stripeslice.runtime.json.JsonReads;
import dev.stripeslice.runtime.json.StripeJson;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stripe's example objects read into the generated records and write back to the same JSON: every fixture of the
 * 2024-04-10 fixtures file whose resource is in the 2024-04-10 spec, and every version of the customer_session
 * fixture since 2024 (later versions carry components and fields the 2024-04-10 section does not know, so this
 * is also the forward-compatibility test).
 */
class FixtureRoundTripTest {
    private static final String SPEC = "spec3.2024-04-10.json";
    private static final ObjectMapper MAPPER = StripeJson.mapper();

    @TempDir
    Path temp;

    @Test
    void everyFixtureOfTheSpecsCommitRoundTrips() throws Exception {
        WholeSpecs.Together together = WholeSpecs.together(
                SPEC, "gen.v20240410.all", EverySectionCompilesTest.UNSUPPORTED_2024_04_10.keySet());
        assertThat(together.diagnostics()).isEmpty();
        LoadedSpec spec = WholeSpecs.load(SPEC);
        Set<String> specIds = WholeSpecs.resourceIds(spec);
        Map<String, String> classOfResource = recordClasses(together.model(), together.basePackage());
        JsonNode fixtures = MAPPER.readTree(Files.readString(TestFiles.sharedStripe("fixtures3.2024-04-10.json")))
                .path("resources");

        List<String> failures = new ArrayList<>();
        List<String> brokenPromises = new ArrayList<>();
        TreeSet<String> notGenerated = new TreeSet<>();
        int inSpec = 0;
        int roundTripped = 0;
        int viaUnionMember = 0;
        try (URLClassLoader loader = loader(together.classes())) {
            for (Map.Entry<String, JsonNode> fixture : fixtures.properties()) {
                if (!specIds.contains(fixture.getKey())) {
                    continue;
                }
                inSpec++;
                String className = classOfResource.get(fixture.getKey());
                if (className == null) {
                    className = unionMemberClass(spec, classOfResource, fixture.getKey(), fixture.getValue());
                    if (className != null) {
                        viaUnionMember++;
                    }
                }
                if (className == null) {
                    notGenerated.add(fixture.getKey());
                    continue;
                }
                String failure = roundTrip(loader.loadClass(className), fixture.getValue());
                brokenPromises.addAll(NullWalk.brokenPromises(decode(loader.loadClass(className), fixture.getValue())));
                if (failure == null) {
                    roundTripped++;
                } else {
                    failures.add(fixture.getKey() + ": " + failure);
                }
            }
        }
        System.out.printf(
                "%s fixtures: %d of the %d whose resource is in the spec round-trip (%d of them through "
                        + "the record of their union's member); no record: %s; %d fixtures in the file%n",
                SPEC, roundTripped, inSpec, viaUnionMember, notGenerated, fixtures.size());
        assertThat(failures).isEmpty();
        assertThat(brokenPromises)
                .as("accessors without @Nullable that return null")
                .isEmpty();
        assertThat(notGenerated).isEqualTo(new TreeSet<>(EverySectionCompilesTest.UNSUPPORTED_2024_04_10.keySet()));
        assertThat(inSpec).isEqualTo(151);
    }

    /**
     * Fields the 2024-04-10 spec requires that the current fixtures (a later API version) no longer carry: Stripe
     * removed or moved them in later versions (tax amounts became taxes, a discount's coupon moved under its source,
     * a subscription's period moved to its items, a line item's type and proration went away). A client pinned to
     * 2024-04-10 gets them; the list only changes when the fixtures or the records do.
     */
    private static final Set<String> REMOVED_AFTER_2024_04_10 = Set.of(
            "CreditNote.lines.data.taxAmounts",
            "CreditNote.taxAmounts",
            "CreditNoteLineItem.taxAmounts",
            "Customer.discount.coupon",
            "DeletedDiscount.coupon",
            "Discount.coupon",
            "Invoice.lines.data.proration",
            "Invoice.lines.data.type",
            "IssuingSettlement.interchangeFees",
            "IssuingSettlement.netTotal",
            "IssuingSettlement.networkFees",
            "IssuingSettlement.transactionVolume",
            "LineItem.proration",
            "LineItem.type",
            "PromotionCode.coupon",
            "Subscription.currentPeriodEnd",
            "Subscription.currentPeriodStart");

    /**
     * The current fixtures file (a later API version) decoded into the 2024-04-10 records: wherever those promise a
     * value (no {@code @Nullable}), the later fixtures have one too, but for the fields later versions removed.
     */
    @Test
    void theCurrentFixturesKeepEveryPromiseOfThe20240410Records() throws Exception {
        WholeSpecs.Together together = WholeSpecs.together(
                SPEC, "gen.v20240410.all", EverySectionCompilesTest.UNSUPPORTED_2024_04_10.keySet());
        Map<String, String> classOfResource = recordClasses(together.model(), together.basePackage());
        JsonNode fixtures = MAPPER.readTree(Files.readString(TestFiles.sharedStripe("fixtures3.json")))
                .path("resources");
        List<String> brokenPromises = new ArrayList<>();
        List<String> undecodable = new ArrayList<>();
        int decoded = 0;
        try (URLClassLoader loader = loader(together.classes())) {
            for (Map.Entry<String, JsonNode> fixture : fixtures.properties()) {
                String className = classOfResource.get(fixture.getKey());
                if (className == null) {
                    continue;
                }
                try {
                    brokenPromises.addAll(
                            NullWalk.brokenPromises(decode(loader.loadClass(className), fixture.getValue())));
                    decoded++;
                } catch (Exception e) {
                    undecodable.add(fixture.getKey() + ": "
                            + e.getMessage().lines().findFirst().orElse(""));
                }
            }
        }
        System.out.printf(
                "fixtures3.json: %d fixtures decoded into 2024-04-10 records, %d accessors without @Nullable "
                        + "returned null: %s; undecodable: %s%n",
                decoded, brokenPromises.size(), brokenPromises, undecodable);
        assertThat(undecodable).isEmpty();
        TreeSet<String> broken = new TreeSet<>();
        brokenPromises.forEach(path -> broken.add(path.replaceAll("\\[\\d+]", "")));
        assertThat(broken)
                .as("accessors without @Nullable that return null")
                .isEqualTo(new TreeSet<>(REMOVED_AFTER_2024_04_10));
    }

    /** A customer that comes back deleted reads as a Customer that says so, with nothing it lacks promised. */
    @Test
    void aDeletedCustomerIsACustomerThatSaysSo() throws Exception {
        WholeSpecs.Together together = WholeSpecs.together(
                SPEC, "gen.v20240410.all", EverySectionCompilesTest.UNSUPPORTED_2024_04_10.keySet());
        JsonNode deleted = MAPPER.readTree("{\"id\": \"cus_1\", \"object\": \"customer\", \"deleted\": true}");
        JsonNode idMissing = MAPPER.readTree("{\"object\": \"customer\"}");
        try (URLClassLoader loader = loader(together.classes())) {
            Class<?> customer = loader.loadClass(
                    recordClasses(together.model(), together.basePackage()).get("customer"));
            Object record = decode(customer, deleted);
            assertThat(NullWalk.brokenPromises(record)).isEmpty();
            assertThat(customer.getMethod("deleted").invoke(record)).isEqualTo(true);
            assertThat(NullWalk.brokenPromises(decode(customer, idMissing))).containsExactly("Customer.id");
        }
    }

    @Test
    void everyCustomerSessionFixtureVersionRoundTripsThroughThe20240410Section() throws Exception {
        LoadedSpec spec = WholeSpecs.load(SPEC);
        String basePackage = "gen.v20240410.customer_session";
        ApiModel model =
                new Generator().model(WholeSpecs.request(SPEC, List.of("customer_session"), basePackage), spec);
        assertHistoryRoundTrips(model, basePackage, spec);
    }

    @Test
    void everyCustomerSessionFixtureVersionRoundTripsThroughTheDahliaSection() throws Exception {
        Path file = TestFiles.sharedStripe("customer-session-section.json");
        String basePackage = "gen.dahlia.customer_session";
        GenerationRequest request = new GenerationRequest(
                file,
                "customer-session-section.json",
                List.of("customer_session"),
                basePackage,
                temp.resolve("unused"),
                true);
        LoadedSpec spec = new dev.stripeslice.generator.spec.SpecLoader().load(file, "customer-session-section.json");
        assertHistoryRoundTrips(new Generator().model(request, spec), basePackage, spec);
    }

    private void assertHistoryRoundTrips(ApiModel model, String basePackage, LoadedSpec spec) throws Exception {
        List<GeneratedFile> files = new dev.stripeslice.generator.emit.JavaEmitter(basePackage).emit(model);
        Path classes = temp.resolve("classes");
        assertThat(InProcessCompiler.compile(files, classes)).isEmpty();
        String className = recordClasses(model, basePackage).get("customer_session");
        JsonNode history =
                MAPPER.readTree(Files.readString(TestFiles.sharedStripe("customer_session-fixture-history.json")));
        List<String> failures = new ArrayList<>();
        try (URLClassLoader loader = loader(classes)) {
            Class<?> type = loader.loadClass(className);
            for (JsonNode version : history) {
                String failure = roundTrip(type, version.path("fixture"));
                if (failure != null) {
                    failures.add(version.path("date").asText() + " "
                            + version.path("commit").asText() + ": " + failure);
                }
            }
        }
        System.out.printf(
                "customer_session fixture history: %d of %d versions round-trip through %s%n",
                history.size() - failures.size(), history.size(), spec.displayName());
        assertThat(failures).isEmpty();
        assertThat(history.size()).isEqualTo(9);
    }

    /**
     * The fixture as the client reads it (the generated {@code JsonReaders}), checked to be the record the mapper
     * reads: the two decoders must agree on every fixture.
     */
    private static Object decode(Class<?> type, JsonNode fixture) throws Exception {
        String json = MAPPER.writeValueAsString(fixture);
        Object mapped = MAPPER.readValue(json, type);
        Object streamed = readGenerated(type, json);
        if (!streamed.equals(mapped)) {
            throw new AssertionError("the generated reader and the mapper read different " + type.getSimpleName()
                    + "s:\n" + streamed + "\n" + mapped);
        }
        return streamed;
    }

    private static Object readGenerated(Class<?> type, String json) throws Exception {
        Class<?> readers = type.getClassLoader().loadClass(type.getPackageName() + ".JsonReaders");
        for (Method method : readers.getMethods()) {
            if (method.getReturnType() == type && method.getParameterCount() == 1) {
                return JsonReads.read(json, p -> {
                    try {
                        return method.invoke(null, p);
                    } catch (InvocationTargetException e) {
                        if (e.getCause() instanceof IOException io) {
                            throw io;
                        }
                        throw new IllegalStateException(e.getCause());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
        }
        throw new AssertionError("no reader of " + type.getName());
    }

    /** Null when the fixture reads and writes back to equal JSON; otherwise what went wrong. */
    private static @Nullable String roundTrip(Class<?> type, JsonNode fixture) {
        try {
            String json = MAPPER.writeValueAsString(fixture);
            Object record = decode(type, fixture);
            JsonNode back = MAPPER.readTree(MAPPER.writeValueAsString(record));
            JsonNode expected = MAPPER.readTree(json);
            return back.equals(expected) ? null : firstDifference("", expected, back);
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": "
                    + e.getMessage().lines().findFirst().orElse("");
        }
    }

    private static String firstDifference(String pointer, JsonNode expected, @Nullable JsonNode actual) {
        if (actual == null || actual.isMissingNode()) {
            return pointer + " missing, expected " + abbreviate(expected);
        }
        if (expected.isObject() && actual.isObject()) {
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                if (!field.getValue().equals(actual.get(field.getKey()))) {
                    return firstDifference(
                            Pointers.child(pointer, field.getKey()), field.getValue(), actual.get(field.getKey()));
                }
            }
            for (Iterator<String> names = actual.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!expected.has(name)) {
                    return Pointers.child(pointer, name) + " unexpected " + abbreviate(actual.get(name));
                }
            }
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                if (!expected.get(i).equals(actual.get(i))) {
                    return firstDifference(Pointers.child(pointer, i), expected.get(i), actual.get(i));
                }
            }
        }
        return pointer + " expected " + abbreviate(expected) + " but was " + abbreviate(actual);
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }

    /**
     * Resources such as {@code external_account} are unions ({@code anyOf} bank_account, card), which the client
     * reads as untyped JSON; their fixture is one of the members, told apart by its {@code object} tag.
     */
    private static @Nullable String unionMemberClass(
            LoadedSpec spec, Map<String, String> classOfResource, String id, JsonNode fixture) {
        String tag = fixture.path("object").asText("");
        for (JsonNode member : spec.schemas().path(id).path("anyOf")) {
            String schemaName = Pointers.schemaNameOf(member.path("$ref").asText(""));
            JsonNode schema = schemaName == null ? null : spec.schemas().get(schemaName);
            if (schema == null) {
                continue;
            }
            for (JsonNode value : schema.path("properties").path("object").path("enum")) {
                if (value.asText().equals(tag)) {
                    return classOfResource.get(schemaName);
                }
            }
        }
        return null;
    }

    /** Schema name (for resources, their id) -> binary name of its top-level record. */
    private static Map<String, String> recordClasses(ApiModel model, String basePackage) {
        Map<String, String> classes = new HashMap<>();
        String prefix = "/components/schemas/";
        for (ObjectType type : model.types()) {
            if (type.kind() != ObjectType.Kind.RESPONSE || !type.pointer().startsWith(prefix)) {
                continue;
            }
            String schemaName = Pointers.schemaNameOf("#" + type.pointer());
            if (schemaName == null) {
                continue;
            }
            classes.put(schemaName, basePackage + "." + type.simpleName());
        }
        return classes;
    }

    private URLClassLoader loader(Path classes) throws Exception {
        return new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
    }
}
