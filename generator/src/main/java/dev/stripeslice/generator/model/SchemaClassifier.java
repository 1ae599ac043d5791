package dev.stripeslice.generator.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stripeslice.generator.select.Section;
import dev.stripeslice.generator.spec.Pointers;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What a schema is, read off its shape: a record, a list or search page, an object-or-its-deleted-form answer, a
 * clearable param, a secret. Answers questions; builds nothing.
 */
final class SchemaClassifier {
    private final Section section;
    private final ReferenceCounts references;

    SchemaClassifier(Section section) {
        this.section = section;
        this.references = ReferenceCounts.of(section);
    }

    static boolean isRecordSchema(JsonNode schema) {
        return schema.has("properties") && !schema.has("anyOf") && !schema.has("oneOf");
    }

    /** A schema inside the cut that becomes a record of its own (not past the cut, not a union or alias). */
    boolean isRecordInside(@Nullable String schemaName) {
        return schemaName != null
                && !section.boundary().contains(schemaName)
                && section.schemas().containsKey(schemaName)
                && isRecordSchema(section.schemas().get(schemaName));
    }

    /** A schema only one other schema refers to: a detail of it, nested inside its record. */
    boolean nestsInsideParent(String schemaName) {
        return references.nestsInsideParent(schemaName);
    }

    /**
     * {@code anyOf: [customer, deleted_customer]} (what retrieving a customer answers): the object's schema name, read
     * as the object; a deleted one decodes with its {@code deleted} flag kept in the extras. Null for other unions.
     */
    @Nullable
    String objectOrItsDeletedForm(JsonNode schema) {
        JsonNode anyOf = schema.path("anyOf");
        if (schema.has("$ref") || anyOf.size() < 2) {
            return null;
        }
        String object = null;
        for (JsonNode alternative : anyOf) {
            String name = Pointers.schemaNameOf(alternative.path("$ref").asText(""));
            if (name == null
                    || !section.schemas().containsKey(name)
                    || !isRecordSchema(section.schemas().get(name))) {
                return null;
            }
            String resourceId = section.schemas().get(name).path("x-resourceId").asText("");
            if (!resourceId.startsWith("deleted_")) {
                if (object != null) {
                    return null;
                }
                object = name;
            }
        }
        return object != null && !references.nestsInsideParent(object) ? object : null;
    }

    /**
     * The fields a record is sure to have when some answer may be one of its deleted forms among
     * {@code alternatives}: those every such form requires; null when no alternative is a deleted form.
     */
    @Nullable
    Set<String> fieldsSurvivingDeletion(JsonNode alternatives) {
        Set<String> surviving = null;
        for (JsonNode alternative : alternatives) {
            String name = Pointers.schemaNameOf(alternative.path("$ref").asText(""));
            if (name != null && section.isDeletedForm(name)) {
                Set<String> required = section.requiredFields(name);
                if (surviving == null) {
                    surviving = new TreeSet<>(required);
                } else {
                    surviving.retainAll(required);
                }
            }
        }
        return surviving;
    }

    boolean isDeletedForm(String ref) {
        String name = Pointers.schemaNameOf(ref);
        return name != null && section.isDeletedForm(name);
    }

    static boolean isIdOrObject(JsonNode alternatives) {
        boolean string = false;
        boolean ref = false;
        for (JsonNode alternative : alternatives) {
            string |= alternative.path("type").asText("").equals("string") && !alternative.has("enum");
            ref |= alternative.has("$ref");
        }
        return string && ref;
    }

    static boolean isEmptyStringMarker(JsonNode schema) {
        JsonNode values = schema.path("enum");
        return values.size() == 1 && values.get(0).asText("x").isEmpty();
    }

    static boolean wrapsNullable(JsonNode schema) {
        for (JsonNode alternative : schema.path("anyOf")) {
            if (alternative.path("nullable").asBoolean(false)) {
                return true;
            }
        }
        return false;
    }

    static boolean isSecret(String wireName) {
        return wireName.equals("secret") || wireName.endsWith("_secret");
    }

    static String schemaPointer(String schemaName) {
        return Pointers.child("/components/schemas", schemaName);
    }
}
