package dev.stripeslice.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stripeslice.generator.model.ClientType;
import dev.stripeslice.generator.model.ObjectType;
import dev.stripeslice.generator.model.Operation;
import dev.stripeslice.generator.spec.LoadedSpec;
import dev.stripeslice.localstripe.LocalStripe;
import dev.stripeslice.runtime.ClientConfig;
import dev.stripeslice.runtime.RequestOptions;
import dev.stripeslice.runtime.StripeTransport;
import dev.stripeslice.runtime.error.InvalidRequestException;
import dev.stripeslice.runtime.error.StripeException;
import dev.stripeslice.runtime.form.AnyOf;
import dev.stripeslice.runtime.json.StripeJson;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every operation of every section of Stripe's whole specs, through the generated client: params are built from the
 * operation's own request schema (once with the required params only, once with every param filled to a few levels
 * deep), set on the generated params records, encoded by the generated code and sent to LocalStripe, which validates
 * path, query and body against the same spec. No operation may produce a request its own spec rejects. Every answer
 * is decoded by the generated client and walked ({@link NullWalk}): no accessor without {@code @Nullable} may return
 * null.
 */
class EveryOperationEncodesValidParamsTest {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String MULTIPART = "multipart/form-data";
    /** How deep optional params are filled in the second pass. */
    private static final int OPTIONAL_DEPTH = 3;
    /** Pagination cursors must name objects LocalStripe listed; they are set by the auto-pagination tests. */
    private static final Set<String> CURSORS = Set.of("starting_after", "ending_before", "page");

    @Test
    void everyOperationOfThe20240410SpecSendsValidParamsAndGetsAnswersThatKeepTheirPromises() throws Exception {
        JsonNode fixtures =
                StripeJson.mapper().readTree(Files.readString(TestFiles.sharedStripe("fixtures3.2024-04-10.json")));
        callEveryOperation(
                "spec3.2024-04-10.json",
                "gen.v20240410.all",
                EverySectionCompilesTest.UNSUPPORTED_2024_04_10.keySet(),
                fixtures);
    }

    /** The 2023-09-12 spec has no fixtures file of its own: every answer is synthesised from the spec. */
    @Test
    void everyOperationOfThe20230912SpecSendsValidParamsAndGetsAnswersThatKeepTheirPromises() throws Exception {
        callEveryOperation(
                "spec3.2023-09-12.yaml",
                "gen.v20230912.all",
                EverySectionCompilesTest.UNSUPPORTED_2023_09_12.keySet(),
                null);
    }

