package dev.stripeslice.generator.select;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stripeslice.generator.Problems;
import dev.stripeslice.generator.SpecException;
import dev.stripeslice.generator.spec.LoadedSpec;
import dev.stripeslice.generator.spec.Pointers;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a section out of a whole spec: the schemas of the selected resources, the operations that return them,
 * and everything reachable from those, stopping at schemas that belong to another resource.
 */
public final class SectionSelector {
    private static final List<String> METHODS = List.of("get", "post", "delete");

    private final boolean allowUnresolvedRefs;

    /**
     * @param allowUnresolvedRefs treat a {@code $ref} that resolves nowhere as lying outside the section
     *     instead of failing (useful for excerpts such as Stripe's section files)
     */
    public SectionSelector(boolean allowUnresolvedRefs) {
        this.allowUnresolvedRefs = allowUnresolvedRefs;
    }

    public Section select(LoadedSpec spec, List<String> resourceIds) throws SpecException {
        Problems problems = new Problems(spec.displayName());
        JsonNode schemas = spec.schemas();
        Map<String, String> resourceOfSchema = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : schemas.properties()) {
            String resourceId = entry.getValue().path("x-resourceId").asText("");
            if (!resourceId.isEmpty()) {
                resourceOfSchema.put(entry.getKey(), resourceId);
            }
        }
        Set<String> known = new TreeSet<>(resourceOfSchema.values());
        for (String id : resourceIds) {
            if (!known.contains(id)) {
                problems.add(
                        "SS010",
                        "/components/schemas",
                        "No schema has x-resourceId \"" + id + "\"",
                        known.isEmpty()
                                ? "This spec declares no x-resourceId at all; is it a Stripe spec?"
                                : UnknownSectionHint.of(
                                        id, known, sectionOfPaths(spec, schemas, resourceOfSchema, known)));
            }
        }
        problems.throwIfAny();

