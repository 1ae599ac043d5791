package dev.stripeslice.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stripeslice.generator.model.ApiModel;
import dev.stripeslice.generator.model.EnumType;
import dev.stripeslice.generator.model.ObjectType;
import dev.stripeslice.generator.model.Property;
import dev.stripeslice.generator.model.TypeRef;
import dev.stripeslice.generator.spec.LoadedSpec;
import dev.stripeslice.generator.spec.SpecLoader;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.InlineModelResolver;
import org.openapitools.codegen.languages.JavaClientCodegen;

/**
 * Issue 9, item 5 ("second opinion"): OpenAPI Generator (test scope) parses the same sections, and for every schema
 * our model turns into a record we compare our properties with its {@link CodegenModel}: wire names, types (both
 * sides mapped to a small common vocabulary), enum values, required and nullable. Each difference is either fixed
 * in the generator or explained in {@link #EXPECTED}; a new, unexplained difference fails the test, and an entry of
 * {@link #EXPECTED} that no longer occurs fails it too. Sections: Customer Session of dahlia (the section file, its
 * dangling refs left as they are) and {@code customer_session}, {@code customer} and {@code invoice} of
 * {@code spec3.2024-04-10.json}, each generated on its own. Each record's schema (a component, an inline object
 * under it, a request body, or an operation's query parameters gathered into one object) is found in OpenAPI
 * Generator's parsed and flattened document and modelled by {@link JavaClientCodegen#fromModel}.
 */
class OpenApiGeneratorAgreementTest {

    static {
        // OpenAPI Generator's YAML parser refuses documents over 3 MB of code points unless told otherwise.
        if (System.getProperty("maxYamlCodePoints") == null) {
            System.setProperty("maxYamlCodePoints", String.valueOf(64 * 1024 * 1024));
        }
    }

    /** One disagreement between the two models. */
    record Difference(
            String section, String schema, String property, String shape, String aspect, String ours, String theirs) {
        @Override
        public String toString() {
            return section + " " + schema + " ." + property + " " + aspect + ": ours=" + ours + " theirs=" + theirs
                    + " shape=" + shape;
        }
    }

    /**
     * A kind of difference where ours is right: the aspect, both sides' values in the common vocabulary, and the
     * spec's shape of the property ({@link #shape}: {@code $ref(cut)} is a reference past the section's cut, to
     * another resource or, in a section file, dangling; {@code enum("")} is Stripe's "send empty to clear" branch).
     *
     * @param why the reason ours is right
     */
    record Expected(String aspect, String ours, String theirs, String shape, String why) {
        boolean matches(Difference d) {
            return d.aspect.equals(aspect) && d.ours.equals(ours) && d.theirs.equals(theirs) && d.shape.equals(shape);
        }
    }

    private static final String EXPANDABLE = "Stripe's expandable field (anyOf [string id, $ref...] with"
            + " x-expansionResources): ours is Expandable, usable as the id and holding the expanded object when"
            + " asked for; OpenAPI Generator flattens the anyOf into a wrapper model of its own (object-ref) that"
            + " has neither the id nor the object as a field";
    private static final String CUT = "The target is another resource, past the section's cut (or dangling in a"
            + " section file): ours keeps it as raw JSON (Untyped) until the user adds that resource to the"
            + " selection; OpenAPI Generator has the whole document (or an unresolved name) and refers to a model"
            + " this section does not generate";
    private static final String CLEARABLE = "Stripe's clearable params field (anyOf [T, enum [\"\"]]): ours is"
            + " the T itself (the record marks it clearable and sends the empty string to unset it); OpenAPI"
            + " Generator makes a wrapper model of the anyOf, so a caller cannot set T directly";
    private static final String ALTERNATIVES = "A params field of two unrelated shapes (a timestamp or a keyword like"
            + " \"now\", a range object or an exact timestamp, a token or card details): ours is AnyOf<A, B> with a"
            + " builder setter per shape (the range object is the runtime's RangeQuery); OpenAPI Generator's anyOf"
            + " wrapper model cannot hold a bare string or integer";
    private static final String CONSTANT = "A single-value enum is a constant type tag (object: \"customer\","
            + " deleted: true): ours keeps the plain string or boolean, since a one-constant Java enum (plus its"
            + " unknown fallback) says nothing the record type does not";

