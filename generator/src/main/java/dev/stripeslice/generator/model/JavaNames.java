package dev.stripeslice.generator.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns wire names into Java identifiers. Pure functions; locale-independent. */
public final class JavaNames {
    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "_",
            "var", "yield", "record", "sealed", "permits", "non-sealed", "when", "module", "open", "exports",
            "requires", "opens", "to", "uses", "provides", "with", "transitive");

    /** Method names a record component or params field must not take (Object's, and ours). */
    private static final Set<String> RESERVED_MEMBERS = Set.of(
            "hashCode", "toString", "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize",
            "extras", "writeForm", "builder", "toBuilder", "extraParams");

    /**
     * Type names that would shadow what generated code refers to by simple name, or that Java forbids. A type
     * whose natural name is one of these gets a suffix.
     */
    private static final Set<String> RESERVED_TYPES = Set.of(
            "Object", "String", "Long", "Integer", "Boolean", "Double", "Number", "Character", "Byte", "Short",
            "Float", "Void", "Class", "Enum", "Record", "Override", "Deprecated", "SuppressWarnings", "Iterable",
            "Math", "System", "Thread", "Runtime", "Exception", "RuntimeException", "Error", "Throwable",
            "List", "Map", "Objects", "ArrayList", "LinkedHashMap", "Optional", "BigDecimal", "CompletableFuture",
            "JsonNode", "JsonProperty", "JsonValue", "JsonCreator", "Nullable", "Builder", "Expandable",
            "JsonExtras", "StripeObject", "FormParams", "FormWriter", "WireEnum", "RequestOptions", "ApiRequest",
            "HttpMethod", "StripeTransport", "ClientConfig", "Var", "Yield", "Sealed", "Permits",
            // also referred to by simple name in generated code
            "Collections", "Set", "TreeSet", "InputStream", "IllegalArgumentException", "IllegalStateException",
            "TypeReference", "NullMarked", "PathSegments", "ParamChecks", "FileUpload", "StripeUnion",
            "UnknownObject", "StripeList", "StripeSearchResult", "StripeResponse", "AutoPagingIterable",
            // the nested record of every union, which its member records would inherit
            "Unknown");

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

    /** {@code expires_at} -> {@code expiresAt}; keywords and reserved members get a trailing underscore. */
    public static String camel(String wire) {
        String pascal = pascal(wire);
        String camel = pascal.startsWith("_") ? pascal : Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
        return KEYWORDS.contains(camel) || RESERVED_MEMBERS.contains(camel) ? camel + "_" : camel;
    }

    /** A type name from a wire name, steering clear of the names generated code uses. */
    public static String typeName(String wire) {
        String name = pascal(wire);
        return RESERVED_TYPES.contains(name) ? name + "Value" : name;
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

    /** {@code customer_session} -> {@code customer_sessions}. */
    public static String plural(String wire) {
        if (wire.endsWith("s") || wire.endsWith("x") || wire.endsWith("ch") || wire.endsWith("sh")) {
            return wire + "es";
        }
        if (wire.endsWith("y") && wire.length() > 1 && "aeiou".indexOf(wire.charAt(wire.length() - 2)) < 0) {
            return wire.substring(0, wire.length() - 1) + "ies";
        }
        return wire + "s";
    }

    /** Returns {@code wanted}, or {@code wanted2}, {@code wanted3}... whichever {@code taken} does not hold yet. */
    public static String unique(String wanted, Set<String> taken) {
        String name = wanted;
        for (int i = 2; taken.contains(name); i++) {
            name = wanted + i;
        }
        taken.add(name);
        return name;
    }

    /** Lower-cased ASCII words: split at anything not a letter or digit, and at lower-to-upper case changes. */
    static List<String> words(String wire) {
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
