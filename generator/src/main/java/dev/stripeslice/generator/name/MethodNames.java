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

    /**
     * Stripe's verbs by path shape; when two operations would get the same name, both fall back to their operationId.
     * The paths of a nested client's operations are those below its resource's instance path ({@code /tax_ids/{id}}).
     */
    public static List<String> of(String resourceId, List<Shape> operations) {
        Set<String> paths = new HashSet<>();
        Set<String> singletons = new HashSet<>();
        for (Shape operation : operations) {
            paths.add(operation.path());
            if (operation.method().equals("get") && !operation.returnsList() && !hasParameter(operation.path())) {
                singletons.add(operation.path()); // GET /v1/balance answers the one balance there is
            }
        }
        List<String> names = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Shape operation : operations) {
            String path = operation.path();
            boolean belowAnother =
                    path.lastIndexOf('/') > 0 && paths.contains(path.substring(0, path.lastIndexOf('/')));
            String name = verbName(operation, singletons.contains(path), belowAnother);
            names.add(name);
            counts.merge(name, 1, Integer::sum);
        }
        // Among operations that would share a name, the one with the fewest literal segments keeps it, and of those
        // the one whose path ends in its object's id (GET /v1/invoices/{invoice} before GET /v1/invoices/upcoming);
        // the others are qualified by their last literal segment (POST /v1/invoices/create_preview -> createPreview,
        // GET /v1/invoices/upcoming -> retrieveUpcoming); what still collides falls back to the operationId.
        Map<String, Integer> best = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            best.merge(names.get(i), rank(operations.get(i)), Math::min);
        }
        List<String> qualified = new ArrayList<>(names);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (counts.get(name) > 1 && rank(operations.get(i)) > best.get(name)) {
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

    /** Fewer literal segments first, then a path that ends in a parameter. */
    private static int rank(Shape operation) {
        List<String> segments = segments(operation.path());
        int literals = (int)
                segments.stream().filter(segment -> !segment.startsWith("{")).count();
        boolean endsWithParam =
                !segments.isEmpty() && segments.get(segments.size() - 1).startsWith("{");
        return 2 * literals + (endsWithParam ? 0 : 1);
    }

    private static boolean hasParameter(String path) {
        return path.contains("{");
    }

    /** The path's segments without the version prefix. */
    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>(Arrays.asList(path.split("/")));
        segments.removeIf(segment -> segment.isEmpty() || segment.equals("v1"));
        return segments;
    }

    private static String qualify(String name, Shape operation) {
        String last = "";
        for (String segment : segments(operation.path())) {
            if (!segment.startsWith("{")) {
                last = segment;
            }
        }
        if (last.isEmpty()) {
            return name;
        }
        return name.equals("create") ? MemberNames.field(last) : name + JavaNames.pascal(last);
    }

    /**
     * @param singleton the path holds one object, not a collection: a GET there retrieves it and a POST updates it
     *     ({@code GET}/{@code POST /v1/tax/settings}, {@code /cash_balance} below a customer)
     * @param belowAnother the path without its last segment is another operation's ({@code /v1/invoices/upcoming}
     *     below {@code /v1/invoices})
     */
    private static String verbName(Shape operation, boolean singleton, boolean belowAnother) {
        List<String> segments = segments(operation.path());
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
            String last = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
            boolean action = segments.size() > 1 && JavaNames.singular(last).equals(last);
            return switch (method) {
                case "get" ->
                    search
                            ? "search"
                            : operation.returnsList()
                                    ? "list"
                                    : belowAnother ? "retrieve" + JavaNames.pascal(last) : "retrieve";
                case "delete" -> "delete";
                // POST /v1/invoices/create_preview, /dispute/close below a charge: the segment says what it does
                default -> singleton ? "update" : action ? MemberNames.field(last) : "create";
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
