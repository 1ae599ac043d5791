package dev.stripeslice.generator.name;

import dev.stripeslice.generator.Problems;
import dev.stripeslice.generator.SpecException;
import dev.stripeslice.generator.model.ApiModel;
import dev.stripeslice.generator.model.ClientType;
import dev.stripeslice.generator.model.EnumType;
import dev.stripeslice.generator.model.ObjectType;
import dev.stripeslice.generator.model.UnionType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The name stage: names every type, member and enum constant of a complete model, and declares each enum inside
 * the innermost record that encloses all its users. Names come from places ({@link TypeCandidates}) and are
 * allocated per scope ({@link NameAllocator}): the package, then the body of each record.
 */
public final class Namer {
    /** Binary class names (Outer$Inner) beyond this length make class file names file systems refuse (255 bytes). */
    static final int MAX_CLASS_NAME = 200;

    private final ApiModel model;
    private final Problems problems;
    private final NameAllocator packageScope = new NameAllocator(true, ReservedNames.TOP_LEVEL);
    private final Map<ObjectType, NameAllocator> typeScopes = new IdentityHashMap<>();
    private final Map<ClientType, String> clientNames = new IdentityHashMap<>();

    private Namer(ApiModel model) {
        this.model = model;
        this.problems = new Problems(model.specName());
    }

    /**
     * Names everything in {@code model} and freezes it (nothing changes it after this); fails only when a name would
     * be too long for a class file.
     */
    public static void name(ApiModel model) throws SpecException {
        new Namer(model).run();
    }

    private void run() throws SpecException {
        nameEventType();
        nameTopLevelRecordsAndClients();
        for (ObjectType type : model.types()) {
            nameNestedRecords(type);
        }
        for (UnionType union : model.unions()) {
            union.name(packageScope.allocate(new NameAllocator.Claim<>(union, TypeCandidates.union(union))));
        }
        nameEnums();
        for (ObjectType type : model.types()) {
            nameMembers(type);
        }
        nameAccessors();
        checkClassNameLengths();
        problems.throwIfAny();
        model.freeze();
    }

    /** The webhook event types, which the generated {@code Webhooks} refers to, come before everything else. */
    private void nameEventType() {
        EnumType eventType = model.webhooks().eventType();
        if (eventType == null) {
            return;
        }
        String name =
                packageScope.allocate(new NameAllocator.Claim<>(eventType, List.of("EventType", "WebhookEventType")));
        Map<String, String> constants = MemberNames.constants(eventType);
        List<EnumType.Constant> named = new ArrayList<>();
        constants.forEach((value, constant) -> named.add(new EnumType.Constant(value, constant)));
        eventType.name(null, name, named, MemberNames.fallback(constants));
    }

    /**
     * Resources first: {@code Customer} is the customer resource's, whatever else would like the name. Nested
     * clients come last, as their names are the longer ones.
     */
    private void nameTopLevelRecordsAndClients() {
        List<NameAllocator.Claim<ObjectType>> resources = new ArrayList<>();
        List<NameAllocator.Claim<Object>> others = new ArrayList<>();
        for (ObjectType type : model.types()) {
            NameAllocator.Claim<ObjectType> claim = new NameAllocator.Claim<>(type, TypeCandidates.topLevel(type));
            if (TypeCandidates.isResource(type)) {
                resources.add(claim);
            } else {
                others.add(new NameAllocator.Claim<>(type, claim.candidates()));
            }
        }
        List<NameAllocator.Claim<ClientType>> nestedClients = new ArrayList<>();
        for (ClientType client : model.allClients()) {
            NameAllocator.Claim<ClientType> claim = new NameAllocator.Claim<>(
                    client, TypeCandidates.client(client), List.of(ClientType.IMPLEMENTATION_PREFIX));
            if (client.place() instanceof ClientType.Place.Nested) {
                nestedClients.add(claim);
            } else {
                others.add(new NameAllocator.Claim<>(client, claim.candidates(), claim.twinPrefixes()));
            }
        }
        packageScope.allocate(resources).forEach(ObjectType::name);
        packageScope.allocate(others).forEach((owner, name) -> {
            if (owner instanceof ObjectType type) {
                type.name(name);
            } else {
                clientNames.put((ClientType) owner, name);
            }
        });
        // After the resources' clients: the transfer_reversal resource's client keeps TransferReversalsClient
        packageScope.allocate(nestedClients).forEach(clientNames::put);
    }

    private void nameNestedRecords(ObjectType type) {
        NameAllocator scope = scopeOf(type);
        List<NameAllocator.Claim<ObjectType>> claims = new ArrayList<>();
        for (ObjectType nested : type.nested()) {
            claims.add(new NameAllocator.Claim<>(nested, TypeCandidates.nested(nested)));
        }
        scope.allocate(claims).forEach(ObjectType::name);
        for (ObjectType nested : type.nested()) {
            nameNestedRecords(nested);
        }
    }

    /** The names taken inside {@code type}'s body: Java forbids a nested type named like one that encloses it. */
    private NameAllocator scopeOf(ObjectType type) {
        return typeScopes.computeIfAbsent(type, t -> {
            Set<String> reserved = new HashSet<>(ReservedNames.SHADOWING);
            reserved.addAll(ReservedNames.NESTED_IN_RECORDS);
            for (ObjectType outer = t; outer != null; outer = outer.enclosing()) {
                reserved.add(outer.simpleName());
            }
            return new NameAllocator(true, reserved);
        });
    }

