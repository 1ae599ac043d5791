package dev.stripeslice.generator.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stripeslice.generator.select.Section;
import dev.stripeslice.generator.spec.Pointers;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who refers to whom inside a section. A schema referred to from exactly one other schema (and from no
 * operation) is a detail of that schema: it becomes a nested record named by its place, not a top-level type
 * named by Stripe's long schema key.
 */
final class ReferenceCounts {
    private static final String FROM_OPERATION = "";

    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, String> parents = new HashMap<>();
    private final Section section;

    private ReferenceCounts(Section section) {
        this.section = section;
    }

    static ReferenceCounts of(Section section) {
        ReferenceCounts references = new ReferenceCounts(section);
        for (Map.Entry<String, JsonNode> schema : section.schemas().entrySet()) {
            references.count(schema.getValue(), schema.getKey());
        }
        for (Section.OperationRef operation : section.operations()) {
            references.count(operation.operation(), FROM_OPERATION);
        }
        return references;
    }

    boolean nestsInsideParent(String schemaName) {
        JsonNode schema = section.schemas().get(schemaName);
        if (schema == null || schema.has("x-resourceId")) {
            return false;
        }
        String parent = parents.get(schemaName);
        return counts.getOrDefault(schemaName, 0) == 1
                && parent != null
                && !parent.equals(FROM_OPERATION)
                && !parent.equals(schemaName);
    }

    private void count(JsonNode node, String from) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getKey().equals("x-expansionResources")) {
                    continue; // repeats the refs of the anyOf beside it
                }
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    String target = Pointers.schemaNameOf(field.getValue().asText());
                    if (target != null) {
                        counts.merge(target, 1, Integer::sum);
                        parents.merge(target, from, (a, b) -> Objects.equals(a, b) ? a : FROM_OPERATION);
                    }
                } else {
                    count(field.getValue(), from);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> count(child, from));
        }
    }
}
