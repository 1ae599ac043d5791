package dev.stripeslice.generator.name;

import dev.stripeslice.generator.model.Operation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Client method names from Stripe's paths ({@code create}, {@code retrieve}, {@code listLineItems}, ...). */
public final class MethodNames {
    private MethodNames() {}

    /**
     * What an operation's method is named after.
     *
     * @param path the path template
     * @param method the lower-case HTTP method
     * @param operationId the spec's operationId, or ""
     * @param returnsList whether it answers a list page
     */
    public record Shape(String path, String method, String operationId, boolean returnsList) {}

    /**
     * A path parameter's Java name, distinct from the method's own parameters ({@code params}, {@code options},
     * {@code page}, which {@code taken} starts with) and from the other path parameters.
     */
    public static String pathParameter(String wireName, Set<String> taken) {
        String name = MemberNames.field(wireName);
        while (!taken.add(name)) {
            name = name + "Id";
        }
        return name;
    }

    /**
     * A verb that is a Java keyword or one of Object's methods takes the resource as its object, as one would write
     * it by hand: {@code void} -> {@code voidInvoice}, {@code finalize} -> {@code finalizeInvoice}.
     */
    private static String javaSafe(String name, String resourceId) {
        String bare = name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
        if (JavaNames.isKeyword(bare) || OBJECT_METHODS.contains(bare)) {
            return bare + JavaNames.pascal(resourceId);
        }
        return name;
    }

    private static final Set<String> OBJECT_METHODS =
            Set.of("hashCode", "toString", "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

    /**
     * Each operation is several client methods ({@link Operation.Variant}: {@code create}, {@code createAsync},
     * {@code createWithResponse}, {@code listAutoPaging}); a name is free only when all of them are. Only
     * operationIds that differ in nothing but case or punctuation (a valid spec's are unique), or a verb that meets
     * another's variant, can still collide here; they are numbered, being methods, not types.
     */
    private static String unique(String wanted, Set<String> taken) {
        String name = wanted;
        for (int i = 2; anyVariantTaken(name, taken); i++) {
            name = wanted + i;
        }
        for (Operation.Variant variant : Operation.Variant.values()) {
            taken.add(name + variant.suffix());
        }
        return name;
    }

    private static boolean anyVariantTaken(String name, Set<String> taken) {
        for (Operation.Variant variant : Operation.Variant.values()) {
            if (taken.contains(name + variant.suffix())) {
                return true;
            }
        }
        return false;
    }

    /** Stripe's verbs by path shape; when two operations would get the same name, both fall back to their operationId. */
    public static List<String> of(String resourceId, List<Shape> operations) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Shape operation : operations) {
            String name = verbName(operation);
            names.add(name);
            counts.merge(name, 1, Integer::sum);
        }
        // Among operations that would share a name, the one with the shortest path keeps it; the longer paths are
        // qualified by their last literal segment (POST /v1/invoices/create_preview -> createPreview,
        // GET /v1/invoices/upcoming -> retrieveUpcoming); what still collides falls back to the operationId.
        Map<String, Integer> shortest = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            shortest.merge(names.get(i), segmentCount(operations.get(i)), Math::min);
        }
        List<String> qualified = new ArrayList<>(names);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (counts.get(name) > 1 && segmentCount(operations.get(i)) > shortest.get(name)) {
                qualified.set(i, qualify(name, operations.get(i)));
            }
        }
        Map<String, Integer> qualifiedCounts = new HashMap<>();
        qualified.forEach(name -> qualifiedCounts.merge(name, 1, Integer::sum));
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = qualified.get(i);
            if (qualifiedCounts.get(name) > 1) {
                name = MemberNames.field(
                        operations.get(i).operationId().isEmpty()
                                ? name
                                : operations.get(i).operationId());
            }
            names.set(i, unique(javaSafe(name, resourceId), taken));
        }
        return names;
    }

    private static int segmentCount(Shape operation) {
        return operation.path().split("/").length;
    }

    private static String qualify(String name, Shape operation) {
        String[] segments = operation.path().split("/");
        String last = "";
        for (String segment : segments) {
            if (!segment.isEmpty() && !segment.startsWith("{") && !segment.equals("v1")) {
                last = segment;
            }
        }
        if (last.isEmpty()) {
            return name;
        }
        if (name.equals("create")) {
            return MemberNames.field(last);
        }
        if (name.equals("list") && !operation.returnsList()) {
            return "retrieve" + JavaNames.pascal(last); // GET /v1/invoices/upcoming answers one invoice
        }
        return name + JavaNames.pascal(last);
    }

    private static String verbName(Shape operation) {
        List<String> segments = new ArrayList<>(Arrays.asList(operation.path().split("/")));
        segments.removeIf(segment -> segment.isEmpty() || segment.equals("v1"));
        String method = operation.method();
        int lastParam = -1;
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).startsWith("{")) {
                lastParam = i;
            }
        }
        if (lastParam < 0) {
            boolean search =
                    !segments.isEmpty() && segments.get(segments.size() - 1).equals("search");
            return switch (method) {
                case "get" -> search ? "search" : "list";
                case "delete" -> "delete";
                default -> "create";
            };
        }
        boolean endsWithParam = lastParam == segments.size() - 1;
        int tailEnd = endsWithParam ? lastParam : segments.size();
        int tailStart = endsWithParam ? previousParam(segments, lastParam) + 1 : lastParam + 1;
        String tail = String.join("_", segments.subList(tailStart, tailEnd));
        if (endsWithParam) {
            String singular = tailStart == 0 || tail.isEmpty() ? "" : JavaNames.pascal(JavaNames.singular(tail));
            return switch (method) {
                case "get" -> "retrieve" + singular;
                case "delete" -> "delete" + singular;
                default -> "update" + singular;
            };
        }
        String last = segments.get(segments.size() - 1);
        return switch (method) {
            case "get" -> (operation.returnsList() ? "list" : "retrieve") + JavaNames.pascal(tail);
            case "delete" -> "delete" + JavaNames.pascal(tail);
            default ->
                JavaNames.singular(last).equals(last)
                        ? MemberNames.field(tail)
                        : "create" + JavaNames.pascal(JavaNames.singular(tail));
        };
    }

    /** The index of the parameter segment before {@code before}, or -1 when the path has none. */
    private static int previousParam(List<String> segments, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (segments.get(i).startsWith("{")) {
                return i;
            }
        }
        return -1;
    }
}
