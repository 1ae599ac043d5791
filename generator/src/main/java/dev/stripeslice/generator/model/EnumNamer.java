package dev.stripeslice.generator.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Final enum names. An enum is named after its property; when two different value sets share a property name
 * (Stripe has dozens of {@code status} enums), each is qualified with the property's place, e.g.
 * {@code ChargeStatus}. Runs after the whole model is built so the outcome does not depend on visiting order.
 */
final class EnumNamer {
    private EnumNamer() {}

    static void assignNames(List<EnumType> enums, Set<String> takenTopLevelNames) {
        Map<String, List<EnumType>> byBasis = new LinkedHashMap<>();
        for (EnumType type : enums) {
            byBasis.computeIfAbsent(type.basis(), basis -> new ArrayList<>()).add(type);
        }
        for (List<EnumType> group : byBasis.values()) {
            for (EnumType type : group) {
                String wanted = group.size() == 1
                        ? JavaNames.typeName(type.basis())
                        : JavaNames.pascal(placeOf(type.pointer())) + JavaNames.pascal(type.basis());
                type.rename(JavaNames.unique(wanted, takenTopLevelNames));
            }
        }
    }

    /** The schema or path the enum was declared under, e.g. {@code charge} for {@code /components/schemas/charge/...}. */
    private static String placeOf(String pointer) {
        String[] tokens = pointer.split("/");
        if (tokens.length > 3 && tokens[1].equals("components")) {
            return tokens[3];
        }
        if (tokens.length > 2 && tokens[1].equals("paths")) {
            // /paths/~1v1~1files/post/...: the path's literal segments ("files"), not the escaped pointer token
            List<String> segments = new ArrayList<>();
            for (String segment : tokens[2].replace("~1", "/").replace("~0", "~").split("/")) {
                if (!segment.isEmpty() && !segment.equals("v1") && !segment.startsWith("{")) {
                    segments.add(segment);
                }
            }
            return String.join("_", segments);
        }
        return tokens.length > 2 ? tokens[2] : "";
    }
}
