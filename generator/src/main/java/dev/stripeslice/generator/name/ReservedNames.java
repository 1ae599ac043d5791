package dev.stripeslice.generator.name;

import java.util.HashSet;
import java.util.Set;

/** Names generated types and members keep clear of. */
final class ReservedNames {
    private ReservedNames() {}

    /**
     * Simple names generated code refers to without their package (java.lang, and what the emitters import: the
     * runtime, Jackson, JSpecify, the JDK collections). A nested type with one of these names would shadow it inside
     * its enclosing record, and a top-level one inside the whole package.
     */
    static final Set<String> SHADOWING = Set.of(
            "Object",
            "String",
            "Long",
            "Integer",
            "Boolean",
            "Double",
            "Number",
            "Character",
            "Byte",
            "Short",
            "Float",
            "Void",
            "Class",
            "Enum",
            "Record",
            "Override",
            "Deprecated",
            "SuppressWarnings",
            "FunctionalInterface",
            "SafeVarargs",
            "Iterable",
            "Comparable",
            "CharSequence",
            "Math",
            "StrictMath",
            "System",
            "Thread",
            "Runtime",
            "Process",
            "Module",
            "Package",
            "ClassLoader",
            "Exception",
            "RuntimeException",
            "Error",
            "Throwable",
            "IllegalArgumentException",
            "IllegalStateException",
            "NullPointerException",
            "StringBuilder",
            "List",
            "Map",
            "Set",
            "Objects",
            "ArrayList",
            "LinkedHashMap",
            "TreeSet",
            "Collections",
            "Optional",
            "BigDecimal",
            "InputStream",
            "CompletableFuture",
            "TypeReference",
            "JsonNode",
            "JsonProperty",
            "JsonValue",
            "JsonCreator",
            "Nullable",
            "NullMarked",
            "WireEnum",
            "FormParams",
            "FormWriter",
            "StripeObject",
            "JsonExtras",
            "Expandable",
            "StripeTransport",
            "ClientConfig",
            "RequestOptions",
            "ApiRequest",
            "HttpMethod",
            "PathSegments",
            "ParamChecks",
            "FileUpload",
            "StripeUnion",
            "UnknownObject",
            "StripeList",
            "StripeSearchResult",
            "StripeResponse",
            "AutoPagingIterable",
            "StripeException",
            "InternalConstructor",
            "Var",
            "Yield",
            "Sealed",
            "Permits",
            // the nested record of every union, which its member records would inherit
            "Unknown");

    /**
     * Top-level names: besides {@link #SHADOWING}, the generator's own files and the java.util and java.time types
     * user code imports most, so that {@code import java.util.*} and a generated type never meet.
     */
    static final Set<String> TOP_LEVEL = union(
            SHADOWING,
            Set.of(
                    "StripeClient",
                    "ApiVersion",
                    // every record's nested builder, which would shadow a top-level type of that name inside it
                    "Builder",
                    "Webhooks",
                    "JsonReaders",
                    "Locale",
                    "Currency",
                    "Date",
                    "Calendar",
                    "TimeZone",
                    "UUID",
                    "Collection",
                    "Iterator",
                    "Queue",
                    "Deque",
                    "Stack",
                    "Vector",
                    "Properties",
                    "Random",
                    "Scanner",
                    "Timer",
                    "Formatter",
                    "Base64",
                    "Arrays",
                    "HashMap",
                    "HashSet",
                    "LinkedList",
                    "TreeMap",
                    "SortedMap",
                    "SortedSet",
                    "BitSet",
                    "Comparator",
                    "Spliterator",
                    "OptionalInt",
                    "OptionalLong",
                    "OptionalDouble",
                    "Observer",
                    "EventListener",
                    "EventObject",
                    "Duration",
                    "Instant",
                    "Period",
                    "Year",
                    "YearMonth",
                    "MonthDay",
                    "Month",
                    "DayOfWeek",
                    "LocalDate",
                    "LocalTime",
                    "LocalDateTime",
                    "OffsetDateTime",
                    "OffsetTime",
                    "ZonedDateTime",
                    "ZoneId",
                    "ZoneOffset",
                    "Clock",
                    "BigInteger"));

    /** Nested type names the emitters add to every record ({@code Builder}). */
    static final Set<String> NESTED_IN_RECORDS = Set.of("Builder");

    /** The methods every class inherits from {@code Object}. */
    private static final Set<String> OBJECT_METHODS =
            Set.of("hashCode", "toString", "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

    /** What every record inherits or offers: Object's methods, and the builder entry points. */
    static final Set<String> RECORD_MEMBERS = union(
            OBJECT_METHODS,
            Set.of(
                    "builder",
                    "toBuilder",
                    // A member named like a package's first segment would hide it from the fully qualified names
                    // that JavaPoet writes when a simple name is taken (java.util.Collections beside a type
                    // Collections).
                    "java",
                    "javax",
                    "com",
                    "org",
                    "dev"));

    /** What a response record and its builder add: the component that keeps unknown fields, and {@code build()}. */
    static final Set<String> RESPONSE_MEMBERS = Set.of("extras", "build");

    /** What a params record and its builder add; a property named like one would be a second member of that name. */
    static final Set<String> PARAMS_MEMBERS =
            Set.of("extraParams", "clearedFields", "writeForm", "build", "putExtraParam");

    /**
     * What a client declares beside its operations: the implementation's {@code transport} field, and (as fields
     * named like the accessors hold the clients below it) the first segments of packages, which a field would hide.
     */
    static final Set<String> CLIENT_MEMBERS =
            union(OBJECT_METHODS, Set.of("transport", "java", "javax", "com", "org", "dev"));

    /** The facade's own members. */
    static final Set<String> FACADE_MEMBERS = union(OBJECT_METHODS, Set.of("create", "API_VERSION", "pages"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
