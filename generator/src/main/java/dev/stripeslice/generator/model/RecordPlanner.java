package dev.stripeslice.generator.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stripeslice.generator.Problems;
import dev.stripeslice.generator.select.Section;
import dev.stripeslice.generator.spec.Pointers;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which schemas become records and where they stand: a resource or shared schema at the top level, a schema only
 * one other refers to (and every inline object) nested in its owner, an operation's params and inline answers at the
 * top level; and each record's properties, typed by the {@link TypeResolver}.
 */
final class RecordPlanner implements TypeResolver.Records {
    private final Section section;
    private final SchemaClassifier classifier;
    private final TypeResolver resolver;
    private final Map<String, ObjectType> bySchema = new HashMap<>();
    private final List<ObjectType> topLevel = new ArrayList<>();

    RecordPlanner(Section section, SchemaClassifier classifier, Problems problems) {
        this.section = section;
        this.classifier = classifier;
        this.resolver = new TypeResolver(section, classifier, this, problems);
    }

    /** A record for every components schema that stands at the top level, in document order. */
    void planSchemas() {
        for (Map.Entry<String, JsonNode> schema : section.schemas().entrySet()) {
            if (SchemaClassifier.isRecordSchema(schema.getValue())
                    && !SchemaClassifier.isEmbeddedList(schema.getValue())
                    && !classifier.nestsInsideParent(schema.getKey())) {
                topLevel(schema.getKey());
            }
        }
    }

    /**
     * Records some answer may deliver as their deleted form ({@code id}, {@code object}, {@code deleted: true})
     * get a {@code deleted} property, and every field a deleted form lacks may be null.
     */
    void applyDeletedForms() {
        for (ObjectType type : topLevel) {
            Set<String> surviving = type.fieldsSurvivingDeletion();
            if (surviving == null) {
                continue;
            }
            for (Property property : type.properties()) {
                if (!surviving.contains(property.wireName())) {
                    property.mayBeMissingWhenDeleted();
                }
            }
            if (type.properties().stream()
                    .noneMatch(property -> property.wireName().equals("deleted"))) {
                type.addProperty(new Property(
                        "deleted",
                        new TypeRef.Scalar(TypeRef.ScalarKind.BOOLEAN),
                        false,
                        false,
                        false,
                        false,
                        "Always true when present: this is the deleted form of the object, which carries "
                                + "only its id and a few fields.",
                        type.pointer(),
                        Set.of()));
            }
        }
    }

    /** The record of every components schema that became one, by schema name. */
    Map<String, ObjectType> bySchema() {
        return Map.copyOf(bySchema);
    }

    List<ObjectType> topLevelTypes() {
        return List.copyOf(topLevel);
    }

    List<EnumType> enums() {
        return resolver.enums();
    }

    List<UnionType> unions() {
        return resolver.unions();
    }

    @Override
    public @Nullable ObjectType known(String schemaName) {
        return bySchema.get(schemaName);
    }

    @Override
    public ObjectType topLevel(String schemaName) {
        ObjectType existing = bySchema.get(schemaName);
        if (existing != null) {
            return existing;
        }
        JsonNode schema = section.schemas().get(schemaName);
        String resourceId = schema.path("x-resourceId").asText("");
        Origin origin =
                resourceId.isEmpty() ? new Origin.Schema(schemaName) : new Origin.Resource(resourceId, schemaName);
        ObjectType type = new ObjectType(
                ObjectType.Kind.RESPONSE,
                null,
                origin,
                SchemaClassifier.schemaPointer(schemaName),
                schema.path("description").asText(""));
        bySchema.put(schemaName, type);
        topLevel.add(type);
        addProperties(type, schema, type.pointer());
        return type;
    }

    /** A new top-level record for an inline schema, such as an operation's params or a list page. */
    ObjectType inlineTopLevel(ObjectType.Kind kind, Origin.OperationPart origin, JsonNode schema, String pointer) {
        ObjectType type = new ObjectType(
                kind, null, origin, pointer, schema.path("description").asText(""));
        topLevel.add(type);
        addProperties(type, schema, pointer);
        return type;
    }

    /**
     * An operation's response: a resource record (operations refer to it, so it is never nested), an inline
     * object such as a list page (a top-level record named after the operation), or untyped JSON.
     */
    TypeRef responseType(Origin.OperationPart inlineOrigin, JsonNode schema, String pointer) {
        String name = Pointers.schemaNameOf(schema.path("$ref").asText(""));
        if (name != null
                && section.schemas().containsKey(name)
                && SchemaClassifier.isRecordSchema(section.schemas().get(name))) {
            return new TypeRef.Named(topLevel(name));
        }
        TypeRef.Page page = pageType(schema);
        if (page != null) {
            return page;
        }
        String orDeleted = classifier.objectOrItsDeletedForm(schema);
        if (orDeleted != null) {
            ObjectType type = topLevel(orDeleted);
            Set<String> surviving = classifier.fieldsSurvivingDeletion(schema.path("anyOf"));
            if (surviving != null) {
                type.mayBeDeleted(surviving);
            }
            return new TypeRef.Named(type);
        }
        if (!schema.has("$ref") && SchemaClassifier.isRecordSchema(schema)) {
            return new TypeRef.Named(inlineTopLevel(ObjectType.Kind.RESPONSE, inlineOrigin, schema, pointer));
        }
        return TypeRef.UNTYPED;
    }

