package dev.stripeslice.generator.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stripeslice.generator.Problems;
import dev.stripeslice.generator.SpecException;
import dev.stripeslice.generator.select.Section;
import dev.stripeslice.generator.spec.EventTypeList;
import dev.stripeslice.generator.spec.Pointers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Makes every OpenAPI decision for a section, once: which schemas become records and where they nest, the
 * Java type of every property (required x nullable, enums, expandable fields, maps), and the client operations.
 * Problems are collected with their JSON pointer and reported together.
 */
public final class ModelBuilder {
    private final Section section;
    private final Problems problems;
    private final ReferenceCounts references;
    private final Map<String, ObjectType> bySchema = new HashMap<>();
    private final List<ObjectType> topLevel = new ArrayList<>();
    /**
     * Top-level type names, compared ignoring case: each becomes a file, and {@code FooBar.java} and
     * {@code Foobar.java} are one file on case-insensitive file systems (macOS, Windows).
     */
    private final Set<String> topLevelNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    /** Named non-object schemas (aliases, unions, arrays) being resolved, to stop ref cycles among them. */
    private final Set<String> resolvingAliases = new HashSet<>();
    private final Set<String> reportedCycles = new HashSet<>();
    /** How many schemas deep {@link #typeOf} is: inline nesting and refs followed. */
    private int depth;
    private final Map<String, EnumType> enums = new LinkedHashMap<>();
    private final List<UnionType> unions = new ArrayList<>();
    private final @Nullable EventTypeList eventTypes;

    /** Beyond this many nested schemas the model refuses (a located error instead of a StackOverflowError). */
    static final int MAX_DEPTH = 256;
    /** Binary class names (Outer$Inner) beyond this length make class file names file systems refuse (255 bytes). */
    static final int MAX_CLASS_NAME = 200;

    private ModelBuilder(Section section) {
        this.section = section;
        this.problems = new Problems(section.spec().displayName());
        this.references = ReferenceCounts.of(section);
        topLevelNames.addAll(Set.of("StripeClient", "ApiVersion", "Webhooks"));
        this.eventTypes = EventTypeList.of(section.spec().root()).orElse(null);
        if (eventTypes != null) {
            topLevelNames.add(WebhookModel.EVENT_TYPE_NAME);
        }
    }

    public static ApiModel build(Section section) throws SpecException {
        return new ModelBuilder(section).build();
    }

    private ApiModel build() throws SpecException {
        for (Map.Entry<String, JsonNode> schema : section.schemas().entrySet()) {
            if (isRecordSchema(schema.getValue()) && !references.nestsInsideParent(schema.getKey())) {
                topLevelObject(schema.getKey());
            }
        }
        List<ClientType> clients = new OperationModeler(section, this, problems).clients();
        EnumNamer.assignNames(List.copyOf(enums.values()), topLevelNames);
        checkClassNameLengths(clients);
        ModelLimits.check(topLevel, List.copyOf(enums.values()), clients, unions, section.spec().apiVersion(), problems);
        problems.throwIfAny();
        return new ApiModel(section.spec().displayName(), section.spec().apiVersion(), List.copyOf(topLevel),
                List.copyOf(enums.values()), clients, List.copyOf(unions), WebhookModel.of(section, bySchema, eventTypes));
    }

    /** A client interface name whose {@code Http} implementation name is free as well. */
    String clientName(String wanted) {
        String name = wanted;
        for (int i = 2; topLevelNames.contains(name) || topLevelNames.contains("Http" + name); i++) {
            name = wanted + i;
        }
        topLevelNames.add(name);
        topLevelNames.add("Http" + name);
        return name;
    }

