package dev.stripeslice.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stripeslice.generator.emit.JavaEmitter;
import dev.stripeslice.generator.model.ApiModel;
import dev.stripeslice.generator.model.ModelBuilder;
import dev.stripeslice.generator.select.SectionSelector;
import dev.stripeslice.generator.spec.LoadedSpec;
import dev.stripeslice.generator.spec.SpecLoader;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The model is complete before emission: once the name stage is done every part is frozen, every mutator of every
 * part throws and every collection is read-only; the emitter takes only a frozen model; and nothing the emitters
 * reach reads the spec (neither the emit package's code nor the model holds a spec type).
 */
class FrozenModelTest {
    private static final String MODEL_PACKAGE = "dev.stripeslice.generator.model.";
    /** The part's own machinery, not mutators. */
    private static final Set<String> NOT_MUTATORS = Set.of("checkOpen", "checkNamed", "freeze");
    /** What the spec is read as: no emitter refers to these, and no model holds one. */
    private static final List<String> SPEC_PACKAGES =
            List.of("dev/stripeslice/generator/spec/", "dev/stripeslice/generator/select/", "com/fasterxml/jackson/");

    @Test
    void everyPartOfTheProjectSpecsModelIsFrozen() throws Exception {
        LoadedSpec spec = new SpecLoader().load(TestFiles.projectSpec(), "customer-session.openapi.json");
        assertFrozen(new Generator()
                .model(WholeSpecs.request("customer-session.openapi.json", List.of("customer_session"), "x.y"), spec));
    }

    /** Sections with deleted forms, unions, expandable fields, lists, searches and webhook event types. */
    @Test
    void everyPartOfAWholeSpecModelIsFrozen() throws Exception {
        String specName = "spec3.2024-04-10.json";
        ApiModel model = new Generator()
                .model(
                        WholeSpecs.request(
                                specName, List.of("customer", "balance_transaction", "invoice", "file"), "x.y"),
                        WholeSpecs.load(specName));
        assertFrozen(model);
    }

    @Test
    void onlyANamedModelIsEmitted() throws Exception {
        LoadedSpec spec = new SpecLoader().load(TestFiles.projectSpec(), "customer-session.openapi.json");
        ApiModel unnamed = ModelBuilder.build(new SectionSelector(false).select(spec, List.of("customer_session")));

        assertThat(unnamed.frozen()).isFalse();
        assertThatThrownBy(() -> new JavaEmitter("x.y").emit(unnamed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("complete model");
    }

    @Test
    void noEmitterRefersToTheSpec() throws IOException, URISyntaxException {
        Path emitPackage = Path.of(JavaEmitter.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolve("dev/stripeslice/generator/emit");
        Map<String, List<String>> references = new LinkedHashMap<>();
        int classes = 0;
        try (Stream<Path> files = Files.list(emitPackage)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                classes++;
                // Every type a class refers to is named in its constant pool as a UTF-8 internal name.
                String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                List<String> found =
                        SPEC_PACKAGES.stream().filter(constants::contains).toList();
                if (!found.isEmpty()) {
                    references.put(file.getFileName().toString(), found);
                }
            }
        }
        assertThat(classes).isGreaterThan(10);
        assertThat(references).as("emit classes referring to spec types").isEmpty();
    }

    private static void assertFrozen(ApiModel model) throws Exception {
        assertThat(model.frozen()).isTrue();
        Map<Class<?>, Object> oneOfEachPart = new LinkedHashMap<>();
        List<String> open = new ArrayList<>();
        List<String> specTypes = new ArrayList<>();
        Set<String> writableCollections = new TreeSet<>();
        int parts = 0;
        for (Object reached : reachable(model)) {
            Class<?> type = reached.getClass();
            if (SPEC_PACKAGES.stream()
                    .anyMatch(p -> type.getName().replace('.', '/').startsWith(p))) {
                specTypes.add(type.getName());
            }
            if (type.getName().startsWith(MODEL_PACKAGE)) {
                writableCollections.addAll(writableCollections(reached));
            }
            if (isPart(type)) {
                parts++;
                oneOfEachPart.putIfAbsent(type, reached);
                if (!(Boolean) call(reached, "frozen")) {
                    open.add(reached.toString());
                }
            }
        }
        assertThat(specTypes).as("spec types the model holds").isEmpty();
        assertThat(open).as("parts left open").isEmpty();
        assertThat(writableCollections)
                .as("accessors handing out collections that can change")
                .isEmpty();
        assertThat(oneOfEachPart.keySet())
                .extracting(Class::getSimpleName)
                .contains("ObjectType", "Property", "EnumType", "ClientType");

        List<String> mutatorsThatDidNotThrow = new ArrayList<>();
        TreeSet<String> mutatorsTried = new TreeSet<>();
        for (Map.Entry<Class<?>, Object> part : oneOfEachPart.entrySet()) {
            for (Method mutator : mutators(part.getKey())) {
                mutatorsTried.add(part.getKey().getSimpleName() + "." + mutator.getName());
                try {
                    mutator.setAccessible(true);
                    mutator.invoke(part.getValue(), defaultArguments(mutator));
                    mutatorsThatDidNotThrow.add(mutator.toString());
                } catch (InvocationTargetException e) {
                    if (!(e.getCause() instanceof IllegalStateException)
                            || !e.getCause().getMessage().contains("complete model")) {
                        mutatorsThatDidNotThrow.add(mutator + " threw " + e.getCause());
                    }
                }
            }
        }
        System.out.printf(
                "FrozenModelTest: %d parts reached, all frozen; %d mutators tried, each throws: %s%n",
                parts, mutatorsTried.size(), mutatorsTried);
        assertThat(mutatorsThatDidNotThrow).isEmpty();
        assertThat(mutatorsTried).contains("ObjectType.addProperty", "Property.name", "EnumType.addUser");
    }

    /** Every object reachable from the model through fields, collections and maps (strings and boxes left out). */
    private static List<Object> reachable(Object root) throws IllegalAccessException {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> reached = new ArrayList<>();
        Deque<Object> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            Object next = pending.pop();
            if (!seen.add(next) || isLeaf(next)) {
                continue;
            }
            reached.add(next);
            if (next instanceof Collection<?> collection) {
                collection.stream().filter(e -> e != null).forEach(pending::push);
            } else if (next instanceof Map<?, ?> map) {
                map.forEach((key, value) -> {
                    pending.push(key);
                    if (value != null) {
                        pending.push(value);
                    }
                });
            } else if (next.getClass().getName().startsWith(MODEL_PACKAGE)) {
                for (Class<?> type = next.getClass(); type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        if (Modifier.isStatic(field.getModifiers())) {
                            continue;
                        }
                        field.setAccessible(true);
                        Object value = field.get(next);
                        if (value != null) {
                            pending.push(value);
                        }
                    }
                }
            }
        }
        return reached;
    }

    private static boolean isLeaf(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Enum;
    }

    private static boolean isPart(Class<?> type) {
        for (Class<?> superclass = type; superclass != null; superclass = superclass.getSuperclass()) {
            if (superclass.getName().equals(MODEL_PACKAGE + "ModelPart")) {
                return true;
            }
        }
        return false;
    }

    /** The public accessors of a model object that hand out a collection that can be changed. */
    private static List<String> writableCollections(Object modelObject) throws ReflectiveOperationException {
        List<String> writable = new ArrayList<>();
        for (Method accessor : modelObject.getClass().getMethods()) {
            boolean collection = Collection.class.isAssignableFrom(accessor.getReturnType())
                    || Map.class.isAssignableFrom(accessor.getReturnType());
            if (collection && accessor.getParameterCount() == 0 && !Modifier.isStatic(accessor.getModifiers())) {
                Object value = accessor.invoke(modelObject);
                if (value != null && isWritable(value)) {
                    writable.add(accessor.toString());
                }
            }
        }
        return writable;
    }

    private static boolean isWritable(Object collection) {
        try {
            if (collection instanceof Collection<?> values) {
                values.clear();
            } else {
                ((Map<?, ?>) collection).clear();
            }
            return true;
        } catch (UnsupportedOperationException expected) {
            return false;
        }
    }

    /** The part's methods that change it: every non-static void method of its own but the freezing machinery. */
    private static List<Method> mutators(Class<?> type) {
        List<Method> mutators = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            if (method.getReturnType() == void.class
                    && !Modifier.isStatic(method.getModifiers())
                    && !Modifier.isPrivate(method.getModifiers())
                    && !method.isSynthetic()
                    && !NOT_MUTATORS.contains(method.getName())) {
                mutators.add(method);
            }
        }
        return mutators;
    }

    private static @Nullable Object[] defaultArguments(Method method) {
        Object[] arguments = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = types[i] == boolean.class ? Boolean.FALSE : null;
        }
        return arguments;
    }

    private static Object call(Object target, String methodName) throws ReflectiveOperationException {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.getName().equals(methodName) && method.getParameterCount() == 0) {
                    method.setAccessible(true);
                    return method.invoke(target);
                }
            }
        }
        throw new NoSuchMethodException(methodName);
    }
}
