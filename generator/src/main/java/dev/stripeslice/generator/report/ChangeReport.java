package dev.stripeslice.generator.report;

import dev.stripeslice.generator.model.ApiModel;
import dev.stripeslice.generator.report.ModelSummary.OperationSummary;
import dev.stripeslice.generator.report.ModelSummary.PropertySummary;
import dev.stripeslice.generator.report.ModelSummary.TypeSummary;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What changed for users of the generated client between two models: types, properties, enum values and
 * operations added, removed or changed, each classified the way the japicmp gate sees the generated Java (canonical
 * record constructors left out, see {@code InternalConstructor}): additions are a minor release, removals and type
 * changes a major one.
 *
 * @param oldVersion the previous spec's API version
 * @param newVersion the new spec's API version
 * @param changes in report order (types, properties, enums, enum values, operations; names sorted within each)
 */
public record ChangeReport(String oldVersion, String newVersion, List<Change> changes) {

    /** What a change does to code compiled against, or written for, the previous client. */
    public enum Compatibility {
        COMPATIBLE("compatible"),
        /** Compiled code keeps working; some source no longer compiles. */
        SOURCE("breaks source"),
        /** Compiled code can fail to link, and source can fail to compile. */
        SOURCE_AND_BINARY("breaks source and binary"),
        /** Compiles and links, but behaves differently at run time (a param became required, nullness changed). */
        BEHAVIOUR("compatible; behaviour changes");

        private final String label;