    private void checkClassNameLengths(List<ClientType> clients) {
        for (ObjectType type : topLevel) {
            checkClassNameLength(type, type.simpleName());
        }
        for (EnumType type : enums.values()) {
            checkClassNameLength(type.simpleName(), type.pointer());
        }
        for (UnionType union : unions) {
            checkClassNameLength(union.simpleName() + "$Unknown", union.pointer());
        }
        for (ClientType client : clients) {
            checkClassNameLength("Http" + client.simpleName(),
                    client.operations().isEmpty() ? "/components/schemas" : client.operations().get(0).pointer());
        }
    }

    private void checkClassNameLength(ObjectType type, String binaryName) {
        if (!checkClassNameLength(binaryName, type.pointer())) {
            return; // its nested types are longer still; one problem is enough
        }
        for (ObjectType nested : type.nested()) {
            checkClassNameLength(nested, binaryName + "$" + nested.simpleName());
        }
    }

    private boolean checkClassNameLength(String binaryName, String pointer) {
        if (binaryName.length() <= MAX_CLASS_NAME) {
            return true;
        }
        problems.add("SS032", pointer, "The Java type for this schema would be named " + binaryName.substring(0, 40)
                        + "... (" + binaryName.length() + " characters with its enclosing types); its class file name would "
                        + "exceed what file systems allow",
                "Shorten the schema key or property names on this path, or nest the schema less deeply (at most "
                        + MAX_CLASS_NAME + " characters)");
        return false;
    }

    private static boolean isRecordSchema(JsonNode schema) {
        return schema.has("properties") && !schema.has("anyOf") && !schema.has("oneOf");
    }

    private ObjectType topLevelObject(String schemaName) {
        ObjectType existing = bySchema.get(schemaName);
        if (existing != null) {
            return existing;
        }
        JsonNode schema = section.schemas().get(schemaName);
        String resourceId = schema.path("x-resourceId").asText("");
        String name = JavaNames.unique(JavaNames.typeName(resourceId.isEmpty() ? schemaName : resourceId), topLevelNames);
        ObjectType type = new ObjectType(ObjectType.Kind.RESPONSE, null, name, schemaPointer(schemaName),
                schema.path("description").asText(""));
        bySchema.put(schemaName, type);
        topLevel.add(type);
        addProperties(type, schema, type.pointer());
        return type;
    }

    /** A new top-level record for an inline schema, such as an operation's params or a list page. */
    ObjectType inlineTopLevel(ObjectType.Kind kind, String wantedName, JsonNode schema, String pointer) {
        String name = JavaNames.unique(wantedName, topLevelNames);
        ObjectType type = new ObjectType(kind, null, name, pointer, schema.path("description").asText(""));
        topLevel.add(type);
        addProperties(type, schema, pointer);
        return type;
    }

    /**
     * An operation's response: a resource record (operations refer to it, so it is never nested), an inline
     * object such as a list page (a top-level record named after the operation), or untyped JSON.
     */
    TypeRef responseType(String inlineName, JsonNode schema, String pointer) {
        String name = Pointers.schemaNameOf(schema.path("$ref").asText(""));
        if (name != null && section.schemas().containsKey(name) && isRecordSchema(section.schemas().get(name))) {
            return new TypeRef.Named(topLevelObject(name));
        }
        TypeRef.Page page = pageType(schema);
        if (page != null) {
            return page;
        }
        String orDeleted = objectOrItsDeletedForm(schema);
        if (orDeleted != null) {
            return new TypeRef.Named(topLevelObject(orDeleted));
        }
        if (!schema.has("$ref") && isRecordSchema(schema)) {
            return new TypeRef.Named(inlineTopLevel(ObjectType.Kind.RESPONSE, inlineName, schema, pointer));
        }
        return TypeRef.UNTYPED;
    }

