package dev.stripeslice.generator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two OpenAPI documents (as Jackson trees) structurally and lists every difference by its
 * JSON pointer (RFC 6901).
 *
 * <p>Rules, chosen for what a code generator reads out of a spec:
 *
 * <ul>
 *   <li><b>Prose is ignored.</b> {@code description} and {@code summary} members of keyword objects
 *       (schemas, operations, responses, security schemes, ...) are skipped on both sides, and so are
 *       {@code /info/termsOfService} and {@code /info/contact}. A <em>property</em> that happens to be
 *       called {@code description} is not prose and is compared like any other.
 *   <li><b>{@code required} is a set:</b> its order carries no meaning in JSON Schema, so only
 *       membership is compared.
 *   <li><b>{@code enum} and every other array are ordered:</b> enum order decides constant order in
 *       generated Java enums, {@code anyOf} order decides which branch is tried first.
 *   <li><b>The order of {@code properties} matters:</b> it decides component order in generated
 *       records and parameter order in builders, so a reordering is reported.
 *   <li><b>Other objects are unordered:</b> the order of keywords inside a schema ({@code type} before
 *       {@code maxLength} or after) and of names in {@code paths}, {@code schemas}, {@code encoding},
 *       ... means nothing.
 *   <li>Numbers compare by value ({@code 5000} equals {@code 5000.0}); every other scalar compares
 *       by type and value.
 * </ul>
 *
 * <p>A "name map" is an object whose keys are names chosen by the spec author rather than OpenAPI
 * keywords ({@code properties}, {@code schemas}, {@code paths}, ...); the members of a name map are
 * definitions, never prose.
 */
final class StructuralDiff {

    /** One difference: where it is, and the two values rendered as compact JSON. */
    record Difference(String pointer, String expected, String actual) {
        @Override
        public String toString() {
            return (pointer.isEmpty() ? "(root)" : pointer) + ": expected " + expected + " but was " + actual;
        }
    }

    static final String ABSENT = "<absent>";
    private static final int MAX_RENDERED = 300;

    private static final Set<String> PROSE_KEYS = Set.of("description", "summary");
    private static final Set<String> PROSE_POINTERS = Set.of("/info/termsOfService", "/info/contact");
    private static final Set<String> NAME_MAP_KEYS = Set.of(
            "properties",
            "patternProperties",
            "schemas",
            "paths",
            "securitySchemes",
            "encoding",
            "content",
            "responses",
            "headers",
            "examples",
            "links",
            "callbacks",
            "requestBodies",
            "parameters",
            "variables",
            "mapping");

    private StructuralDiff() {}

    /** Every difference between {@code expected} and {@code actual}, in document order. */
    static List<Difference> compare(JsonNode expected, JsonNode actual) {
        List<Difference> out = new ArrayList<>();
        diff(expected, actual, "", Kind.KEYWORDS, null, out);
        return out;
    }

    /** True when the member {@code key} at {@code pointer} of a keyword object is prose. */
    static boolean isProse(String pointer, String key) {
        return PROSE_KEYS.contains(key) || PROSE_POINTERS.contains(pointer);
    }

    /**
     * Visits every prose string of {@code root} (the members {@link #compare} ignores) with its
     * pointer.
     */
    static void forEachProse(JsonNode root, ProseVisitor visitor) {
        walk(root, "", Kind.KEYWORDS, visitor);
    }

    /** Receives one prose member. */
    @FunctionalInterface
    interface ProseVisitor {
        void visit(String pointer, JsonNode value);
    }

    /** Escapes one reference token per RFC 6901: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}. */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** What kind of object a node is, which decides how its members are treated. */
    private enum Kind {
        /** An OpenAPI / JSON Schema object: members are keywords, some of them prose. */
        KEYWORDS,
        /** A map from author-chosen names to definitions; member order does not matter. */
        NAMES,
        /** The {@code properties} map of a schema: a name map whose order matters. */
        ORDERED_NAMES
    }

    private static Kind childKind(Kind parent, String key, JsonNode child) {
        if (parent != Kind.KEYWORDS || !child.isObject() || !NAME_MAP_KEYS.contains(key)) {
            return Kind.KEYWORDS;
        }
        return key.equals("properties") ? Kind.ORDERED_NAMES : Kind.NAMES;
    }

