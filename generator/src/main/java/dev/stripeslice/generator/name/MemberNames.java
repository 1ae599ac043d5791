package dev.stripeslice.generator.name;

import dev.stripeslice.generator.model.EnumType;
import dev.stripeslice.generator.model.ObjectType;
import dev.stripeslice.generator.model.Property;
import dev.stripeslice.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Names inside one type: record components, the params builder's helpers, enum constants. Spec-derived names never
 * take a member the generator adds ({@code extras}, {@code extraParams}, {@code builder}, {@code build}, ...): the
 * generator's members are fixed API, so the spec's name is the one that gets qualified.
 */
public final class MemberNames {
    private MemberNames() {}

    /** A field or method name for a wire name: {@code expires_at} -> {@code expiresAt}; keywords get a {@code _}. */
    public static String field(String wireName) {
        String camel = JavaNames.camel(wireName);
        return JavaNames.isKeyword(camel) ? camel + "_" : camel;
    }

    /** Names the properties of {@code type}; for params, the builder's helpers as well. */
    static void nameProperties(ObjectType type) {
        NameAllocator components = new NameAllocator(false, ReservedNames.RECORD_MEMBERS);
        List<NameAllocator.Claim<Property>> claims = new ArrayList<>();
        for (Property property : type.properties()) {
            String field = field(property.wireName());
            claims.add(new NameAllocator.Claim<>(property, List.of(field, field + "Value")));
        }
        Map<Property, String> names = components.allocate(claims);
        if (type.kind() != ObjectType.Kind.PARAMS) {
            names.forEach((property, name) -> property.name(name, null, null));
            return;
        }
        NameAllocator methods = new NameAllocator(false, ReservedNames.BUILDER_METHODS);
        names.values().forEach(methods::take); // the setters
        List<NameAllocator.Claim<Property>> elementHelpers = new ArrayList<>();
        List<NameAllocator.Claim<Property>> clearers = new ArrayList<>();
        for (Property property : type.properties()) {
            String pascal = JavaNames.pascal(property.wireName());
            if (property.type() instanceof TypeRef.ListOf) {
                elementHelpers.add(new NameAllocator.Claim<>(property,
                        List.of("add" + JavaNames.pascal(JavaNames.singular(property.wireName())), "addTo" + pascal)));
            } else if (property.type() instanceof TypeRef.MapOf) {
                elementHelpers.add(new NameAllocator.Claim<>(property, List.of("put" + pascal, "putInto" + pascal)));
            }
            if (property.clearable()) {
                clearers.add(new NameAllocator.Claim<>(property, List.of("clear" + pascal, "unset" + pascal)));
            }
        }
        Map<Property, String> helpers = methods.allocate(elementHelpers);
        Map<Property, String> clear = methods.allocate(clearers);
        names.forEach((property, name) -> property.name(name, helpers.get(property), clear.get(property)));
    }

    /** The Java constants of an enum's values, then its fallback for values this client does not know. */
    static Map<String, String> constants(EnumType type) {
        NameAllocator constants = new NameAllocator(false, List.of());
        List<NameAllocator.Claim<String>> claims = new ArrayList<>();
        for (String value : type.values()) {
            claims.add(new NameAllocator.Claim<>(value, List.of(JavaNames.constant(value))));
        }
        return constants.allocate(claims);
    }

    /** {@code UNKNOWN}, or {@code UNRECOGNIZED} when Stripe has a value {@code unknown}. */
    static String fallback(Map<String, String> constants) {
        NameAllocator taken = new NameAllocator(false, constants.values());
        return taken.allocate(new NameAllocator.Claim<>("fallback", List.of("UNKNOWN", "UNRECOGNIZED")));
    }
}
