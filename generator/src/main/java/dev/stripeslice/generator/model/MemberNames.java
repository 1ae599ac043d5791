package dev.stripeslice.generator.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The member names of one record and, for params, of its builder: the accessors (one per property), and the
 * helpers the generator adds beside them ({@code addX} for list elements, {@code putX} for map entries,
 * {@code clearX} for clearable fields). Names the generator itself declares on the record or builder are reserved
 * first, so a property can never take them; properties then keep their natural names (a reserved one gets a
 * trailing underscore); helpers come last and, when their natural name is taken, get a longer one, never none.
 */
final class MemberNames {
    /** What every record declares or inherits: Object's methods, and the builder entry points. */
    private static final Set<String> RECORD_MEMBERS = Set.of(
            "hashCode", "toString", "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize",
            "builder",
            // A member named like a package's first segment would hide it from the fully qualified names that
            // JavaPoet writes when a simple name is taken (java.util.Collections beside a type Collections).
            "java", "javax", "com", "org", "dev");
    /** What a response record adds: the component that keeps unknown fields. */
    private static final Set<String> RESPONSE_MEMBERS = Set.of("extras");
    /** What a params record and its builder add; a property named like one would be a second member of that name. */
    private static final Set<String> PARAMS_MEMBERS = Set.of(
            "extraParams", "clearedFields", "writeForm", "build", "putExtraParam");

    private final ObjectType.Kind kind;
    private final Set<String> reserved = new HashSet<>(RECORD_MEMBERS);
    private final Set<String> taken = new HashSet<>();

    MemberNames(ObjectType.Kind kind) {
        this.kind = kind;
        reserved.addAll(kind == ObjectType.Kind.PARAMS ? PARAMS_MEMBERS : RESPONSE_MEMBERS);
        taken.addAll(reserved);
    }

    /** The accessor (and builder setter) name of a property, unique in this record. */
    String property(String wireName) {
        String camel = JavaNames.camel(wireName);
        return JavaNames.unique(reserved.contains(camel) ? camel + "_" : camel, taken);
    }

    /**
     * The properties with their helper names decided, now that every accessor name is known: helpers never take
     * an accessor's name, and a taken natural name gets a longer one ({@code addExpandElement}) instead.
     */
    List<Property> withHelpers(List<Property> properties) {
        if (kind != ObjectType.Kind.PARAMS) {
            return List.copyOf(properties);
        }
        List<Property> named = new ArrayList<>(properties.size());
        for (Property property : properties) {
            String element = null;
            if (property.type() instanceof TypeRef.ListOf) {
                element = helper("add" + JavaNames.pascal(JavaNames.singular(property.wireName())), "Element");
            } else if (property.type() instanceof TypeRef.MapOf) {
                element = helper("put" + JavaNames.pascal(property.wireName()), "Entry");
            }
            String clearer = property.clearable() ? helper("clear" + JavaNames.pascal(property.wireName()), "Value") : null;
            named.add(property.withHelpers(element, clearer));
        }
        return named;
    }

    private String helper(String natural, String qualifier) {
        return JavaNames.unique(taken.contains(natural) ? natural + qualifier : natural, taken);
    }
}
