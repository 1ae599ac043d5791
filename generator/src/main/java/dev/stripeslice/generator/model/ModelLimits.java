package dev.stripeslice.generator.model;

import dev.stripeslice.generator.Problems;
import java.util.List;
import java.util.Locale;

/**
 * What javac and the class file format refuse, checked on the model before anything is emitted, so that a spec
 * beyond them gets a located error instead of output that does not compile. Each limit leaves room for what the
 * emitters add around the spec's text (messages, helper prefixes).
 */
final class ModelLimits {
    /**
     * Record components: the canonical constructor takes them all, and a method takes at most 255 parameter slots,
     * one of which is {@code this}. Components are objects (one slot each), including the ones the generator adds.
     */
    static final int MAX_RECORD_COMPONENTS = 254;
    /**
     * Enum constants: each costs about 35 bytes of bytecode between the static initializer and the
     * {@code fromWireValue} switch, and a method's code is at most 64 KiB (javac's "code too large" at about 1,850).
     */
    static final int MAX_ENUM_VALUES = 1_500;
    /** Names and enum values, which become identifiers and string constants: far above any real one. */
    static final int MAX_NAME_LENGTH = 10_000;
    /** A string constant in a class file: at most 65,535 bytes in its modified UTF-8 form. */
    static final int MAX_CONSTANT_BYTES = 65_535;
    /**
     * What a record's component names may add up to: javac joins them, separated by {@code ;}, into one string
     * constant for the record's {@code toString}/{@code equals}/{@code hashCode}. A Java name is at most its wire
     * name plus a prefix of a character or two; the generator's own components and the separators fit in the rest.
     */
    static final int MAX_RECORD_NAME_BYTES = MAX_CONSTANT_BYTES - 1_000;
    /**
     * Operations of one client: each takes about 25 constant-pool entries in the interface, whose pool holds at
     * most 65,535 (javac's "too many constants" at about 2,600).
     */
    static final int MAX_OPERATIONS = 2_000;

    private final Problems problems;

    private ModelLimits(Problems problems) {
        this.problems = problems;
    }

    static void check(
            List<ObjectType> topLevel,
            List<EnumType> enums,
            List<ClientType> clients,
            List<UnionType> unions,
            String apiVersion,
            Problems problems) {
        ModelLimits limits = new ModelLimits(problems);
        topLevel.forEach(limits::checkRecord);
        enums.forEach(limits::checkEnum);
        for (ClientType client : clients) {
            if (client.operations().size() > MAX_OPERATIONS) {
                problems.add(
                        "SS037",
                        client.operations().get(0).pointer(),
                        String.format(
                                Locale.ROOT,
                                "The resource %s has %,d operations; one client interface takes at most %,d",
                                preview(client.resourceId()),
                                client.operations().size(),
                                MAX_OPERATIONS),
                        "Split the resource's operations among several x-resourceId values");
            }
            for (Operation operation : client.operations()) {
                limits.checkName("The operation's method name", operation.javaName(), operation.pointer());
                limits.checkConstant("The path", operation.path(), operation.pointer());
                if (operation.server() != null) {
                    limits.checkConstant("The server URL", operation.server(), operation.pointer() + "/servers/0/url");
                }
                for (Operation.PathParam param : operation.pathParams()) {
                    limits.checkName("The path parameter name", param.wireName(), operation.pointer());
                }
            }
        }
        for (UnionType union : unions) {
            for (String value : union.untypedObjects()) {
                limits.checkName("The object value", value, union.pointer());
            }
            union.members()
                    .forEach(member -> limits.checkName("The object value", member.objectValue(), union.pointer()));
        }
        limits.checkConstant("The API version", apiVersion, "/info/version");
    }

    private void checkRecord(ObjectType type) {
        int added = type.kind() == ObjectType.Kind.RESPONSE ? 1 : type.hasClearable() ? 2 : 1;
        int components = type.properties().size() + added;
        if (components > MAX_RECORD_COMPONENTS) {
            problems.add(
                    "SS033",
                    type.pointer(),
                    String.format(
                            Locale.ROOT,
                            "The schema has %,d properties; its Java record "
                                    + "would have %,d components (with the %d the generator adds), more than the %d a Java "
                                    + "constructor can take",
                            type.properties().size(),
                            components,
                            added,
                            MAX_RECORD_COMPONENTS),
                    "Split the schema into nested objects of at most " + (MAX_RECORD_COMPONENTS - added)
                            + " properties each, or leave this resource out of the selection");
        }
        long nameBytes = 0;
        for (Property property : type.properties()) {
            checkName("The property name", property.wireName(), property.pointer());
            nameBytes += modifiedUtf8Length(property.wireName()) + 3;
        }
        if (nameBytes > MAX_RECORD_NAME_BYTES) {
            problems.add(
                    "SS038",
                    type.pointer(),
                    String.format(
                            Locale.ROOT,
                            "The schema's %,d property names come to %,d bytes, more than the %,d a record's "
                                    + "names may take: javac joins them into one class-file constant of at most %,d",
                            type.properties().size(),
                            nameBytes,
                            MAX_RECORD_NAME_BYTES,
                            MAX_CONSTANT_BYTES),
                    "Shorten the property names, or split the schema into nested objects");
        }
        type.nested().forEach(this::checkRecord);
    }

    private void checkEnum(EnumType type) {
        if (type.values().size() > MAX_ENUM_VALUES) {
            problems.add(
                    "SS034",
                    type.pointer(),
                    String.format(
                            Locale.ROOT,
                            "The enum has %,d values; a Java enum of more "
                                    + "than %,d would exceed the 64 KiB a method's code may take",
                            type.values().size(),
                            MAX_ENUM_VALUES),
                    "Declare the property as a plain string (drop its enum), or shorten the list of values");
        }
        for (String value : type.values()) {
            checkName("The enum value", value, type.pointer());
        }
    }

    private void checkName(String what, String name, String pointer) {
        if (name.length() > MAX_NAME_LENGTH) {
            problems.add(
                    "SS035",
                    pointer,
                    String.format(
                            Locale.ROOT,
                            "%s is %,d characters long (it starts \"%s\"); "
                                    + "names and enum values become Java identifiers and constants, which take at most %,d here",
                            what,
                            name.length(),
                            preview(name),
                            MAX_NAME_LENGTH),
                    "Shorten it");
        }
    }

    private void checkConstant(String what, String text, String pointer) {
        long bytes = modifiedUtf8Length(text);
        if (bytes > MAX_CONSTANT_BYTES) {
            problems.add(
                    "SS036",
                    pointer,
                    String.format(
                            Locale.ROOT,
                            "%s is %,d bytes long (it starts \"%s\"); a Java string " + "constant takes at most %,d",
                            what,
                            bytes,
                            preview(text),
                            MAX_CONSTANT_BYTES),
                    "Shorten it");
        }
    }

    /** The class file's string encoding: NUL and U+0080..U+07FF take two bytes, the rest of the BMP and each surrogate three. */
    static long modifiedUtf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c >= 0x0001 && c <= 0x007F ? 1 : c <= 0x07FF ? 2 : 3;
        }
        return bytes;
    }

    /** The first characters, printable, for a message. */
    private static String preview(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(30).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }
}
