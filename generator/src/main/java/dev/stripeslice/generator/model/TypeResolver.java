package dev.stripeslice.generator.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stripeslice.generator.Problems;
import dev.stripeslice.generator.name.JavaNames;
import dev.stripeslice.generator.select.Section;
import dev.stripeslice.generator.spec.Pointers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The Java type of every schema a property points at: scalars, lists, maps, enums (shared where the property name
 * and the values agree), expandable fields, polymorphic fields, and records, which it asks {@link Records} for.
 */
final class TypeResolver {
    /** Beyond this many nested schemas the model refuses (a located error instead of a StackOverflowError). */
    static final int MAX_DEPTH = 256;

    /** Where records come from: the planner decides whether a schema nests or stands at the top level. */
    interface Records {
        /** The top-level record of a components schema, made on first use. */
        ObjectType topLevel(String schemaName);

        /** The record already made for a components schema, or null. */
        @Nullable
        ObjectType known(String schemaName);

        /** A new record nested in {@code owner} for the object under its property {@code wireName}. */
        ObjectType nested(
                ObjectType owner, String wireName, JsonNode schema, String pointer, @Nullable String schemaName);
    }

    private final Section section;
    private final SchemaClassifier classifier;
    private final Records records;
    private final Problems problems;
    /** Named non-object schemas (aliases, unions, arrays) being resolved, to stop ref cycles among them. */
    private final Set<String> resolvingAliases = new HashSet<>();

    private final Set<String> reportedCycles = new HashSet<>();
    /** How many schemas deep {@link #typeOf} is: inline nesting and refs followed. */
    private int depth;

    private final Map<String, EnumType> enums = new LinkedHashMap<>();
    private final List<UnionType> unions = new ArrayList<>();

    TypeResolver(Section section, SchemaClassifier classifier, Records records, Problems problems) {
        this.section = section;
        this.classifier = classifier;
        this.records = records;
        this.problems = problems;
    }

    /** Every enum met, in the order met. */
    List<EnumType> enums() {
        return List.copyOf(enums.values());
    }

    /** Every polymorphic field met, in the order met. */
    List<UnionType> unions() {
        return List.copyOf(unions);
    }

    /** The Java type for a schema found at {@code pointer}, a property {@code wireName} of {@code owner}. */
    TypeRef typeOf(ObjectType owner, String wireName, JsonNode schema, String pointer) {
        if (depth >= MAX_DEPTH) {
            problems.add(
                    "SS031",
                    pointer,
                    "Schemas nest more than " + MAX_DEPTH + " levels deep here (inline objects and "
                            + "$refs followed)",
                    "Flatten the schema: give deep parts their own components/schemas entry that "
                            + "is referenced from several places, or remove the nesting");
            return TypeRef.UNTYPED;
        }
        depth++;
        try {
            return resolveType(owner, wireName, schema, pointer);
        } finally {
            depth--;
        }
    }

    private TypeRef resolveType(ObjectType owner, String wireName, JsonNode schema, String pointer) {
        if (schema.has("$ref")) {
            return refType(owner, wireName, schema.get("$ref").asText(), pointer);
        }
        JsonNode anyOf = schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
        if (anyOf != null) {
            return alternativesType(
                    owner, wireName, schema, anyOf, pointer + (schema.has("anyOf") ? "/anyOf" : "/oneOf"));
        }
        if (schema.has("allOf")) {
            JsonNode allOf = schema.get("allOf");
            return allOf.size() == 1 ? typeOf(owner, wireName, allOf.get(0), pointer + "/allOf/0") : TypeRef.UNTYPED;
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "string":
                if (schema.has("enum")) {
                    return enumType(wireName, schema, pointer);
                }
                if (owner.kind() == ObjectType.Kind.PARAMS
                        && schema.path("format").asText("").equals("binary")) {
                    return TypeRef.BINARY; // a file part of a multipart body
                }
                return TypeRef.STRING;
            case "integer":
                return new TypeRef.Scalar(TypeRef.ScalarKind.INTEGER);
            case "number":
                return new TypeRef.Scalar(TypeRef.ScalarKind.NUMBER);
            case "boolean":
                return new TypeRef.Scalar(TypeRef.ScalarKind.BOOLEAN);
            case "array":
                if (!schema.has("items")) {
                    return new TypeRef.ListOf(TypeRef.UNTYPED);
                }
                return new TypeRef.ListOf(
                        typeOf(owner, JavaNames.singular(wireName), schema.get("items"), pointer + "/items"));
            case "object":
            case "":
                return objectType(owner, wireName, schema, pointer);
            default:
                problems.add(
                        "SS030",
                        pointer,
                        "Unknown schema type \"" + type + "\"",
                        "Use one of the OpenAPI 3.0 types: string, integer, number, boolean, array, object");
                return TypeRef.UNTYPED;
        }
    }