        Set<String> selected = new LinkedHashSet<>(resourceIds);
        Map<String, String> instancePaths = instancePaths(spec, schemas, resourceOfSchema, selected);
        Map<String, String> binaryOwners = binaryResponseOwners(spec, schemas, resourceOfSchema, selected);
        List<Section.OperationRef> operations = new ArrayList<>();
        Set<String> pulled = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : spec.root().path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                String pointer = Pointers.child(Pointers.child("/paths", path.getKey()), method);
                String resourceId = returnedResource(successSchema(operation), schemas, resourceOfSchema, selected);
                Map.Entry<String, String> parent = enclosingInstance(path.getKey(), instancePaths);
                if (parent != null && !parent.getKey().equals(resourceId)) {
                    operations.add(new Section.OperationRef(
                            path.getKey(), method, parent.getKey(), operation, pointer, parent.getValue()));
                    pulled.addAll(answeredResources(successSchema(operation), schemas, resourceOfSchema));
                    continue;
                }
                if (resourceId == null) {
                    resourceId = binaryOwners.get(pointer);
                }
                if (resourceId != null) {
                    operations.add(
                            new Section.OperationRef(path.getKey(), method, resourceId, operation, pointer, null));
                }
            }
        }
        pulled.removeAll(selected);

        Set<String> inSection = new LinkedHashSet<>(selected);
        inSection.addAll(pulled);
        Reachability reach = new Reachability(schemas, resourceOfSchema, inSection, problems);
        for (Map.Entry<String, String> entry : resourceOfSchema.entrySet()) {
            if (inSection.contains(entry.getValue())) {
                reach.include(entry.getKey());
            }
        }
        for (Section.OperationRef operation : operations) {
            reach.collectRefs(operation.operation().path("parameters"), operation.pointer() + "/parameters");
            reach.collectRefs(operation.operation().path("requestBody"), operation.pointer() + "/requestBody");
            reach.collectRefs(successResponse(operation.operation()), operation.pointer() + "/responses/200");
        }
        reach.drain();
        problems.throwIfAny();

        Map<String, JsonNode> sectionSchemas = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : schemas.properties()) {
            if (reach.inside.contains(entry.getKey())) {
                sectionSchemas.put(entry.getKey(), entry.getValue());
            }
        }
        return new Section(spec, List.copyOf(resourceIds), sectionSchemas, operations, reach.boundary);
    }

    /**
     * Which section holds each path's operations when every resource is selected: the resource whose instance path
     * the path lies under, else the resource its operations answer. Paths no section holds are left out.
     */
    static Map<String, String> sectionOfPaths(
            LoadedSpec spec, JsonNode schemas, Map<String, String> resourceOfSchema, Set<String> all) {
        Map<String, String> instancePaths = instancePaths(spec, schemas, resourceOfSchema, all);
        Map<String, String> sections = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : spec.root().path("paths").properties()) {
            Map.Entry<String, String> parent = enclosingInstance(path.getKey(), instancePaths);
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                String resourceId = operation == null
                        ? null
                        : returnedResource(successSchema(operation), schemas, resourceOfSchema, all);
                String section = parent != null ? parent.getKey() : resourceId;
                if (section != null) {
                    sections.putIfAbsent(path.getKey(), section);
                }
            }
        }
        return sections;
    }

    /**
     * Each selected resource's instance path: the shortest path ending in a parameter whose operation answers the
     * resource ({@code /v1/customers/{customer}}). Operations under it belong to that resource's client.
     */
    private static Map<String, String> instancePaths(
            LoadedSpec spec, JsonNode schemas, Map<String, String> resourceOfSchema, Set<String> selected) {
        Map<String, String> instancePaths = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : spec.root().path("paths").properties()) {
            if (!path.getKey().endsWith("}")) {
                continue;
            }
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                String resourceId = operation == null
                        ? null
                        : returnedResource(successSchema(operation), schemas, resourceOfSchema, selected);
                String known = resourceId == null ? null : instancePaths.get(resourceId);
                if (resourceId != null && (known == null || segments(path.getKey()) < segments(known))) {
                    instancePaths.put(resourceId, path.getKey());
                }
            }
        }
        return instancePaths;
    }

    /**
     * The selected resource whose instance path {@code path} lies under, and the part of {@code path} that matches
     * that instance path; the outermost when
     * several enclose it ({@code /v1/customers/{customer}/sources/{id}/verify} is the customer's, even when the
     * source is selected too). Null when none does.
     */
    private static Map.@Nullable Entry<String, String> enclosingInstance(
            String path, Map<String, String> instancePaths) {
        String[] segments = path.split("/");
        String outermost = null;
        String prefix = null;
        for (Map.Entry<String, String> candidate : instancePaths.entrySet()) {
            String[] instance = candidate.getValue().split("/");
            if (instance.length < segments.length
                    && isPrefix(instance, segments)
                    && (prefix == null || instance.length < segments(prefix))) {
                outermost = candidate.getKey();
                prefix = String.join("/", List.of(segments).subList(0, instance.length));
            }
        }
        return outermost == null ? null : Map.entry(outermost, prefix);
    }

    /**
     * Whether a path starts with an instance path's segments, whatever its parameters are called
     * ({@code /v1/transfers/{id}/reversals} lies under {@code /v1/transfers/{transfer}}).
     */
    private static boolean isPrefix(String[] instance, String[] segments) {
        for (int i = 0; i < instance.length; i++) {
            boolean bothParameters = instance[i].startsWith("{") && segments[i].startsWith("{");
            if (!bothParameters && !instance[i].equals(segments[i])) {
                return false;
            }
        }
        return true;
    }

    private static int segments(String path) {
        return path.split("/").length;
    }

    /**
     * Every resource a success body may be, selected or not: the schema itself, the items of a list, or each
     * alternative of an {@code anyOf} ({@code GET /v1/customers/{customer}/sources} lists bank accounts, cards and
     * sources).
     */
    private static Set<String> answeredResources(
            JsonNode schema, JsonNode schemas, Map<String, String> resourceOfSchema) {
        JsonNode items = schema.path("properties").path("data").path("items");
        JsonNode answer = items.isMissingNode() ? schema : items;
        List<JsonNode> alternatives = new ArrayList<>();
        alternatives.add(answer);
        answer.path("anyOf").forEach(alternatives::add);
        Set<String> resources = new TreeSet<>();
        for (JsonNode alternative : alternatives) {
            String name = Pointers.schemaNameOf(alternative.path("$ref").asText(""));
            String resourceId = name == null || !schemas.has(name) ? null : resourceOfSchema.get(name);
            if (resourceId != null) {
                resources.add(resourceId);
            }
        }
        return resources;
    }

    /** Follows {@code $ref}s from the roots, stopping at schemas that belong to resources not selected. */
    private final class Reachability {
        private final JsonNode schemas;
        private final Map<String, String> resourceOfSchema;
        private final Set<String> selected;
        private final Problems problems;
        private final Deque<String> queue = new ArrayDeque<>();
        final Set<String> inside = new LinkedHashSet<>();
        final Set<String> boundary = new TreeSet<>();

        Reachability(JsonNode schemas, Map<String, String> resourceOfSchema, Set<String> selected, Problems problems) {
            this.schemas = schemas;
            this.resourceOfSchema = resourceOfSchema;
            this.selected = selected;
            this.problems = problems;
        }

        void include(String schemaName) {
            if (inside.add(schemaName)) {
                queue.add(schemaName);
            }
        }

        /** Walks every schema included so far, and those they include in turn. */
        void drain() {
            while (!queue.isEmpty()) {
                String name = queue.poll();
                collectRefs(schemas.get(name), Pointers.child("/components/schemas", name));
            }
        }

        void collectRefs(@Nullable JsonNode node, String pointer) {
            if (node == null) {
                return;
            }
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    String childPointer = Pointers.child(pointer, field.getKey());
                    if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                        follow(field.getValue().asText(), childPointer);
                    } else if (field.getKey().equals("$ref") && !pointer.endsWith("/properties")) {
                        // (a property may be named "$ref": inside a properties map it is a name, not a reference)
                        problems.add(
                                "SS020",
                                childPointer,
                                "$ref is "
                                        + field.getValue().getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                                        + ", not a string",
                                "Write the reference as a string such as \"#/components/schemas/<name>\"");
                    } else {
                        collectRefs(field.getValue(), childPointer);
                    }
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    collectRefs(node.get(i), Pointers.child(pointer, i));
                }
            }
        }

        private void follow(String ref, String pointer) {
            String name = Pointers.schemaNameOf(ref);
            if (name == null) {
                problems.add(
                        "SS020",
                        pointer,
                        "Unsupported $ref \"" + ref + "\"",
                        "Only local refs of the form #/components/schemas/<name> are supported; inline or bundle external documents first");
                return;
            }
            if (!schemas.has(name)) {
                if (allowUnresolvedRefs) {
                    boundary.add(name);
                } else {
                    problems.add(
                            "SS021",
                            pointer,
                            "$ref \"" + ref + "\" resolves nowhere: there is no schema \"" + name + "\"",
                            "Add the schema to components/schemas, or set allowUnresolvedRefs (stripe-slice.allowUnresolvedRefs) "
                                    + "to treat it as lying outside the section");
                }
                return;
            }
            String resourceId = resourceOfSchema.get(name);
            if (resourceId != null
                    && !selected.contains(resourceId)
                    && !isDeletedFormOfSelected(resourceId, selected)) {
                boundary.add(name);
                return;
            }
            include(name);
        }
    }

    /**
     * Operations whose success body is not JSON (GET /v1/quotes/{quote}/pdf answers {@code application/pdf}) return
     * no resource, so they belong to the resource whose operations' paths are the longest prefix of theirs
     * ({@code /v1/quotes/{quote}} returns a quote), or else to the resource a path parameter is named after. By
     * operation pointer.
     */
    private static Map<String, String> binaryResponseOwners(
            LoadedSpec spec, JsonNode schemas, Map<String, String> resourceOfSchema, Set<String> selected) {
        Map<String, String> ownerOfPath = new LinkedHashMap<>();
        List<String[]> binary = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : spec.root().path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                JsonNode content = successResponse(operation) == null
                        ? null
                        : successResponse(operation).path("content");
                String resourceId = returnedResource(successSchema(operation), schemas, resourceOfSchema, selected);
                if (resourceId != null) {
                    ownerOfPath.putIfAbsent(path.getKey(), resourceId);
                } else if (content != null && content.size() > 0 && !content.has("application/json")) {
                    binary.add(new String[] {
                        path.getKey(), Pointers.child(Pointers.child("/paths", path.getKey()), method)
                    });
                }
            }
        }
        Map<String, String> owners = new LinkedHashMap<>();
        for (String[] operation : binary) {
            String owner = null;
            int longest = -1;
            for (Map.Entry<String, String> candidate : ownerOfPath.entrySet()) {
                String prefix = candidate.getKey();
                if (operation[0].startsWith(prefix + "/") && prefix.length() > longest) {
                    owner = candidate.getValue();
                    longest = prefix.length();
                }
            }
            if (owner == null) {
                for (String segment : operation[0].split("/")) {
                    String name = segment.startsWith("{") && segment.endsWith("}")
                            ? segment.substring(1, segment.length() - 1)
                            : "";
                    if (selected.contains(name)) {
                        owner = name;
                    }
                }
            }
            if (owner != null) {
                owners.put(operation[1], owner);
            }
        }
        return owners;
    }

    /** {@code deleted_customer} belongs with {@code customer}: it is what deleting one answers. */
    private static boolean isDeletedFormOfSelected(String resourceId, Set<String> selected) {
        return resourceId.startsWith("deleted_") && selected.contains(resourceId.substring("deleted_".length()));
    }

    private static @Nullable JsonNode successResponse(JsonNode operation) {
        return operation.path("responses").get("200");
    }

    private static JsonNode successSchema(JsonNode operation) {
        JsonNode response = successResponse(operation);
        return response == null
                ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
                : response.path("content").path("application/json").path("schema");
    }

    /** The selected resource an operation returns: directly, as a list or search page, or as its deleted form. */
    private static @Nullable String returnedResource(
            JsonNode schema, JsonNode schemas, Map<String, String> resourceOfSchema, Set<String> selected) {
        String ref = schema.path("$ref").asText("");
        if (ref.isEmpty()) {
            ref = schema.path("properties")
                    .path("data")
                    .path("items")
                    .path("$ref")
                    .asText("");
        }
        if (ref.isEmpty() && schema.path("anyOf").size() == 1) {
            ref = schema.path("anyOf").get(0).path("$ref").asText("");
        }
        if (ref.isEmpty() && schema.path("anyOf").size() > 1) {
            // Retrieve answers the object or its deleted form: anyOf [customer, deleted_customer].
            for (JsonNode alternative : schema.path("anyOf")) {
                String alternativeName =
                        Pointers.schemaNameOf(alternative.path("$ref").asText(""));
                if (alternativeName != null && selected.contains(resourceOfSchema.getOrDefault(alternativeName, ""))) {
                    ref = alternative.path("$ref").asText("");
                    break;
                }
            }
        }
        String name = ref.isEmpty() ? null : Pointers.schemaNameOf(ref);
        if (name == null || !schemas.has(name)) {
            return null;
        }
        String resourceId = resourceOfSchema.getOrDefault(name, "");
        if (isDeletedFormOfSelected(resourceId, selected)) {
            return resourceId.substring("deleted_".length()); // the customer's client deletes customers
        }
        return selected.contains(resourceId) ? resourceId : null;
    }

    static List<String> closest(String wanted, Set<String> candidates, int limit) {
        return candidates.stream()
                .sorted(Comparator.comparingInt((String c) -> distance(wanted, c))
                        .thenComparing(c -> c))
                .limit(limit)
                .toList();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
