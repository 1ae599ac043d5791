package dev.stripeslice.generator.name;

import dev.stripeslice.generator.model.EnumType;
import dev.stripeslice.generator.model.ObjectType;
import dev.stripeslice.generator.model.Property;
import dev.stripeslice.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /**
     * Names the properties of {@code type}; for params, the builder's helpers as well. A property named like a member
     * the generator declares gets a trailing {@code _} ({@code builder_}); a helper whose natural name is taken gets a
     * longer one ({@code addExpandElement}, {@code putMetadataEntry}, {@code clearDescriptionValue}).
     */
    static void nameProperties(ObjectType type) {
        boolean params = type.kind() == ObjectType.Kind.PARAMS;
        Set<String> generated = new HashSet<>(ReservedNames.RECORD_MEMBERS);
        generated.addAll(params ? ReservedNames.PARAMS_MEMBERS : ReservedNames.RESPONSE_MEMBERS);
        NameAllocator components = new NameAllocator(false, generated);
        List<NameAllocator.Claim<Property>> claims = new ArrayList<>();
        for (Property property : type.properties()) {
            String field = field(property.wireName());
            claims.add(new NameAllocator.Claim<>(property, List.of(field, field + "_")));
        }
        Map<Property, String> names = components.allocate(claims);
        if (!params) {
            names.forEach((property, name) -> property.name(name, null, null, Map.of()));
            return;
        }
        NameAllocator methods = new NameAllocator(false, generated);
        names.values().forEach(methods::take); // the setters
        List<NameAllocator.Claim<Property>> elementHelpers = new ArrayList<>();
        List<NameAllocator.Claim<Property>> clearHelpers = new ArrayList<>();
        List<NameAllocator.Claim<Keyword>> keywordHelpers = new ArrayList<>();
        for (Property property : type.properties()) {
            for (String keyword : keywords(property.type())) {
                String helper = names.get(property) + JavaNames.pascal(keyword);
                keywordHelpers.add(
                        new NameAllocator.Claim<>(new Keyword(property, keyword), List.of(helper, helper + "Keyword")));
            }
            String pascal = JavaNames.pascal(property.wireName());
            if (property.type() instanceof TypeRef.ListOf) {
                String add = "add" + JavaNames.pascal(JavaNames.singular(property.wireName()));
                elementHelpers.add(new NameAllocator.Claim<>(property, List.of(add, add + "Element")));
            } else if (property.type() instanceof TypeRef.MapOf) {
                elementHelpers.add(
                        new NameAllocator.Claim<>(property, List.of("put" + pascal, "put" + pascal + "Entry")));
            }
            if (property.clearable()) {
                clearHelpers.add(
                        new NameAllocator.Claim<>(property, List.of("clear" + pascal, "clear" + pascal + "Value")));
            }
        }
        Map<Property, String> element = methods.allocate(elementHelpers);
        Map<Property, String> clear = methods.allocate(clearHelpers);
        Map<Property, Map<String, String>> keywords = new HashMap<>();
        methods.allocate(keywordHelpers)
                .forEach((keyword, helper) -> keywords.computeIfAbsent(keyword.property(), p -> new LinkedHashMap<>())
                        .put(keyword.value(), helper));
        names.forEach((property, name) -> property.name(
                name, element.get(property), clear.get(property), keywords.getOrDefault(property, Map.of())));
    }

    /** One keyword of a param of two shapes, such as {@code now} of {@code trial_end}. */
    private record Keyword(Property property, String value) {}

    /** The values of the enum shapes of a param of two shapes ({@code now} of integer-or-{@code now}). */
    private static List<String> keywords(TypeRef type) {
        List<String> keywords = new ArrayList<>();
        if (type instanceof TypeRef.AnyOf anyOf) {
            for (TypeRef alternative : anyOf.alternatives()) {
                if (alternative instanceof TypeRef.EnumOf enumOf) {
                    keywords.addAll(enumOf.type().values());
                }
            }
        }
        return keywords;
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