    /**
     * Stripe's list and search envelopes ({@code object} enum {@code list} or {@code search_result}, {@code data} an
     * array) become the runtime's page types over the item type; items that are not one record schema (unions,
     * shapes past the cut) are raw JSON.
     */
    private TypeRef.@Nullable Page pageType(JsonNode schema) {
        TypeRef.PageKind kind = SchemaClassifier.pageKind(schema);
        if (kind == null) {
            return null;
        }
        String itemName = Pointers.schemaNameOf(
                schema.get("properties").path("data").path("items").path("$ref").asText(""));
        TypeRef item = TypeRef.UNTYPED;
        if (itemName != null && classifier.isRecordInside(itemName)) {
            ObjectType existing = bySchema.get(itemName);
            item = new TypeRef.Named(existing != null ? existing : topLevel(itemName));
        }
        return new TypeRef.Page(kind, item);
    }

    @Override
    public ObjectType nested(
            ObjectType owner, String wireName, JsonNode schema, String pointer, @Nullable String schemaName) {
        ObjectType type = new ObjectType(
                owner.kind(),
                owner,
                new Origin.Member(wireName),
                pointer,
                schema.path("description").asText(""));
        if (schemaName != null) {
            bySchema.put(schemaName, type);
        }
        addProperties(type, schema, pointer);
        return type;
    }

    /** Adds one property per schema property (or per query parameter, for params built from a parameter list). */
    void addProperties(ObjectType type, JsonNode schema, String pointer) {
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        for (Map.Entry<String, JsonNode> entry : schema.path("properties").properties()) {
            String propertyPointer = Pointers.child(Pointers.child(pointer, "properties"), entry.getKey());
            addProperty(type, entry.getKey(), entry.getValue(), required.contains(entry.getKey()), propertyPointer);
        }
    }

    private void addProperty(ObjectType type, String wireName, JsonNode schema, boolean required, String pointer) {
        boolean params = type.kind() == ObjectType.Kind.PARAMS;
        JsonNode effective = schema;
        boolean clearable = false;
        if (params && schema.has("anyOf")) {
            List<JsonNode> alternatives = new ArrayList<>();
            for (JsonNode alternative : schema.get("anyOf")) {
                if (SchemaClassifier.isEmptyStringMarker(alternative)) {
                    clearable = true;
                } else {
                    alternatives.add(alternative);
                }
            }
            if (clearable && alternatives.size() == 1) {
                effective = alternatives.get(0);
            }
        }
        TypeRef typeRef = resolver.typeOf(type, wireName, effective, pointer);
        boolean nullable = schema.path("nullable").asBoolean(false) || SchemaClassifier.wrapsNullable(schema);
        String description = classifier.description(schema);
        type.addProperty(new Property(
                wireName,
                typeRef,
                required,
                nullable,
                SchemaClassifier.isSecret(wireName),
                clearable,
                description,
                pointer,
                params ? paramsChecks(typeRef, required, nullable, clearable) : Set.of()));
        useEnums(type, typeRef);
    }

    private static Set<Property.Check> paramsChecks(
            TypeRef type, boolean required, boolean nullable, boolean clearable) {
        Set<Property.Check> checks = EnumSet.noneOf(Property.Check.class);
        if (required && !nullable) {
            checks.add(Property.Check.REQUIRED);
        }
        boolean emptyValueUnsets =
                type.equals(TypeRef.STRING) || type instanceof TypeRef.ListOf || type instanceof TypeRef.MapOf;
        boolean requiredObject = required && type instanceof TypeRef.Named;
        if (!clearable && (emptyValueUnsets || requiredObject)) {
            checks.add(Property.Check.NOT_EMPTY);
        }
        return checks;
    }

    /** Records {@code type} as a user of the enums in {@code typeRef}, which decides where they are declared. */
    private static void useEnums(ObjectType type, TypeRef typeRef) {
        if (typeRef instanceof TypeRef.EnumOf enumOf) {
            enumOf.type().addUser(type);
        } else if (typeRef instanceof TypeRef.ListOf list) {
            useEnums(type, list.element());
        } else if (typeRef instanceof TypeRef.MapOf map) {
            useEnums(type, map.value());
        }
    }
}
