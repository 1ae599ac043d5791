package dev.stripeslice.generator.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stripeslice.generator.select.Section;
import dev.stripeslice.generator.spec.Pointers;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    /** The properties of a list envelope that {@code StripeList} holds; a list with any other stays a record. */
    private static final Set<String> LIST_PROPERTIES = Set.of("object", "data", "has_more", "url");

    static boolean isRecordSchema(JsonNode schema) {
        return schema.has("properties") && !schema.has("anyOf") && !schema.has("oneOf");
    }

    /**
     * Stripe's list and search envelopes: an object whose {@code object} is the one-value enum {@code list} or
     * {@code search_result} and whose {@code data} is an array. Null for every other schema.
     */
    static TypeRef.@Nullable PageKind pageKind(JsonNode schema) {
        if (schema.has("$ref") || !isRecordSchema(schema)) {
            return null;
        }
        JsonNode properties = schema.get("properties");
        JsonNode objectEnum = properties.path("object").path("enum");
        if (objectEnum.size() != 1
                || !properties.path("data").path("type").asText("").equals("array")) {
            return null;
        }
        return switch (objectEnum.get(0).asText("")) {
            case "list" -> TypeRef.PageKind.LIST;
            case "search_result" -> TypeRef.PageKind.SEARCH;
            default -> null;
        };
    }

    /**
     * A list embedded in an object ({@code invoice.lines}, {@code customer.subscriptions}): a list envelope with
     * {@code has_more} and its own {@code url}, and nothing {@code StripeList} would not hold.
     */
    static boolean isEmbeddedList(JsonNode schema) {
        if (pageKind(schema) != TypeRef.PageKind.LIST) {
            return false;
        }
        JsonNode properties = schema.get("properties");
        if (!properties.has("has_more") || !properties.has("url")) {
            return false;
        }
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            if (!LIST_PROPERTIES.contains(property.getKey())) {
                return false;
            }
        }
        return true;
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

    /**
     * What a property says about itself: its own description, else that of the one schema it stands for (the
     * {@code $ref} target, or the single member of an {@code anyOf}, {@code oneOf} or {@code allOf}, a clearable
     * param's {@code ""} marker aside) when that schema lies inside the cut; "" when neither has one.
     */
    String description(JsonNode schema) {
        JsonNode current = schema;
        Set<String> followed = new HashSet<>();
        while (true) {
            String own = current.path("description").asText("");
            if (!own.isEmpty()) {
                return own;
            }
            JsonNode single = singleMember(current);
            if (single != null) {
                current = single;
                continue;
            }
            String name = Pointers.schemaNameOf(current.path("$ref").asText(""));
            if (name == null || !section.schemas().containsKey(name) || !followed.add(name)) {
                return "";
            }
            current = section.schemas().get(name);
        }
    }

    private static @Nullable JsonNode singleMember(JsonNode schema) {
        for (String keyword : List.of("anyOf", "oneOf", "allOf")) {
            JsonNode single = null;
            for (JsonNode member : schema.path(keyword)) {
                if (isEmptyStringMarker(member)) {
                    continue;
                }
                if (single != null) {
                    return null;
                }
                single = member;
            }
            if (single != null) {
                return single;
            }
        }
        return null;
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