    /**
     * {@code anyOf: [customer, deleted_customer]} (what retrieving a customer answers): the object's schema name, read
     * as the object; a deleted one decodes with its {@code deleted} flag kept in the extras. Null for other unions.
     */
    private @Nullable String objectOrItsDeletedForm(JsonNode schema) {
        JsonNode anyOf = schema.path("anyOf");
        if (schema.has("$ref") || anyOf.size() < 2) {
            return null;
        }
        String object = null;
        for (JsonNode alternative : anyOf) {
            String name = Pointers.schemaNameOf(alternative.path("$ref").asText(""));
            if (name == null || !section.schemas().containsKey(name) || !isRecordSchema(section.schemas().get(name))) {
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
     * Stripe's list and search envelopes ({@code object} enum {@code list} or {@code search_result}, {@code data} an
     * array) become the runtime's page types over the item type; items that are not one record schema (unions,
     * shapes past the cut) are raw JSON.
     */
    private TypeRef.@Nullable Page pageType(JsonNode schema) {
        if (schema.has("$ref") || !isRecordSchema(schema)) {
            return null;
        }
        JsonNode properties = schema.get("properties");
        JsonNode objectEnum = properties.path("object").path("enum");
        JsonNode data = properties.path("data");
        if (objectEnum.size() != 1 || !data.path("type").asText("").equals("array")) {
            return null;
        }
        TypeRef.PageKind kind = switch (objectEnum.get(0).asText("")) {
            case "list" -> TypeRef.PageKind.LIST;
            case "search_result" -> TypeRef.PageKind.SEARCH;
            default -> null;
        };
        if (kind == null) {
            return null;
        }
        String itemName = Pointers.schemaNameOf(data.path("items").path("$ref").asText(""));
        TypeRef item = TypeRef.UNTYPED;
        if (itemName != null && !section.boundary().contains(itemName) && section.schemas().containsKey(itemName)
                && isRecordSchema(section.schemas().get(itemName))) {
            ObjectType existing = bySchema.get(itemName);
            item = new TypeRef.Named(existing != null ? existing : topLevelObject(itemName));
        }
        return new TypeRef.Page(kind, item);
    }

    private ObjectType nestedObject(ObjectType owner, String wireName, JsonNode schema, String pointer,
            @Nullable String schemaName) {
        String wanted = JavaNames.typeName(wireName);
        String name = wanted;
        for (int i = 2; owner.nameTakenInside(name); i++) {
            name = wanted + i;
        }
        ObjectType type = new ObjectType(owner.kind(), owner, name, pointer, schema.path("description").asText(""));
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
        MemberNames members = new MemberNames(type.kind());
        for (Map.Entry<String, JsonNode> entry : schema.path("properties").properties()) {
            String propertyPointer = Pointers.child(Pointers.child(pointer, "properties"), entry.getKey());
            addProperty(type, entry.getKey(), entry.getValue(), required.contains(entry.getKey()), propertyPointer,
                    members);
        }
        type.nameHelpers(members);
    }

    private void addProperty(ObjectType type, String wireName, JsonNode schema, boolean required, String pointer,
            MemberNames members) {
        boolean params = type.kind() == ObjectType.Kind.PARAMS;
        JsonNode effective = schema;
        boolean clearable = false;
        if (params && schema.has("anyOf")) {
            List<JsonNode> alternatives = new ArrayList<>();
            for (JsonNode alternative : schema.get("anyOf")) {
                if (isEmptyStringMarker(alternative)) {
                    clearable = true;
                } else {
                    alternatives.add(alternative);
                }
            }
            if (clearable && alternatives.size() == 1) {
                effective = alternatives.get(0);
            }
        }
        TypeRef typeRef = typeOf(type, wireName, effective, pointer);
        boolean nullable = schema.path("nullable").asBoolean(false) || wrapsNullable(schema);
        String description = schema.path("description").asText("");
        type.addProperty(new Property(wireName, members.property(wireName), typeRef, required, nullable,
                isSecret(wireName), clearable, description, pointer, null, null));
    }

    /** The Java type for a schema found at {@code pointer}, a property {@code wireName} of {@code owner}. */
    TypeRef typeOf(ObjectType owner, String wireName, JsonNode schema, String pointer) {
        if (depth >= MAX_DEPTH) {
            problems.add("SS031", pointer, "Schemas nest more than " + MAX_DEPTH + " levels deep here (inline objects and "
                    + "$refs followed)", "Flatten the schema: give deep parts their own components/schemas entry that "
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
            return alternativesType(owner, wireName, schema, anyOf, pointer + (schema.has("anyOf") ? "/anyOf" : "/oneOf"));
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
                if (owner.kind() == ObjectType.Kind.PARAMS && schema.path("format").asText("").equals("binary")) {
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
                return new TypeRef.ListOf(typeOf(owner, JavaNames.singular(wireName), schema.get("items"), pointer + "/items"));
            case "object":
            case "":
                return objectType(owner, wireName, schema, pointer);
            default:
                problems.add("SS030", pointer, "Unknown schema type \"" + type + "\"",
                        "Use one of the OpenAPI 3.0 types: string, integer, number, boolean, array, object");
                return TypeRef.UNTYPED;
        }
    }

    private TypeRef objectType(ObjectType owner, String wireName, JsonNode schema, String pointer) {
        if (schema.has("properties") && schema.path("properties").size() > 0) {
            return new TypeRef.Named(nestedObject(owner, wireName, schema, pointer, null));
        }
        JsonNode additional = schema.get("additionalProperties");
        if (additional != null && additional.isObject()) {
            return new TypeRef.MapOf(typeOf(owner, wireName, additional, pointer + "/additionalProperties"));
        }
        return TypeRef.UNTYPED;
    }

    private TypeRef refType(ObjectType owner, String wireName, String ref, String pointer) {
        String name = Pointers.schemaNameOf(ref);
        if (name == null || section.boundary().contains(name)) {
            return TypeRef.UNTYPED;
        }
        JsonNode target = section.schemas().get(name);
        if (target == null) {
            problems.add("SS021", pointer, "$ref \"" + ref + "\" resolves nowhere", "Add the schema to components/schemas");
            return TypeRef.UNTYPED;
        }
        if (!isRecordSchema(target)) {
            // Enums, scalars and unions declared as named schemas are used inline.
            if (!resolvingAliases.add(name)) {
                if (reportedCycles.add(name)) {
                    problems.add("SS022", schemaPointer(name), "The schema \"" + name + "\" refers back to itself through "
                                    + "$refs with no object schema in between, so it can never be a type",
                            "Break the cycle: make one schema on it an object with properties, or remove one $ref");
                }
                return TypeRef.UNTYPED;
            }
            try {
                return typeOf(owner, wireName, target, schemaPointer(name));
            } finally {
                resolvingAliases.remove(name);
            }
        }
        ObjectType existing = bySchema.get(name);
        if (existing != null) {
            return new TypeRef.Named(existing);
        }
        if (references.nestsInsideParent(name)) {
            return new TypeRef.Named(nestedObject(owner, wireName, target, schemaPointer(name), name));
        }
        return new TypeRef.Named(topLevelObject(name));
    }

    private TypeRef alternativesType(ObjectType owner, String wireName, JsonNode schema, JsonNode alternatives,
            String pointer) {
        if (alternatives.size() == 1) {
            return typeOf(owner, wireName, alternatives.get(0), pointer + "/0");
        }
        if (schema.has("x-expansionResources") || isIdOrObject(alternatives)) {
            List<String> targets = new ArrayList<>();
            for (JsonNode alternative : alternatives) {
                if (alternative.has("$ref") && !isDeletedForm(alternative.get("$ref").asText())) {
                    // anyOf [string, customer, deleted_customer]: a deleted one reads as the object, flag in extras
                    targets.add(alternative.get("$ref").asText());
                }
            }
            ObjectType target = null;
            if (targets.size() == 1) {
                TypeRef resolved = refType(owner, wireName, targets.get(0), pointer + "/1");
                if (resolved instanceof TypeRef.Named named) {
                    target = named.type();
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
    private @Nullable UnionType union(ObjectType owner, String wireName, JsonNode schema, JsonNode alternatives,
            String pointer) {
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
            if (isDeletedForm(ref)) {
                continue;
            }
            String name = Pointers.schemaNameOf(ref);
            JsonNode member = name == null ? null : section.spec().schemas().get(name);
            JsonNode objectEnum = member == null ? null : member.path("properties").path("object").path("enum");
            if (objectEnum == null || objectEnum.size() != 1 || objectValues.contains(objectEnum.get(0).asText())) {
                return null;
            }
            indexes.add(i);
            objectValues.add(objectEnum.get(0).asText());
        }
        if (indexes.size() < 2) {
            return null;
        }
        List<UnionType.Member> members = new ArrayList<>();
        List<String> untyped = new ArrayList<>();
        for (int j = 0; j < indexes.size(); j++) {
            String ref = alternatives.get(indexes.get(j)).get("$ref").asText();
            String name = Pointers.schemaNameOf(ref);
            TypeRef resolved = name != null && !section.boundary().contains(name) && section.schemas().containsKey(name)
                    && isRecordSchema(section.schemas().get(name))
                    ? refType(owner, name, ref, pointer + "/" + indexes.get(j)) : TypeRef.UNTYPED;
            if (resolved instanceof TypeRef.Named named && named.type().kind() == ObjectType.Kind.RESPONSE) {
                members.add(new UnionType.Member(objectValues.get(j), named.type()));
            } else {
                untyped.add(objectValues.get(j));
            }
        }
        if (members.isEmpty()) {
            return null;
        }
        StringBuilder place = new StringBuilder();
        for (ObjectType outer = owner; outer != null; outer = outer.enclosing()) {
            place.insert(0, outer.simpleName());
        }
        UnionType union = new UnionType(JavaNames.unique(place + JavaNames.typeName(wireName), topLevelNames),
                List.copyOf(members), List.copyOf(untyped), pointer, schema.path("description").asText(""));
        for (UnionType.Member member : members) {
            member.type().addUnion(union);
        }
        unions.add(union);
        return union;
    }

    private boolean isDeletedForm(String ref) {
        String name = Pointers.schemaNameOf(ref);
        JsonNode target = name == null ? null : section.spec().schemas().get(name);
        return target != null && target.path("x-resourceId").asText("").startsWith("deleted_");
    }

    private static boolean isIdOrObject(JsonNode alternatives) {
        boolean string = false;
        boolean ref = false;
        for (JsonNode alternative : alternatives) {
            string |= alternative.path("type").asText("").equals("string") && !alternative.has("enum");
            ref |= alternative.has("$ref");
        }
        return string && ref;
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
        Set<String> constantNames = new HashSet<>();
        List<EnumType.Constant> constants = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (seen.add(value)) {
                constants.add(new EnumType.Constant(value, JavaNames.unique(JavaNames.constant(value), constantNames)));
            }
        }
        String fallback = JavaNames.unique("UNKNOWN", constantNames);
        EnumType type = new EnumType(JavaNames.typeName(wireName), wireName, constants, fallback, pointer);
        enums.put(key, type);
        return new TypeRef.EnumOf(type);
    }

    private static boolean isEmptyStringMarker(JsonNode schema) {
        JsonNode values = schema.path("enum");
        return values.size() == 1 && values.get(0).asText("x").isEmpty();
    }

    private static boolean wrapsNullable(JsonNode schema) {
        for (JsonNode alternative : schema.path("anyOf")) {
            if (alternative.path("nullable").asBoolean(false)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSecret(String wireName) {
        return wireName.equals("secret") || wireName.endsWith("_secret");
    }

    private static String schemaPointer(String schemaName) {
        return Pointers.child("/components/schemas", schemaName);
    }

    Section section() {
        return section;
    }
}
