package dev.stripeslice.generator.select;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What to do about a section id the spec does not have: the paths that have it as a segment and the sections
 * holding them ({@code line_items} lie under checkout sessions, payment links and quotes), then the closest ids with
 * a path of each, so that the message says which section holds what.
 */
final class UnknownSectionHint {
    private static final int PATHS = 6;
    private static final int CLOSEST = 8;

    private UnknownSectionHint() {}

    /**
     * @param sectionOfPaths each path and the section holding its operations when every resource is selected
     */
    static String of(String wanted, Set<String> known, Map<String, String> sectionOfPaths) {
        StringBuilder hint = new StringBuilder();
        List<String> withSegment = pathsWithSegment(wanted, sectionOfPaths);
        if (!withSegment.isEmpty()) {
            hint.append("Paths with \"").append(segment(wanted)).append("\": ");
            List<String> shown = new ArrayList<>();
            for (String path : withSegment.subList(0, Math.min(PATHS, withSegment.size()))) {
                shown.add(path + " (section " + sectionOfPaths.get(path) + ")");
            }
            hint.append(String.join(", ", shown)).append(". ");
        }
        hint.append("Choose one of the ").append(known.size()).append(" resource ids in this spec; closest: ");
        List<String> closest = new ArrayList<>();
        for (String id : SectionSelector.closest(wanted, known, CLOSEST)) {
            String path = shortestPathOf(id, sectionOfPaths);
            closest.add(path == null ? id : id + " (" + path + ")");
        }
        hint.append(String.join(", ", closest))
                .append(". A section holds the operations on its resource's paths and those under one of its"
                        + " objects (/v1/customers/{customer}/tax_ids is the customer's)");
        return hint.toString();
    }

    /** {@code tax_id} and {@code tax_ids} are both the segment {@code tax_ids}; {@code checkout.sessions} is a path. */
    private static String segment(String wanted) {
        String segment = wanted.replace('.', '/');
        return segment.endsWith("s") ? segment : segment + "s";
    }

    private static List<String> pathsWithSegment(String wanted, Map<String, String> sectionOfPaths) {
        String needle = "/" + segment(wanted);
        List<String> paths = new ArrayList<>();
        for (String path : sectionOfPaths.keySet()) {
            if (path.endsWith(needle) || path.contains(needle + "/")) {
                paths.add(path);
            }
        }
        paths.sort(Comparator.comparingInt(String::length).thenComparing(path -> path));
        return paths;
    }

    private static @Nullable String shortestPathOf(String id, Map<String, String> sectionOfPaths) {
        String shortest = null;
        for (Map.Entry<String, String> entry : sectionOfPaths.entrySet()) {
            if (entry.getValue().equals(id)
                    && (shortest == null || entry.getKey().length() < shortest.length())) {
                shortest = entry.getKey();
            }
        }
        return shortest;
    }
}