        Compatibility(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Area {
        TYPE("Types"),
        PROPERTY("Properties"),
        ENUM("Enums"),
        ENUM_VALUE("Enum values"),
        OPERATION("Operations");

        private final String heading;

        Area(String heading) {
            this.heading = heading;
        }
    }

    /**
     * @param kind {@code added}, {@code removed} or {@code changed}
     * @param subject the Java-facing name, e.g. {@code CustomerSession.Components#paymentElement}
     * @param detail what changed, for people
     */
    public record Change(Area area, String kind, String subject, String detail, Compatibility compatibility) {}

    public static ChangeReport compare(ApiModel previous, ApiModel current) {
        return compare(ModelSummary.of(previous), ModelSummary.of(current));
    }

    public static ChangeReport compare(ModelSummary previous, ModelSummary current) {
        List<Change> changes = new ArrayList<>();
        compareTypes(previous, current, changes);
        compareEnums(previous, current, changes);
        compareOperations(previous, current, changes);
        changes.sort((a, b) -> a.area() != b.area() ? a.area().compareTo(b.area()) : 0);
        return new ChangeReport(previous.apiVersion(), current.apiVersion(), List.copyOf(changes));
    }

    private static void compareTypes(ModelSummary previous, ModelSummary current, List<Change> changes) {
        for (String name : union(previous.types().keySet(), current.types().keySet())) {
            TypeSummary before = previous.types().get(name);
            TypeSummary after = current.types().get(name);
            if (before == null) {
                changes.add(new Change(Area.TYPE, "added", name, "new " + kind(after), Compatibility.COMPATIBLE));
            } else if (after == null) {
                changes.add(new Change(
                        Area.TYPE,
                        "removed",
                        name,
                        kind(before) + " no longer generated",
                        Compatibility.SOURCE_AND_BINARY));
            } else {
                compareProperties(name, before, after, changes);
            }
        }
    }

    private static void compareProperties(String type, TypeSummary before, TypeSummary after, List<Change> changes) {
        boolean params = "PARAMS".equals(after.kind());
        for (String wire :
                union(before.properties().keySet(), after.properties().keySet())) {
            PropertySummary old = before.properties().get(wire);
            PropertySummary now = after.properties().get(wire);
            if (old == null) {
                changes.add(added(type, wire, now, params));
            } else if (now == null) {
                changes.add(new Change(
                        Area.PROPERTY,
                        "removed",
                        type + "#" + old.javaName(),
                        "`" + wire + "`: " + old.type()
                                + (params
                                        ? "; its builder method is gone"
                                        : "; its accessor and builder method are gone"),
                        Compatibility.SOURCE_AND_BINARY));
            } else {
                List<String> what = new ArrayList<>();
                Compatibility compatibility = Compatibility.COMPATIBLE;
                if (!old.type().equals(now.type())) {
                    what.add("type " + old.type() + " -> " + now.type());
                    compatibility = Compatibility.SOURCE_AND_BINARY;
                }
                if (!old.javaName().equals(now.javaName())) {
                    what.add("Java name " + old.javaName() + " -> " + now.javaName());
                    compatibility = Compatibility.SOURCE_AND_BINARY;
                }
                if (old.required() != now.required()) {
                    what.add(now.required() ? "now required" : "now optional");
                    compatibility = worst(compatibility, Compatibility.BEHAVIOUR);
                }
                if (old.nullable() != now.nullable()) {
                    what.add(now.nullable() ? "now nullable" : "no longer nullable");
                    compatibility = worst(compatibility, Compatibility.BEHAVIOUR);
                }
                if (!what.isEmpty()) {
                    changes.add(new Change(
                            Area.PROPERTY,
                            "changed",
                            type + "#" + now.javaName(),
                            "`" + wire + "`: " + String.join(", ", what),
                            compatibility));
                }
            }
        }
    }

    /**
     * A new field adds an accessor and a builder method; the canonical constructor also changes, but it is not part of
     * the API ({@code @InternalConstructor}, left out of the japicmp gate). A required param is the one exception:
     * code that builds the params without it compiles and links, and then fails at {@code build()}.
     */
    private static Change added(String type, String wire, PropertySummary now, boolean params) {
        boolean required = params && now.required() && !now.nullable();
        String detail = "`" + wire + "`: " + now.type() + describe(now)
                + (params ? "; a new builder method" : "; a new accessor and builder method")
                + (required ? "; build() fails until it is set" : "");
        return new Change(
                Area.PROPERTY,
                "added",
                type + "#" + now.javaName(),
                detail,
                required ? Compatibility.BEHAVIOUR : Compatibility.COMPATIBLE);
    }

    private static void compareEnums(ModelSummary previous, ModelSummary current, List<Change> changes) {
        List<Change> values = new ArrayList<>();
        for (String name : union(previous.enums().keySet(), current.enums().keySet())) {
            List<String> before = previous.enums().get(name);
            List<String> after = current.enums().get(name);
            if (before == null) {
                changes.add(new Change(
                        Area.ENUM, "added", name, "values " + String.join(", ", after), Compatibility.COMPATIBLE));
            } else if (after == null) {
                changes.add(new Change(
                        Area.ENUM, "removed", name, "enum no longer generated", Compatibility.SOURCE_AND_BINARY));
            } else {
                for (String value : union(before, after)) {
                    if (!before.contains(value)) {
                        values.add(new Change(
                                Area.ENUM_VALUE,
                                "added",
                                name + "." + value,
                                "new constant (exhaustive `switch` statements without `default` may need a case)",
                                Compatibility.COMPATIBLE));
                    } else if (!after.contains(value)) {
                        values.add(new Change(
                                Area.ENUM_VALUE,
                                "removed",
                                name + "." + value,
                                "constant removed; responses with this value now read as UNKNOWN",
                                Compatibility.SOURCE_AND_BINARY));
                    }
                }
            }
        }
        changes.addAll(values);
    }

    private static void compareOperations(ModelSummary previous, ModelSummary current, List<Change> changes) {
        for (String name :
                union(previous.operations().keySet(), current.operations().keySet())) {
            OperationSummary before = previous.operations().get(name);
            OperationSummary after = current.operations().get(name);
            if (before == null) {
                changes.add(new Change(
                        Area.OPERATION,
                        "added",
                        name,
                        after.httpMethod() + " " + after.path()
                                + "; implementations of the client interface must add it",
                        Compatibility.SOURCE));
            } else if (after == null) {
                changes.add(new Change(
                        Area.OPERATION,
                        "removed",
                        name,
                        before.httpMethod() + " " + before.path(),
                        Compatibility.SOURCE_AND_BINARY));
            } else if (!before.equals(after)) {
                List<String> what = new ArrayList<>();
                if (!before.httpMethod().equals(after.httpMethod())
                        || !before.path().equals(after.path())) {
                    what.add(before.httpMethod() + " " + before.path() + " -> " + after.httpMethod() + " "
                            + after.path());
                }
                if (!before.params().equals(after.params())) {
                    what.add("params " + before.params() + " -> " + after.params());
                }
                if (!before.response().equals(after.response())) {
                    what.add("response " + before.response() + " -> " + after.response());
                }
                boolean signature = !before.params().equals(after.params())
                        || !before.response().equals(after.response());
                changes.add(new Change(
                        Area.OPERATION,
                        "changed",
                        name,
                        String.join(", ", what),
                        signature ? Compatibility.SOURCE_AND_BINARY : Compatibility.BEHAVIOUR));
            }
        }
    }

    private static Compatibility worst(Compatibility a, Compatibility b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(Compatibility compatibility) {
        return switch (compatibility) {
            case COMPATIBLE -> 0;
            case BEHAVIOUR -> 1;
            case SOURCE -> 2;
            case SOURCE_AND_BINARY -> 3;
        };
    }

    private static String kind(TypeSummary type) {
        return "PARAMS".equals(type.kind()) ? "params record" : "record";
    }

    private static String describe(PropertySummary property) {
        return (property.required() ? ", required" : "") + (property.nullable() ? ", nullable" : "");
    }

    private static TreeSet<String> union(java.util.Collection<String> a, java.util.Collection<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    /** Counts by compatibility. */
    public Map<Compatibility, Integer> counts() {
        Map<Compatibility, Integer> counts = new EnumMap<>(Compatibility.class);
        for (Change change : changes) {
            counts.merge(change.compatibility(), 1, Integer::sum);
        }
        return counts;
    }

    public boolean breaksBinary() {
        return changes.stream().anyMatch(change -> change.compatibility() == Compatibility.SOURCE_AND_BINARY);
    }

    /**
     * The semantic version step a release with these changes takes. The japicmp gate of {@code generated-client}
     * asks for the same step for removals and type changes (major) and for new API (minor); behaviour changes, which
     * it cannot see, this report rates minor as well.
     */
    public enum Release {
        /** Something was removed or changed in a way compiled code notices. */
        MAJOR,
        /** Only additions (fields, enum values, types, operations) or behaviour visible to users. */
        MINOR,
        /** Nothing users see changed (descriptions, for example). */
        PATCH;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Release release() {
        if (breaksBinary()) {
            return Release.MAJOR;
        }
        return changes.isEmpty() ? Release.PATCH : Release.MINOR;
    }

    /** One line for the build log. */
    public String summaryLine() {
        if (changes.isEmpty()) {
            return "API " + oldVersion + " -> " + newVersion + ": no changes visible to users of the client";
        }
        Map<Area, int[]> byArea = new EnumMap<>(Area.class);
        for (Change change : changes) {
            int[] addedRemovedChanged = byArea.computeIfAbsent(change.area(), area -> new int[3]);
            addedRemovedChanged["added".equals(change.kind()) ? 0 : "removed".equals(change.kind()) ? 1 : 2]++;
        }
        List<String> parts = new ArrayList<>();
        byArea.forEach((area, counts) -> parts.add(area.heading.toLowerCase(Locale.ROOT) + " +" + counts[0] + " -"
                + counts[1] + (counts[2] > 0 ? " ~" + counts[2] : "")));
        Map<Compatibility, Integer> counts = counts();
        return "API " + oldVersion + " -> " + newVersion + ": " + String.join(", ", parts) + "; "
                + counts.getOrDefault(Compatibility.SOURCE_AND_BINARY, 0) + " break source and binary, "
                + counts.getOrDefault(Compatibility.SOURCE, 0) + " break source only; a "
                + release().label() + " release";
    }

    /** The report as Markdown, {@code \n} line endings. */
    public String toMarkdown(String specName) {
        StringBuilder md = new StringBuilder();
        md.append("# Stripe API changes: ")
                .append(oldVersion)
                .append(" -> ")
                .append(newVersion)
                .append("\n\n");
        md.append("Spec: `").append(specName).append("`\n\n");
        if (changes.isEmpty()) {
            md.append("No changes visible to users of the generated client.\n");
            return md.toString();
        }
        md.append(summaryLine()).append(".\n\n");
        if (breaksBinary()) {
            md.append("**This update breaks binary compatibility: release it under a new major version.**\n\n");
        } else if (counts().containsKey(Compatibility.SOURCE)) {
            md.append("Binary compatible, but some source may need changes: release it under a new minor version.\n\n");
        } else {
            md.append("Compatible: code written for ")
                    .append(oldVersion)
                    .append(" compiles and links unchanged: release it under a new minor version.\n\n");
        }
        for (Area area : Area.values()) {
            List<Change> inArea =
                    changes.stream().filter(change -> change.area() == area).toList();
            if (inArea.isEmpty()) {
                continue;
            }
            md.append("## ").append(area.heading).append("\n\n");
            md.append("| change | name | detail | compatibility |\n|---|---|---|---|\n");
            for (Change change : inArea) {
                md.append("| ")
                        .append(change.kind())
                        .append(" | `")
                        .append(change.subject())
                        .append("` | ")
                        .append(cell(change.detail()))
                        .append(" | ")
                        .append(change.compatibility().label())
                        .append(" |\n");
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static String cell(String text) {
        return Objects.requireNonNull(text).replace("|", "\\|").replace("\n", " ");
    }
}