    private void callEveryOperation(
            String specName, String basePackage, Set<String> unsupported, @Nullable JsonNode fixtures)
            throws Exception {
        LoadedSpec spec = WholeSpecs.load(specName);
        WholeSpecs.Together together = WholeSpecs.together(specName, basePackage, unsupported);
        assertThat(together.diagnostics()).isEmpty();
        Map<String, String> rejected = new ConcurrentSkipListMap<>();
        Map<String, String> undecodable = new ConcurrentSkipListMap<>();
        Map<String, List<String>> brokenPromises = new ConcurrentSkipListMap<>();
        Map<String, Integer> byKind = new TreeMap<>();
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger walked = new AtomicInteger();
        AtomicInteger binary = new AtomicInteger();
        long start = System.nanoTime();
        try (URLClassLoader loader = new URLClassLoader(
                        new URL[] {together.classes().toUri().toURL()},
                        getClass().getClassLoader());
                LocalStripe local = LocalStripe.start(spec.root()).stateless().withListSize(2)) {
            if (fixtures != null) {
                local.withFixtures(fixtures);
            }
            StripeTransport transport = new StripeTransport(
                    ClientConfig.builder()
                            .apiKey("sk_test_123")
                            .baseUrl(local.baseUrl())
                            .filesBaseUrl(local.filesBaseUrl())
                            .maxNetworkRetries(0)
                            .build(),
                    spec.apiVersion());
            // Four requests in flight: each waits mostly on LocalStripe answering in the same JVM.
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> futures = new ArrayList<>();
            for (ClientType client : together.model().allClients()) {
                Class<?> implementation = loader.loadClass(together.basePackage() + ".Http" + client.simpleName());
                Object instance =
                        implementation.getConstructor(StripeTransport.class).newInstance(transport);
                for (Operation operation : client.operations()) {
                    if (spec.root()
                            .at(operation.pointer())
                            .path("requestBody")
                            .path("content")
                            .has(MULTIPART)) {
                        byKind.merge("multipart (not form params)", 1, Integer::sum);
                        continue;
                    }
                    byKind.merge(kind(operation), 1, Integer::sum);
                    JsonNode requestSchema = requestSchema(spec, operation);
                    boolean hasRequired = hasRequired(spec, requestSchema);
                    for (boolean requiredOnly : hasRequired ? new boolean[] {true, false} : new boolean[] {false}) {
                        String label = operation.httpMethod() + " " + operation.path()
                                + (requiredOnly ? " (required params)" : " (all params)");
                        requests.incrementAndGet();
                        futures.add(pool.submit(() -> {
                            Object answer;
                            try {
                                Object params = operation.params() == null
                                        ? null
                                        : build(
                                                loader,
                                                together.basePackage(),
                                                operation.params(),
                                                value(spec, requestSchema, requiredOnly, 0));
                                answer = invoke(instance, operation, params);
                            } catch (InvalidRequestException e) {
                                rejected.put(label, e.getMessage());
                                return null;
                            } catch (StripeException e) {
                                undecodable.put(label, e.getMessage());
                                return null;
                            } catch (Exception e) {
                                rejected.put(label, e.toString());
                                return null;
                            }
                            if (answer instanceof InputStream stream) {
                                binary.incrementAndGet();
                                try (stream) {
                                    assertThat(stream.readAllBytes()).isNotEmpty();
                                }
                                return null;
                            }
                            walked.incrementAndGet();
                            List<String> broken = NullWalk.brokenPromises(answer);
                            if (!broken.isEmpty()) {
                                brokenPromises.put(label, broken);
                            }
                            return null;
                        }));
                    }
                }
            }
            for (Future<?> future : futures) {
                future.get();
            }
            pool.shutdown();
        }
        System.out.printf(
                "%s, every operation: %d by kind %s, %d requests in %.1f s (after the shared whole-spec compile), "
                        + "%d rejected, %d answers undecodable, %d answers walked (%d binary), %d with an accessor "
                        + "without @Nullable that returned null%n",
                specName,
                byKind.values().stream().mapToInt(Integer::intValue).sum(),
                byKind,
                requests.get(),
                (System.nanoTime() - start) / 1e9,
                rejected.size(),
                undecodable.size(),
                walked.get(),
                binary.get(),
                brokenPromises.size());
        assertThat(rejected)
                .as("requests LocalStripe rejected against the spec")
                .isEmpty();
        assertThat(undecodable)
                .as("answers the generated client could not decode")
                .isEmpty();
        assertThat(brokenPromises)
                .as("answers with an accessor without @Nullable that returned null")
                .isEmpty();
        assertThat(walked.get() + binary.get()).isEqualTo(requests.get());
        assertThat(byKind.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(450);
    }

    private static boolean hasRequired(LoadedSpec spec, JsonNode schema) {
        return resolve(spec, schema).path("required").size() > 0;
    }

    /** The kind of operation, for the report: what its method name and response say it is. */
    static String kind(Operation operation) {
        String name = operation.javaName();
        if (operation.response() instanceof dev.stripeslice.generator.model.TypeRef.Page page) {
            return page.kind() == dev.stripeslice.generator.model.TypeRef.PageKind.LIST ? "list" : "search";
        }
        if (operation.httpMethod().equals("DELETE")) {
            return "delete";
        }
        if (name.startsWith("retrieve")) {
            return "retrieve";
        }
        if (name.startsWith("update")) {
            return "update";
        }
        if (name.startsWith("create")) {
            return "create";
        }
        return operation.httpMethod().equals("GET") ? "retrieve (other)" : "action";
    }

    private static Object invoke(Object client, Operation operation, @Nullable Object params) throws Exception {
        int arity = operation.pathParams().size() + (operation.params() == null ? 0 : 1) + 1;
        for (Method method : client.getClass().getMethods()) {
            if (method.getName().equals(operation.javaName())
                    && method.getParameterCount() == arity
                    && method.getParameterTypes()[arity - 1] == RequestOptions.class) {
                List<Object> arguments = new ArrayList<>();
                operation.pathParams().forEach(p -> arguments.add("id_" + p.wireName()));
                if (operation.params() != null) {
                    arguments.add(params);
                }
                arguments.add(RequestOptions.none());
                try {
                    return method.invoke(client, arguments.toArray());
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw e;
                }
            }
        }
        throw new AssertionError("no method " + operation.javaName() + " with " + arity + " parameters");
    }

    /** The operation's form body schema, or its query parameters gathered into one object schema. */
    private static JsonNode requestSchema(LoadedSpec spec, Operation operation) {
        JsonNode op = spec.root().at(operation.pointer());
        if (operation.httpMethod().equals("POST")) {
            return op.path("requestBody").path("content").path(FORM).path("schema");
        }
        com.fasterxml.jackson.databind.node.ObjectNode schema =
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        com.fasterxml.jackson.databind.node.ObjectNode properties = schema.putObject("properties");
        for (JsonNode parameter : op.path("parameters")) {
            if (parameter.path("in").asText().equals("query")) {
                properties.set(parameter.path("name").asText(), parameter.path("schema"));
                if (parameter.path("required").asBoolean(false)) {
                    schema.withArray("required").add(parameter.path("name").asText());
                }
            }
        }
        return schema;
    }

    /** A value the schema accepts: maps for objects, lists for arrays, the first enum value, small scalars. */
    static @Nullable Object value(LoadedSpec spec, JsonNode raw, boolean requiredOnly, int depth) {
        JsonNode schema = resolve(spec, raw);
        if (depth > 8) {
            return null;
        }
        JsonNode anyOf = schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
        if (anyOf != null) {
            for (JsonNode alternative : anyOf) {
                JsonNode resolved = resolve(spec, alternative);
                boolean emptyMarker = resolved.path("enum").size() == 1
                        && resolved.path("enum").get(0).asText().isEmpty();
                if (!emptyMarker) {
                    return value(spec, resolved, requiredOnly, depth);
                }
            }
            return null;
        }
        if (schema.has("enum")) {
            for (JsonNode value : schema.get("enum")) {
                if (!value.asText().isEmpty()) {
                    return value.isBoolean() ? value.asBoolean() : value.asText();
                }
            }
            return null;
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
        switch (type) {
            case "string":
                return "unix-time".equals(schema.path("format").asText()) ? "1700000000" : "x";
            case "integer":
                return Math.max(1L, schema.path("minimum").asLong(1));
            case "number":
                return BigDecimal.ONE;
            case "boolean":
                return Boolean.TRUE;
            case "array": {
                Object item = value(spec, schema.path("items"), requiredOnly, depth + 1);
                return item == null ? null : List.of(item);
            }
            case "object": {
                Map<String, Object> object = new LinkedHashMap<>();
                Set<String> required = new java.util.HashSet<>();
                schema.path("required").forEach(name -> required.add(name.asText()));
                for (Map.Entry<String, JsonNode> property :
                        schema.path("properties").properties()) {
                    boolean wanted = required.contains(property.getKey())
                            || (!requiredOnly
                                    && depth < OPTIONAL_DEPTH
                                    && !property.getKey().equals("expand")
                                    && !CURSORS.contains(property.getKey()));
                    if (wanted) {
                        Object value = value(spec, property.getValue(), requiredOnly, depth + 1);
                        if (value != null) {
                            object.put(property.getKey(), value);
                        }
                    }
                }
                if (object.isEmpty()) {
                    // An object with nothing set would go out as "name=", which clears instead of setting: fill one.
                    for (Map.Entry<String, JsonNode> property :
                            schema.path("properties").properties()) {
                        Object value = CURSORS.contains(property.getKey())
                                ? null
                                : value(spec, property.getValue(), true, depth + 1);
                        if (value != null) {
                            object.put(property.getKey(), value);
                            break;
                        }
                    }
                }
                if (object.isEmpty() && schema.path("additionalProperties").isObject()) {
                    Object value = value(spec, schema.get("additionalProperties"), requiredOnly, depth + 1);
                    if (value != null) {
                        object.put("key", value);
                    }
                }
                return object;
            }
            default:
                return null;
        }
    }

    private static JsonNode resolve(LoadedSpec spec, JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 20 && current.has("$ref"); i++) {
            current = spec.root().at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    /** The generated params record for {@code type}, its components set from {@code tree} by wire name. */
    private static Object build(ClassLoader loader, String basePackage, ObjectType type, @Nullable Object tree)
            throws ReflectiveOperationException {
        return record(loader.loadClass(binaryName(basePackage, type)), tree instanceof Map<?, ?> map ? map : Map.of());
    }

    private static String binaryName(String basePackage, ObjectType type) {
        ObjectType enclosing = type.enclosing();
        return enclosing == null
                ? basePackage + "." + type.simpleName()
                : binaryName(basePackage, enclosing) + "$" + type.simpleName();
    }

    private static Object record(Class<?> recordClass, Map<?, ?> tree) throws ReflectiveOperationException {
        RecordComponent[] components = recordClass.getRecordComponents();
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
            if (property == null) {
                arguments[i] = component.getType() == Set.class ? Set.of() : Map.of(); // clearedFields, extraParams
            } else {
                arguments[i] = convert(tree.get(property.value()), component.getGenericType());
            }
        }
        Constructor<?> constructor = recordClass.getDeclaredConstructor(types);
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    private static @Nullable Object convert(@Nullable Object raw, Type type) throws ReflectiveOperationException {
        if (raw == null) {
            return null;
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> rawType = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (List.class.isAssignableFrom(rawType) && raw instanceof List<?> list) {
                List<Object> converted = new ArrayList<>();
                for (Object element : list) {
                    Object value = convert(element, arguments[0]);
                    if (value != null) {
                        converted.add(value);
                    }
                }
                return converted.isEmpty() ? null : converted;
            }
            if (Map.class.isAssignableFrom(rawType) && raw instanceof Map<?, ?> map) {
                Map<String, Object> converted = new LinkedHashMap<>();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    Object value = convert(entry.getValue(), arguments[1]);
                    if (value != null) {
                        converted.put(entry.getKey().toString(), value);
                    }
                }
                return converted.isEmpty() ? null : converted;
            }
            if (rawType == AnyOf.class) {
                Object first = convert(raw, arguments[0]);
                if (first != null) {
                    return AnyOf.first(first);
                }
                Object second = convert(raw, arguments[1]);
                return second == null ? null : AnyOf.second(second);
            }
            return null;
        }
        Class<?> target = (Class<?>) type;
        if (target == Object.class) {
            return raw;
        }
        if (target == String.class) {
            return raw instanceof Map || raw instanceof List ? null : raw.toString();
        }
        if (target == Long.class) {
            return raw instanceof Number number ? number.longValue() : null;
        }
        if (target == BigDecimal.class) {
            return raw instanceof Number ? new BigDecimal(raw.toString()) : null;
        }
        if (target == Boolean.class) {
            return raw instanceof Boolean ? raw : null;
        }
        if (target.isEnum()) {
            return raw instanceof Map || raw instanceof List
                    ? null
                    : target.getMethod("fromWireValue", String.class).invoke(null, raw.toString());
        }
        if (target.isRecord() && raw instanceof Map<?, ?> map) {
            return record(target, map);
        }
        return null;
    }
}