    private TypeRef objectType(ObjectType owner, String wireName, JsonNode schema, String pointer) {
        if (owner.kind() == ObjectType.Kind.RESPONSE && SchemaClassifier.isEmbeddedList(schema)) {
            return embeddedList(owner, wireName, schema, pointer);
        }
        if (schema.has("properties") && schema.path("properties").size() > 0) {
            return new TypeRef.Named(records.nested(owner, wireName, schema, pointer, null));
        }
        JsonNode additional = schema.get("additionalProperties");
        if (additional != null && additional.isObject()) {
            return new TypeRef.MapOf(typeOf(owner, wireName, additional, pointer + "/additionalProperties"));
        }
        return TypeRef.UNTYPED;
    }

    /**
     * A list inside an object ({@code invoice.lines}): the runtime's {@code StripeList} of its items, typed as any
     * property of the owner named after one item ({@code line}) would be, so a user can page on from its {@code url}.
     */
    private TypeRef embeddedList(ObjectType owner, String wireName, JsonNode schema, String pointer) {
        String itemsPointer = Pointers.child(Pointers.child(pointer, "properties"), "data") + "/items";
        JsonNode items = schema.get("properties").get("data").get("items");
        TypeRef item =
                items == null ? TypeRef.UNTYPED : typeOf(owner, JavaNames.singular(wireName), items, itemsPointer);
        return new TypeRef.Page(TypeRef.PageKind.LIST, item);
    }

    private TypeRef refType(ObjectType owner, String wireName, String ref, String pointer) {
        String name = Pointers.schemaNameOf(ref);
        if (name == null || section.boundary().contains(name)) {
            return TypeRef.UNTYPED;
        }
        JsonNode target = section.schemas().get(name);
        if (target == null) {
            problems.add(
                    "SS021", pointer, "$ref \"" + ref + "\" resolves nowhere", "Add the schema to components/schemas");
            return TypeRef.UNTYPED;
        }
        if (!SchemaClassifier.isRecordSchema(target)) {
            // Enums, scalars and unions declared as named schemas are used inline.
            if (!resolvingAliases.add(name)) {
                if (reportedCycles.add(name)) {
                    problems.add(
                            "SS022",
                            SchemaClassifier.schemaPointer(name),
                            "The schema \"" + name + "\" refers back to itself through "
                                    + "$refs with no object schema in between, so it can never be a type",
                            "Break the cycle: make one schema on it an object with properties, or remove one $ref");
                }
                return TypeRef.UNTYPED;
            }
            try {
                return typeOf(owner, wireName, target, SchemaClassifier.schemaPointer(name));
            } finally {
                resolvingAliases.remove(name);
            }
        }
        if (owner.kind() == ObjectType.Kind.RESPONSE && SchemaClassifier.isEmbeddedList(target)) {
            return embeddedList(owner, wireName, target, SchemaClassifier.schemaPointer(name));
        }
        ObjectType existing = records.known(name);
        if (existing != null) {
            return new TypeRef.Named(existing);
        }
        if (classifier.nestsInsideParent(name)) {
            return new TypeRef.Named(
                    records.nested(owner, wireName, target, SchemaClassifier.schemaPointer(name), name));
        }
        return new TypeRef.Named(records.topLevel(name));
    }