    private static void diff(
            JsonNode expected, JsonNode actual, String pointer, Kind kind, String key, List<Difference> out) {
        if (expected.isObject() && actual.isObject()) {
            diffObjects(expected, actual, pointer, kind, out);
        } else if (expected.isArray() && actual.isArray()) {
            if (kind == Kind.KEYWORDS && "required".equals(key)) {
                diffAsSets(expected, actual, pointer, out);
            } else {
                diffArrays(expected, actual, pointer, out);
            }
        } else if (!scalarEquals(expected, actual)) {
            out.add(new Difference(pointer, render(expected), render(actual)));
        }
    }

    private static void diffObjects(
            JsonNode expected, JsonNode actual, String pointer, Kind kind, List<Difference> out) {
        Set<String> names = new LinkedHashSet<>(names(expected));
        names.addAll(names(actual));
        if (kind == Kind.ORDERED_NAMES) {
            List<String> expectedOrder = commonOrder(expected, actual);
            List<String> actualOrder = commonOrder(actual, expected);
            if (!expectedOrder.equals(actualOrder)) {
                out.add(new Difference(pointer + " (order)", expectedOrder.toString(), actualOrder.toString()));
            }
        }
        for (String name : names) {
            String child = pointer + "/" + escape(name);
            if (kind == Kind.KEYWORDS && isProse(child, name)) {
                continue;
            }
            JsonNode e = expected.get(name);
            JsonNode a = actual.get(name);
            if (e == null || a == null) {
                out.add(new Difference(child, e == null ? ABSENT : render(e), a == null ? ABSENT : render(a)));
            } else {
                diff(e, a, child, childKind(kind, name, e), name, out);
            }
        }
    }

    private static void diffArrays(JsonNode expected, JsonNode actual, String pointer, List<Difference> out) {
        int common = Math.min(expected.size(), actual.size());
        for (int i = 0; i < common; i++) {
            diff(expected.get(i), actual.get(i), pointer + "/" + i, Kind.KEYWORDS, null, out);
        }
        for (int i = common; i < expected.size(); i++) {
            out.add(new Difference(pointer + "/" + i, render(expected.get(i)), ABSENT));
        }
        for (int i = common; i < actual.size(); i++) {
            out.add(new Difference(pointer + "/" + i, ABSENT, render(actual.get(i))));
        }
    }

    private static void diffAsSets(JsonNode expected, JsonNode actual, String pointer, List<Difference> out) {
        List<String> e = sortedRendered(expected);
        List<String> a = sortedRendered(actual);
        if (!e.equals(a)) {
            out.add(new Difference(pointer + " (as a set)", e.toString(), a.toString()));
        }
    }

    private static List<String> sortedRendered(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(item -> items.add(render(item)));
        items.sort(Comparator.naturalOrder());
        return items;
    }

    private static boolean scalarEquals(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return expected.equals(actual);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            names.add(member.getKey());
        }
        return names;
    }

    /** Names of {@code object} that {@code other} also has, in {@code object}'s order. */
    private static List<String> commonOrder(JsonNode object, JsonNode other) {
        List<String> names = names(object);
        names.removeIf(name -> !other.has(name));
        return names;
    }

    private static void walk(JsonNode node, String pointer, Kind kind, ProseVisitor visitor) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String name = member.getKey();
                String child = pointer + "/" + escape(name);
                if (kind == Kind.KEYWORDS && isProse(child, name)) {
                    visitor.visit(child, member.getValue());
                } else {
                    walk(member.getValue(), child, childKind(kind, name, member.getValue()), visitor);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, Kind.KEYWORDS, visitor);
            }
        }
    }

    /** Visits every {@code $ref} string in {@code root} with the pointer of the {@code $ref} member. */
    static void forEachRef(JsonNode root, RefVisitor visitor) {
        forEachRef(root, "", visitor);
    }

    /** Receives one {@code $ref}. */
    @FunctionalInterface
    interface RefVisitor {
        void visit(String pointer, String ref);
    }

    private static void forEachRef(JsonNode node, String pointer, RefVisitor visitor) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String child = pointer + "/" + escape(member.getKey());
                if (member.getKey().equals("$ref") && member.getValue().isTextual()) {
                    visitor.visit(child, member.getValue().asText());
                } else {
                    forEachRef(member.getValue(), child, visitor);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                forEachRef(node.get(i), pointer + "/" + i, visitor);
            }
        }
    }

    /** Renders a node as compact JSON, cut to a readable length. */
    static String render(JsonNode node) {
        String json = node.toString();
        return json.length() <= MAX_RENDERED ? json : json.substring(0, MAX_RENDERED) + "...";
    }

    /** Formats differences one per line, for assertion messages. */
    static String format(List<Difference> differences) {
        StringBuilder text = new StringBuilder();
        differences.forEach(d -> text.append("\n  ").append(d));
        return text.toString();
    }
}