    private static final String DELETED_FORM = "The record may arrive as its deleted form (retrieving a customer"
            + " answers anyOf [customer, deleted_customer]): ours reads both into the one record, which gets the"
            + " deleted form's deleted flag and @Nullable on what the deleted form lacks; OpenAPI Generator has no"
            + " such property on the object's model";

    private static final String EMBEDDED_LIST = "A list embedded in an object (invoice.lines, customer.subscriptions:"
            + " object list, data, has_more, url): ours is the runtime's StripeList of the items, which the client's"
            + " pages() continues from the list's own url; OpenAPI Generator makes a model of the envelope";

    /** Every difference kept, with why ours is right. */
    static final List<Expected> EXPECTED = List.of(
            new Expected("type", "expandable", "object-ref", "anyOf[string,$ref(cut)]", EXPANDABLE),
            new Expected("type", "expandable", "object-ref", "anyOf[string,$ref(cut),$ref(cut)]", EXPANDABLE),
            new Expected(
                    "type",
                    "expandable",
                    "object-ref",
                    "anyOf[string,$ref(cut),$ref(cut),$ref(cut)]",
                    EXPANDABLE + " (several targets, all past the cut)"),
            new Expected(
                    "type",
                    "expandable<object-ref>",
                    "object-ref",
                    "anyOf[string,$ref]",
                    EXPANDABLE + " (here the target is inside the section, so ours types the expanded form)"),
            new Expected(
                    "type",
                    "array<expandable>",
                    "array<object-ref>",
                    "array<anyOf[string,$ref(cut),$ref(cut)]>",
                    EXPANDABLE + " (a list of them)"),
            new Expected("type", "any", "object-ref", "$ref(cut)", CUT),
            new Expected(
                    "type",
                    "any",
                    "object-ref",
                    "anyOf[$ref(cut)]",
                    CUT + " (the single-branch anyOf is Stripe's way to make the $ref nullable; both read nullable)"),
            new Expected(
                    "type",
                    "any",
                    "object-ref",
                    "anyOf[$ref(cut),$ref(cut),$ref(cut)]",
                    CUT + " (a polymorphic field whose members are all past the cut)"),
            new Expected("type", "array<any>", "array<object-ref>", "array<$ref(cut)>", CUT + " (list items)"),
            new Expected("type", "string", "object-ref", "anyOf[string,enum(\"\")]", CLEARABLE),
            new Expected(
                    "type",
                    "integer",
                    "object-ref",
                    "anyOf[integer(unix-time),enum(\"\")]",
                    CLEARABLE + " (format unix-time: both read an integer)"),
            new Expected(
                    "type",
                    "map",
                    "object-ref",
                    "anyOf[object(additionalProperties),enum(\"\")]",
                    CLEARABLE + " (metadata)"),
            new Expected("type", "array<string>", "object-ref", "anyOf[array<string>,enum(\"\")]", CLEARABLE),
            new Expected("type", "array<enum>", "object-ref", "anyOf[array<string-enum>,enum(\"\")]", CLEARABLE),
            new Expected("type", "array<object-ref>", "object-ref", "anyOf[array<object>,enum(\"\")]", CLEARABLE),
            new Expected(
                    "type",
                    "anyOf<integer,enum>",
                    "object-ref",
                    "anyOf[integer(unix-time),string-constant]",
                    ALTERNATIVES),
            new Expected(
                    "type",
                    "anyOf<enum,integer>",
                    "object-ref",
                    "anyOf[string-constant,integer(unix-time)]",
                    ALTERNATIVES),
            new Expected(
                    "type", "anyOf<enum,integer>", "object-ref", "anyOf[string-enum,integer(unix-time)]", ALTERNATIVES),
            new Expected("type", "anyOf<range,integer>", "object-ref", "anyOf[object,integer]", ALTERNATIVES),
            new Expected("type", "anyOf<object-ref,string>", "object-ref", "anyOf[object,string]", ALTERNATIVES),
            new Expected(
                    "type",
                    "expandable<object-ref>",
                    "object-ref",
                    "anyOf[string,$ref,$ref]",
                    EXPANDABLE + " (the target and its deleted form, both inside the section: ours types the expanded"
                            + " form)"),
            new Expected(
                    "type",
                    "expandable<union>",
                    "object-ref",
                    "anyOf[string,$ref,$ref,$ref]",
                    EXPANDABLE + " (several targets inside the section: the expanded form is their sealed union)"),
            new Expected(
                    "type",
                    "expandable",
                    "object-ref",
                    "anyOf[string,$ref,$ref(cut)]",
                    EXPANDABLE + " (one target inside the section and one past the cut: the expanded form stays raw"
                            + " JSON)"),
            new Expected(
                    "type",
                    "array<expandable<object-ref>>",
                    "array<object-ref>",
                    "array<anyOf[string,$ref]>",
                    EXPANDABLE + " (a list of them, the target inside the section)"),
            new Expected(
                    "type",
                    "array<expandable>",
                    "array<object-ref>",
                    "array<anyOf[string,$ref(cut)]>",
                    EXPANDABLE + " (a list of them, the target past the cut)"),
            new Expected(
                    "type",
                    "object-ref",
                    "any",
                    "$ref",
                    "A component that declares no properties (payment_method_affirm, the empty details of a payment"
                            + " method type): ours is a record of its own, empty but for the extras that keep what"
                            + " Stripe sends, so the fields Stripe adds later have a place; OpenAPI Generator maps an"
                            + " object without properties to Object"),
            new Expected("type", "number", "object-ref", "anyOf[number,enum(\"\")]", CLEARABLE),
            new Expected("type", "string", "enum", "string-constant", CONSTANT),
            new Expected("type", "boolean", "enum", "boolean-constant", CONSTANT),
            new Expected("name", "present", "absent", "object", DELETED_FORM),
            new Expected(
                    "type",
                    "page<any>",
                    "object-ref",
                    "object",
                    EMBEDDED_LIST + " (its items lie past the cut, so they are raw JSON)"),
            new Expected(
                    "type",
                    "page<object-ref>",
                    "object-ref",
                    "object",
                    EMBEDDED_LIST + " (its items' resource inside the section: a customer's tax ids, an invoice's"
                            + " lines)"),
            new Expected(
                    "type",
                    "page<union>",
                    "object-ref",
                    "object",
                    EMBEDDED_LIST + " (items of several resources inside the section: a customer's sources)"));

