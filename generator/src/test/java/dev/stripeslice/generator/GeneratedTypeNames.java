package dev.stripeslice.generator;

import dev.stripeslice.generator.model.ApiModel;
import dev.stripeslice.generator.model.ClientType;
import dev.stripeslice.generator.model.EnumType;
import dev.stripeslice.generator.model.ObjectType;
import dev.stripeslice.generator.model.Origin;
import dev.stripeslice.generator.model.UnionType;
import dev.stripeslice.generator.name.JavaNames;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks on the names of a model's types, for the every-section tests. */
final class GeneratedTypeNames {
    private static final Pattern TRAILING_DIGITS = Pattern.compile("[0-9]+$");
    private static final List<String> JDK_PACKAGES = List.of("java.lang.", "java.util.", "java.time.");

    private GeneratedTypeNames() {}

    /**
     * Type names ending in a number that the spec did not put there ({@code Address2}, not {@code P24} for
     * Stripe's {@code p24}), as {@code Outer.Name @ pointer}.
     */
    static List<String> digitSuffixed(ApiModel model) {
        List<String> found = new ArrayList<>();
        for (ObjectType type : model.types()) {
            digitSuffixed(type, found);
        }
        for (EnumType type : model.enums()) {
            check(type.simpleName(), type.toString(), type.pointer(), List.of(type.basis()), found);
        }
        for (UnionType union : model.unions()) {
            check(union.simpleName(), union.simpleName(), union.pointer(), List.of(union.wireName()), found);
        }
        for (ClientType client : model.allClients()) {
            check(client.simpleName(), client.simpleName(), client.resourceId(), List.of(), found);
        }
        return found;
    }

    private static void digitSuffixed(ObjectType type, List<String> found) {
        Origin origin = type.origin();
        List<String> bases = origin instanceof Origin.Resource resource
                ? List.of(resource.resourceId(), resource.schemaKey())
                : origin instanceof Origin.Schema schema
                        ? List.of(schema.schemaKey())
                        : origin instanceof Origin.Member member ? List.of(member.wireName()) : List.of();
        check(type.simpleName(), type.toString(), type.pointer(), bases, found);
        type.nested().forEach(nested -> digitSuffixed(nested, found));
    }

    private static void check(String simpleName, String shown, String pointer, List<String> bases, List<String> found) {
        Matcher digits = TRAILING_DIGITS.matcher(simpleName);
        if (digits.find()
                && bases.stream().noneMatch(basis -> JavaNames.pascal(basis).endsWith(digits.group()))) {
            found.add(shown + " @ " + pointer);
        }
    }

    /** Top-level type names that are also the name of a class in java.lang, java.util or java.time. */
    static List<String> namedLikeJdkTypes(ApiModel model) {
        List<String> names = new ArrayList<>();
        model.types().forEach(type -> names.add(type.simpleName()));
        model.enums().stream().filter(type -> type.enclosing() == null).forEach(type -> names.add(type.simpleName()));
        model.unions().forEach(union -> names.add(union.simpleName()));
        model.allClients().forEach(client -> {
            names.add(client.simpleName());
            names.add(client.implementationName());
        });
        List<String> found = new ArrayList<>();
        for (String name : names) {
            for (String jdkPackage : JDK_PACKAGES) {
                if (exists(jdkPackage + name)) {
                    found.add(jdkPackage + name);
                }
            }
        }
        return found;
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className, false, GeneratedTypeNames.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
