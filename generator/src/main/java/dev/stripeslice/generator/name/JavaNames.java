package dev.stripeslice.generator.name;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns wire names into Java identifiers. Pure functions; locale-independent. */
public final class JavaNames {
    private static final Set<String> KEYWORDS = Set.of(
            "abstract",
            "assert",
            "boolean",
            "break",
            "byte",
            "case",
            "catch",
            "char",
            "class",
            "const",
            "continue",
            "default",
            "do",
            "double",
            "else",
            "enum",
            "extends",
            "final",
            "finally",
            "float",
            "for",
            "goto",
            "if",
            "implements",
            "import",
            "instanceof",
            "int",
            "interface",
            "long",
            "native",
            "new",
            "package",
            "private",
            "protected",
            "public",
            "return",
            "short",
            "static",
            "strictfp",
            "super",
            "switch",
            "synchronized",
            "this",
            "throw",
            "throws",
            "transient",
            "try",
            "void",
            "volatile",
            "while",
            "true",
            "false",
            "null",
            "_",
            "var",
            "yield",
            "record",
            "sealed",
            "permits",
            "non-sealed",
            "when",
            "module",
            "open",
            "exports",
            "requires",
            "opens",
            "to",
            "uses",
            "provides",
            "with",
            "transitive");

    private JavaNames() {}

    /** {@code payment_method_save} -> {@code PaymentMethodSave}; a leading digit gets an underscore. */
    public static String pascal(String wire) {
        StringBuilder out = new StringBuilder();
        for (String word : words(wire)) {
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        if (out.length() == 0) {
            return "Value";
        }
        if (Character.isDigit(out.charAt(0))) {
            out.insert(0, '_');
        }
        return out.toString();
    }

    /** {@code expires_at} -> {@code expiresAt}; may be a keyword ({@link #isKeyword}). */
    public static String camel(String wire) {
        String pascal = pascal(wire);
        return pascal.startsWith("_") ? pascal : Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
    }

    /** Java keywords, literals and contextual keywords that cannot (or should not) be identifiers. */
    public static boolean isKeyword(String name) {
        return KEYWORDS.contains(name);
    }

    /** {@code off_session} -> {@code OFF_SESSION}; {@code 3d_secure} -> {@code _3D_SECURE}; "" -> {@code EMPTY}. */
    public static String constant(String wire) {
        List<String> words = words(wire);
        if (words.isEmpty()) {
            return "EMPTY";
        }
        String joined = String.join("_", words).toUpperCase(Locale.ROOT);
        return Character.isDigit(joined.charAt(0)) ? "_" + joined : joined;
    }

    /** The name of one element of a list property: {@code filters} -> {@code filter}. */
    public static String singular(String wire) {
        if (wire.endsWith("ies") && wire.length() > 3) {
            return wire.substring(0, wire.length() - 3) + "y";
        }
        if (wire.endsWith("sses") || wire.endsWith("xes") || wire.endsWith("ches") || wire.endsWith("shes")) {
            return wire.substring(0, wire.length() - 2);
        }
        if (wire.endsWith("s") && !wire.endsWith("ss") && wire.length() > 1) {
            return wire.substring(0, wire.length() - 1);
        }
        return wire;
    }

    /**
     * {@code customer_session} -> {@code customer_sessions}; a name that is plural already stays as it is
     * ({@code tax.settings}, {@code funding_instructions}).
     */
    public static String plural(String wire) {
        if (wire.endsWith("s") && !wire.endsWith("ss") && !wire.endsWith("us") && !wire.endsWith("is")) {
            return wire;
        }
        if (wire.endsWith("s") || wire.endsWith("x") || wire.endsWith("ch") || wire.endsWith("sh")) {
            return wire + "es";
        }
        if (wire.endsWith("y") && wire.length() > 1 && "aeiou".indexOf(wire.charAt(wire.length() - 2)) < 0) {
            return wire.substring(0, wire.length() - 1) + "ies";
        }
        return wire + "s";
    }

    /** Lower-cased ASCII words: split at anything not a letter or digit, and at lower-to-upper case changes. */
    public static List<String> words(String wire) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char previous = 0;
        for (int i = 0; i < wire.length(); i++) {
            char c = wire.charAt(i);
            boolean letterOrDigit = c < 128 && Character.isLetterOrDigit(c);
            boolean boundary = !letterOrDigit || (Character.isUpperCase(c) && Character.isLowerCase(previous));
            if (boundary && word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
            if (letterOrDigit) {
                word.append(Character.toLowerCase(c));
            }
            previous = c;
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