    @Test
    void ourModelAgreesWithOpenApiGenerator() throws Exception {
        List<Difference> differences = new ArrayList<>();
        int[] counts = new int[5];
        Path dahlia = TestFiles.sharedStripe("customer-session-section.json");
        compare(
                "dahlia",
                dahlia,
                new SpecLoader().load(dahlia, "customer-session-section.json"),
                List.of("customer_session"),
                true,
                differences,
                counts);
        Path whole = TestFiles.sharedStripe("spec3.2024-04-10.json");
        LoadedSpec spec = WholeSpecs.load("spec3.2024-04-10.json");
        OpenAPI theirs = parse(whole);
        for (String id : List.of("customer_session", "customer", "invoice")) {
            ApiModel ours = new Generator()
                    .model(WholeSpecs.request("spec3.2024-04-10.json", List.of(id), "com.example.agree"), spec);
            compare("2024-04-10/" + id, ours, spec, theirs, differences, counts);
        }
        System.out.println("OpenAPI Generator agreement: " + counts[0] + " schemas, " + counts[1]
                + " properties compared (" + counts[2] + " enums, " + counts[3] + " both required, " + counts[4]
                + " both nullable), " + differences.size() + " differences");
        Map<Expected, Integer> used = new LinkedHashMap<>();
        List<Difference> unexplained = new ArrayList<>();
        for (Difference d : differences) {
            Expected e = EXPECTED.stream().filter(x -> x.matches(d)).findFirst().orElse(null);
            if (e == null) {
                unexplained.add(d);
            } else {
                used.merge(e, 1, Integer::sum);
            }
        }
        used.forEach((e, n) -> System.out.println(
                "  kept " + n + "x " + e.aspect + " ours=" + e.ours + " theirs=" + e.theirs + " shape=" + e.shape));
        Map<String, Long> byKind = unexplained.stream()
                .collect(Collectors.groupingBy(
                        d -> d.aspect + " ours=" + d.ours + " theirs=" + d.theirs + " shape=" + d.shape,
                        TreeMap::new,
                        Collectors.counting()));
        byKind.forEach((k, n) -> System.out.println("  UNEXPLAINED " + n + "x " + k));
        unexplained.forEach(d -> System.out.println("    " + d));
        assertThat(unexplained)
                .as("differences from OpenAPI Generator nobody explained")
                .isEmpty();
        assertThat(EXPECTED)
                .as("expected differences that no longer occur (remove them)")
                .allMatch(used::containsKey);
        // not vacuous: each aspect was compared on real cases
        assertThat(counts[0]).isGreaterThan(200);
        assertThat(counts[2]).isGreaterThan(50);
        assertThat(counts[3]).isGreaterThan(50);
        assertThat(counts[4]).isGreaterThan(50);
    }