    /** Each enum goes into the innermost record enclosing all its users, or to the package; then it gets a name. */
    private void nameEnums() {
        Map<@Nullable ObjectType, List<NameAllocator.Claim<EnumType>>> byScope = new LinkedHashMap<>();
        Map<EnumType, @Nullable ObjectType> placement = new IdentityHashMap<>();
        for (EnumType type : model.enums()) {
            ObjectType enclosing = innermostCommonEnclosing(type.users());
            placement.put(type, enclosing);
            byScope.computeIfAbsent(enclosing, scope -> new ArrayList<>())
                    .add(new NameAllocator.Claim<>(type, TypeCandidates.enumType(type, enclosing)));
        }
        Map<EnumType, String> names = new IdentityHashMap<>();
        byScope.forEach((enclosing, claims) ->
                names.putAll((enclosing == null ? packageScope : scopeOf(enclosing)).allocate(claims)));
        for (EnumType type : model.enums()) {
            Map<String, String> constants = MemberNames.constants(type);
            List<EnumType.Constant> named = new ArrayList<>();
            constants.forEach((value, constant) -> named.add(new EnumType.Constant(value, constant)));
            type.name(placement.get(type), names.get(type), named, MemberNames.fallback(constants));
        }
    }

    /** The innermost record that is or encloses every user; null when they lie in different top-level types. */
    static @Nullable ObjectType innermostCommonEnclosing(List<ObjectType> users) {
        if (users.isEmpty()) {
            return null;
        }
        List<ObjectType> common = chain(users.get(0));
        for (ObjectType user : users.subList(1, users.size())) {
            List<ObjectType> other = chain(user);
            int shared = 0;
            while (shared < common.size() && shared < other.size() && common.get(shared) == other.get(shared)) {
                shared++;
            }
            common = common.subList(0, shared);
        }
        return common.isEmpty() ? null : common.get(common.size() - 1);
    }

    /** The type and its enclosing types, outermost first. */
    static List<ObjectType> chain(ObjectType type) {
        List<ObjectType> chain = new ArrayList<>();
        for (ObjectType outer = type; outer != null; outer = outer.enclosing()) {
            chain.add(0, outer);
        }
        return chain;
    }

    private void nameMembers(ObjectType type) {
        MemberNames.nameProperties(type);
        for (ObjectType nested : type.nested()) {
            nameMembers(nested);
        }
    }

    /** Accessors on the facade for the top of the client tree, and on each client for the clients below it. */
    private void nameAccessors() {
        nameAccessors(model.clients(), ReservedNames.FACADE_MEMBERS, false);
    }

    private void nameAccessors(List<ClientType> clients, Set<String> reserved, boolean inNamespace) {
        NameAllocator scope = new NameAllocator(false, reserved);
        List<NameAllocator.Claim<ClientType>> claims = new ArrayList<>();
        for (ClientType client : clients) {
            String field = MemberNames.field(accessorWireName(client, inNamespace));
            claims.add(new NameAllocator.Claim<>(client, List.of(field, field + "Client")));
        }
        scope.allocate(claims).forEach((client, accessor) -> client.name(clientNames.get(client), accessor));
        for (ClientType client : clients) {
            Set<String> members = new HashSet<>(ReservedNames.CLIENT_MEMBERS);
            client.operations()
                    .forEach(operation -> operation
                            .variants()
                            .forEach(variant -> members.add(operation.javaName() + variant.suffix())));
            nameAccessors(client.children(), members, client.place() instanceof ClientType.Place.Namespace);
        }
    }

    /**
     * What an accessor is named after: {@code customers()}, {@code checkout()}, {@code sessions()} inside it, and
     * {@code taxIds()} on the customers' client.
     */
    private static String accessorWireName(ClientType client, boolean inNamespace) {
        if (client.place() instanceof ClientType.Place.Nested nested) {
            return nested.segment();
        }
        if (client.place() instanceof ClientType.Place.Namespace namespace) {
            return namespace.namespace();
        }
        String resourceId = client.resourceId();
        return JavaNames.plural(inNamespace ? resourceId.substring(resourceId.indexOf('.') + 1) : resourceId);
    }

    private void checkClassNameLengths() {
        for (ObjectType type : model.types()) {
            checkClassNameLength(type, type.simpleName());
        }
        for (EnumType type : model.enums()) {
            if (type.enclosing() == null) {
                checkClassNameLength(type.simpleName(), type.pointer());
            }
        }
        for (UnionType union : model.unions()) {
            checkClassNameLength(union.simpleName() + "$Unknown", union.pointer());
        }
        for (ClientType client : model.allClients()) {
            checkClassNameLength(
                    client.implementationName(),
                    client.operations().isEmpty()
                            ? "/components/schemas"
                            : client.operations().get(0).pointer());
        }
    }

    private void checkClassNameLength(ObjectType type, String binaryName) {
        if (!checkClassNameLength(binaryName, type.pointer())) {
            return; // its nested types are longer still; one problem is enough
        }
        for (EnumType nested : type.nestedEnums()) {
            checkClassNameLength(binaryName + "$" + nested.simpleName(), nested.pointer());
        }
        for (ObjectType nested : type.nested()) {
            checkClassNameLength(nested, binaryName + "$" + nested.simpleName());
        }
    }

    private boolean checkClassNameLength(String binaryName, String pointer) {
        if (binaryName.length() <= MAX_CLASS_NAME) {
            return true;
        }
        problems.add(
                "SS032",
                pointer,
                "The Java type for this schema would be named " + binaryName.substring(0, 40)
                        + "... (" + binaryName.length()
                        + " characters with its enclosing types); its class file name would "
                        + "exceed what file systems allow",
                "Shorten the schema key or property names on this path, or nest the schema less deeply (at most "
                        + MAX_CLASS_NAME + " characters)");
        return false;
    }
}