    private TypeRef alternativesType(
            ObjectType owner, String wireName, JsonNode schema, JsonNode alternatives, String pointer) {
        if (alternatives.size() == 1) {
            return typeOf(owner, wireName, alternatives.get(0), pointer + "/0");
        }
        if (schema.has("x-expansionResources") || SchemaClassifier.isIdOrObject(alternatives)) {
            List<String> targets = new ArrayList<>();
            for (JsonNode alternative : alternatives) {
                if (alternative.has("$ref")
                        && !classifier.isDeletedForm(alternative.get("$ref").asText())) {
                    // anyOf [string, customer, deleted_customer]: a deleted one reads as the object, flag in extras
                    targets.add(alternative.get("$ref").asText());
                }
            }
            ObjectType target = null;
            if (targets.size() == 1) {
                TypeRef resolved = refType(owner, wireName, targets.get(0), pointer + "/1");
                if (resolved instanceof TypeRef.Named named) {
                    target = named.type();
                    Set<String> surviving = classifier.fieldsSurvivingDeletion(alternatives);
                    if (surviving != null && target.enclosing() == null) {
                        target.mayBeDeleted(surviving);
                    }
                }
            }
            UnionType union = targets.size() > 1 ? union(owner, wireName, schema, alternatives, pointer) : null;
            return union != null ? new TypeRef.ExpandableUnion(union) : new TypeRef.Expandable(target);
        }
        UnionType union = union(owner, wireName, schema, alternatives, pointer);
        return union != null ? new TypeRef.Union(union) : TypeRef.UNTYPED;
    }

    /**
     * A response field whose alternatives are several Stripe objects (besides an id string and deleted forms): a
     * sealed interface that its members inside the section implement, dispatched by the members' one-value
     * {@code object} enums. Null (the field stays raw JSON) for params, when an alternative is some other shape, when
     * a member has no single {@code object} value or two share one, and when no member lies inside the section.
     */
    private @Nullable UnionType union(
            ObjectType owner, String wireName, JsonNode schema, JsonNode alternatives, String pointer) {
        if (owner.kind() != ObjectType.Kind.RESPONSE) {
            return null;
        }
        List<Integer> indexes = new ArrayList<>();
        List<String> objectValues = new ArrayList<>();
        for (int i = 0; i < alternatives.size(); i++) {
            JsonNode alternative = alternatives.get(i);
            if (!alternative.has("$ref")) {
                if (alternative.path("type").asText("").equals("string") && !alternative.has("enum")) {
                    continue; // the id of an expandable field
                }
                return null;
            }
            String ref = alternative.get("$ref").asText();
            if (classifier.isDeletedForm(ref)) {
                continue;
            }
            String name = Pointers.schemaNameOf(ref);
            String objectValue = name == null ? null : section.objectValue(name);
            if (objectValue == null || objectValues.contains(objectValue)) {
                return null;
            }
            indexes.add(i);
            objectValues.add(objectValue);
        }
        if (indexes.size() < 2) {
            return null;
        }
        List<UnionType.Member> members = new ArrayList<>();
        List<String> untyped = new ArrayList<>();
        for (int j = 0; j < indexes.size(); j++) {
            String ref = alternatives.get(indexes.get(j)).get("$ref").asText();
            String name = Pointers.schemaNameOf(ref);
            TypeRef resolved = classifier.isRecordInside(name)
                    ? refType(owner, name, ref, pointer + "/" + indexes.get(j))
                    : TypeRef.UNTYPED;
            if (resolved instanceof TypeRef.Named named && named.type().kind() == ObjectType.Kind.RESPONSE) {
                members.add(new UnionType.Member(objectValues.get(j), named.type()));
            } else {
                untyped.add(objectValues.get(j));
            }
        }
        if (members.isEmpty()) {
            return null;
        }
        UnionType union = new UnionType(
                owner,
                wireName,
                members,
                untyped,
                pointer,
                schema.path("description").asText(""));
        for (UnionType.Member member : members) {
            member.type().addUnion(union);
        }
        unions.add(union);
        return union;
    }

    private TypeRef enumType(String wireName, JsonNode schema, String pointer) {
        List<String> values = new ArrayList<>();
        schema.get("enum").forEach(value -> values.add(value.asText()));
        if (wireName.equals("object") && values.size() == 1) {
            return TypeRef.STRING; // the type tag every Stripe object carries
        }
        String key = wireName + "\u0000" + new TreeSet<>(values);
        EnumType existing = enums.get(key);
        if (existing != null) {
            return new TypeRef.EnumOf(existing);
        }
        EnumType type = new EnumType(wireName, List.copyOf(new LinkedHashSet<>(values)), pointer);
        enums.put(key, type);
        return new TypeRef.EnumOf(type);
    }
}