    private void compare(
            String section,
            Path file,
            LoadedSpec spec,
            List<String> ids,
            boolean allowUnresolved,
            List<Difference> out,
            int[] counts)
            throws SpecException {
        ApiModel ours = new Generator()
                .model(
                        new GenerationRequest(
                                file, spec.displayName(), ids, "com.example.agree", Path.of("unused"), allowUnresolved),
                        spec);
        compare(section, ours, spec, parse(file), out, counts);
    }

    private static OpenAPI parse(Path file) {
        ParseOptions options = new ParseOptions();
        // No resolving: $refs stay references (the section file's dangling ones stay dangling; its codegen then
        // names a model it does not have, which the $ref(cut) entries below cover).
        options.setResolve(false);
        OpenAPI openApi = new OpenAPIV3Parser().read(file.toString(), null, options);
        assertThat(openApi).as("OpenAPI Generator's parser read " + file).isNotNull();
        // What OpenAPI Generator does before modelling: inline objects become components of their own.
        // (package-private; DefaultGenerator calls it the same way).
        try {
            java.lang.reflect.Method flatten = InlineModelResolver.class.getDeclaredMethod("flatten", OpenAPI.class);
            flatten.setAccessible(true);
            flatten.invoke(new InlineModelResolver(), openApi);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return openApi;
    }

    private void compare(
            String section, ApiModel ours, LoadedSpec spec, OpenAPI openApi, List<Difference> out, int[] counts) {
        JavaClientCodegen codegen = new JavaClientCodegen();
        codegen.setOpenAPI(openApi);
        List<ObjectType> all = new ArrayList<>();
        ours.types().forEach(t -> collect(t, all));
        java.util.Set<String> pointers = all.stream().map(ObjectType::pointer).collect(Collectors.toSet());
        for (ObjectType type : all) {
            Schema<?> schema = resolve(openApi, type.pointer());
            assertThat(schema)
                    .as(section + ": OpenAPI Generator has no schema at " + type.pointer())
                    .isNotNull();
            CodegenModel model = codegen.fromModel(type.toString(), schema);
            counts[0]++;
            Map<String, CodegenProperty> theirs = new LinkedHashMap<>();
            for (CodegenProperty p : model.vars) {
                theirs.put(p.baseName, p);
            }
            String where = type.pointer();
            for (Property p : type.properties()) {
                String shape = shape(specNode(spec, p.pointer()), pointers);
                CodegenProperty their = theirs.remove(p.wireName());
                if (their == null) {
                    out.add(new Difference(section, where, p.wireName(), shape, "name", "present", "absent"));
                    continue;
                }
                counts[1]++;
                String ourType = vocabulary(p.type());
                String theirType = vocabulary(their);
                if (!ourType.equals(theirType)) {
                    out.add(new Difference(section, where, p.wireName(), shape, "type", ourType, theirType));
                } else {
                    String ourEnum = enumValues(p.type());
                    String theirEnum = enumValues(their);
                    if (ourEnum != null) {
                        counts[2]++;
                    }
                    if (!Objects.equals(ourEnum, theirEnum)) {
                        out.add(new Difference(
                                section,
                                where,
                                p.wireName(),
                                shape,
                                "enum",
                                String.valueOf(ourEnum),
                                String.valueOf(theirEnum)));
                    }
                }
                counts[3] += p.required() && their.required ? 1 : 0;
                counts[4] += p.nullable() && their.isNullable ? 1 : 0;
                if (p.required() != their.required) {
                    out.add(new Difference(
                            section, where, p.wireName(), shape, "required", "" + p.required(), "" + their.required));
                }
                if (p.nullable() != their.isNullable) {
                    out.add(new Difference(
                            section, where, p.wireName(), shape, "nullable", "" + p.nullable(), "" + their.isNullable));
                }
            }
            for (String name : theirs.keySet()) {
                out.add(new Difference(section, where, name, "", "name", "absent", "present"));
            }
        }
    }

    /**
     * The spec's node at our pointer, read the way {@link #resolve} reads it: following $refs, stepping into the
     * {@code anyOf} branch our pointers skip; a query parameter's pointer ({@code .../get/parameters/properties/x})
     * is ours.
     */
    static JsonNode specNode(LoadedSpec spec, String pointer) {
        List<String> segments = new ArrayList<>();
        for (String s : pointer.substring(1).split("/", -1)) {
            segments.add(s.replace("~1", "/").replace("~0", "~"));
        }
        JsonNode node = spec.root();
        for (int i = 0; i < segments.size() && !node.isMissingNode(); i++) {
            node = derefJson(spec, node);
            String segment = segments.get(i);
            if (segment.equals("parameters")
                    && node.has("parameters")
                    && i + 2 < segments.size()
                    && segments.get(i + 1).equals("properties")) {
                String name = segments.get(i + 2);
                JsonNode found = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
                for (JsonNode parameter : node.get("parameters")) {
                    if (parameter.path("name").asText().equals(name)) {
                        found = parameter.path("schema");
                    }
                }
                node = found;
                i += 2;
                continue;
            }
            if (!node.has(segment) && (node.has("anyOf") || node.has("oneOf"))) {
                String next = i + 1 < segments.size() ? segments.get(i + 1) : "";
                for (JsonNode branch : node.has("anyOf") ? node.get("anyOf") : node.get("oneOf")) {
                    JsonNode target = derefJson(spec, branch);
                    if (segment.equals("properties") ? target.path("properties").has(next) : target.has(segment)) {
                        node = target;
                        break;
                    }
                }
            }
            node = node.isArray() && segment.matches("[0-9]+")
                    ? node.path(Integer.parseInt(segment))
                    : node.path(segment);
        }
        return node;
    }

    private static JsonNode derefJson(LoadedSpec spec, JsonNode node) {
        while (node.has("$ref") && node.get("$ref").asText().startsWith("#/")) {
            JsonNode target = spec.root().at(node.get("$ref").asText().substring(1));
            if (target.isMissingNode()) {
                return node;
            }
            node = target;
        }
        return node;
    }

    /** The spec's shape of a property, in short: {@code anyOf[string,enum("")]}, {@code $ref}, {@code integer}. */
    static String shape(JsonNode node, java.util.Set<String> section) {
        if (node.isMissingNode()) {
            return "?";
        }
        for (String combinator : List.of("anyOf", "oneOf", "allOf")) {
            if (node.has(combinator)) {
                List<String> branches = new ArrayList<>();
                node.get(combinator).forEach(b -> branches.add(shape(b, section)));
                return combinator + "[" + String.join(",", branches) + "]";
            }
        }
        if (node.has("$ref")) {
            // (cut): the target lies past the section's cut (another resource, or dangling in a section file)
            return section.contains(node.get("$ref").asText().substring(1)) ? "$ref" : "$ref(cut)";
        }
        String type = node.path("type").asText("untyped");
        if (node.has("enum")) {
            return node.get("enum").size() == 1
                            && node.get("enum").get(0).asText().isEmpty()
                    ? "enum(\"\")"
                    : node.get("enum").size() == 1 ? type + "-constant" : type + "-enum";
        }
        if (type.equals("array")) {
            return "array<" + shape(node.path("items"), section) + ">";
        }
        if (type.equals("object") && node.has("additionalProperties")) {
            return "object(additionalProperties)";
        }
        if (type.equals("object") && node.path("properties").isEmpty()) {
            return "object{}";
        }
        return node.has("format") ? type + "(" + node.get("format").asText() + ")" : type;
    }

    private static void collect(ObjectType type, List<ObjectType> out) {
        out.add(type);
        type.nested().forEach(n -> collect(n, out));
    }

    // ---- the common vocabulary ----

    static String vocabulary(TypeRef type) {
        if (type instanceof TypeRef.Scalar s) {
            return s.kind().name().toLowerCase(java.util.Locale.ROOT);
        } else if (type instanceof TypeRef.ListOf l) {
            return "array<" + vocabulary(l.element()) + ">";
        } else if (type instanceof TypeRef.MapOf) {
            return "map";
        } else if (type instanceof TypeRef.Named) {
            return "object-ref";
        } else if (type instanceof TypeRef.EnumOf) {
            return "enum";
        } else if (type instanceof TypeRef.Expandable e) {
            return e.target() == null ? "expandable" : "expandable<object-ref>";
        } else if (type instanceof TypeRef.Union) {
            return "union";
        } else if (type instanceof TypeRef.ExpandableUnion) {
            return "expandable<union>";
        } else if (type instanceof TypeRef.Page p) {
            return "page<" + vocabulary(p.item()) + ">";
        } else if (type instanceof TypeRef.Binary) {
            return "binary";
        } else if (type instanceof TypeRef.AnyOf anyOf) {
            return "anyOf<" + vocabulary(anyOf.first()) + "," + vocabulary(anyOf.second()) + ">";
        } else if (type instanceof TypeRef.Range) {
            return "range";
        }
        return "any";
    }

    static String vocabulary(CodegenProperty p) {
        if (p.isArray) {
            return "array<" + (p.items == null ? "any" : vocabulary(p.items)) + ">";
        } else if (p.isMap) {
            return "map";
        } else if (p.isEnum || p.isEnumRef || (p._enum != null && !p._enum.isEmpty())) {
            return "enum";
        } else if (p.isBoolean) {
            return "boolean";
        } else if (p.isInteger || p.isLong) {
            return "integer";
        } else if (p.isNumber || p.isFloat || p.isDouble || p.isDecimal) {
            return "number";
        } else if (p.isString || p.isDate || p.isDateTime || p.isUuid || p.isUri || p.isEmail || p.isPassword) {
            return "string";
        } else if (p.isBinary || p.isFile) {
            return "binary";
        } else if (p.isModel || (p.complexType != null && !p.isPrimitiveType && !p.isAnyType && !p.isFreeFormObject)) {
            return "object-ref";
        } else if (p.isAnyType || p.isFreeFormObject) {
            return "any";
        }
        return "other(" + p.dataType + ")";
    }

    static @Nullable String enumValues(TypeRef type) {
        if (type instanceof TypeRef.ListOf l) {
            return enumValues(l.element());
        } else if (type instanceof TypeRef.EnumOf e) {
            return e.type().constants().stream()
                    .map(EnumType.Constant::wireValue)
                    .collect(Collectors.joining(","));
        }
        return null;
    }

    static @Nullable String enumValues(CodegenProperty p) {
        if (p.isArray && p.items != null) {
            return enumValues(p.items);
        }
        if (p._enum != null && !p._enum.isEmpty()) {
            return String.join(",", p._enum);
        }
        if (p.allowableValues != null && p.allowableValues.get("values") instanceof List<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        return null;
    }

    // ---- finding our schema in their parsed document ----

    /** The schema at {@code pointer} (ours), following $refs; GET parameters become one object schema. */
    static @Nullable Schema<?> resolve(OpenAPI openApi, String pointer) {
        List<String> segments = new ArrayList<>();
        for (String s : pointer.substring(1).split("/", -1)) {
            segments.add(s.replace("~1", "/").replace("~0", "~"));
        }
        Schema<?> schema;
        int i;
        if (segments.get(0).equals("components")) {
            schema = openApi.getComponents().getSchemas().get(segments.get(2));
            i = 3;
        } else {
            PathItem item = openApi.getPaths().get(segments.get(1));
            Operation operation = item.readOperationsMap()
                    .get(PathItem.HttpMethod.valueOf(segments.get(2).toUpperCase(java.util.Locale.ROOT)));
            if (segments.get(3).equals("parameters")) {
                ObjectSchema params = new ObjectSchema();
                List<String> required = new ArrayList<>();
                for (Parameter parameter : operation.getParameters()) {
                    if ("query".equals(parameter.getIn())) {
                        params.addProperty(parameter.getName(), parameter.getSchema());
                        if (Boolean.TRUE.equals(parameter.getRequired())) {
                            required.add(parameter.getName());
                        }
                    }
                }
                params.setRequired(required.isEmpty() ? null : required);
                schema = params;
                i = 4;
            } else {
                // requestBody/content/<media type>/schema
                schema = operation
                        .getRequestBody()
                        .getContent()
                        .get(segments.get(5))
                        .getSchema();
                i = 7;
            }
        }
        for (; i < segments.size() && schema != null; i++) {
            schema = deref(openApi, schema);
            String segment = segments.get(i);
            schema = alternativeWith(openApi, schema, segment, i + 1 < segments.size() ? segments.get(i + 1) : "");
            switch (segment) {
                case "properties" -> schema = schema.getProperties().get(segments.get(++i));
                case "anyOf" -> schema = schema.getAnyOf().get(Integer.parseInt(segments.get(++i)));
                case "oneOf" -> schema = schema.getOneOf().get(Integer.parseInt(segments.get(++i)));
                case "allOf" -> schema = schema.getAllOf().get(Integer.parseInt(segments.get(++i)));
                case "items" -> schema = schema.getItems();
                case "additionalProperties" -> schema = (Schema<?>) schema.getAdditionalProperties();
                default -> throw new IllegalArgumentException("segment " + segment + " of " + pointer);
            }
        }
        return schema == null ? null : deref(openApi, schema);
    }

    /**
     * Our pointers skip an {@code anyOf} whose other branches are only {@code enum: [""]} (a clearable params field)
     * or a single-branch nullable wrapper: step into the branch that has what the next segment names.
     */
    private static Schema<?> alternativeWith(OpenAPI openApi, Schema<?> schema, String segment, String next) {
        List<?> alternatives = schema.getAnyOf() != null ? schema.getAnyOf() : schema.getOneOf();
        if (alternatives == null || segment.equals("anyOf") || segment.equals("oneOf") || has(schema, segment, next)) {
            return schema;
        }
        for (Object alternative : alternatives) {
            Schema<?> target = deref(openApi, (Schema<?>) alternative);
            if (has(target, segment, next)) {
                return target;
            }
        }
        return schema;
    }

    private static boolean has(Schema<?> schema, String segment, String next) {
        return switch (segment) {
            case "properties" ->
                schema.getProperties() != null && schema.getProperties().containsKey(next);
            case "items" -> schema.getItems() != null;
            case "additionalProperties" -> schema.getAdditionalProperties() instanceof Schema;
            default -> false;
        };
    }

    private static Schema<?> deref(OpenAPI openApi, Schema<?> schema) {
        while (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            Schema<?> target = openApi.getComponents().getSchemas().get(name);
            if (target == null) {
                return schema;
            }
            schema = target;
        }
        return schema;
    }
}
