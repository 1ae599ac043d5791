package dev.stripeslice.generator.emit;

import com.palantir.javapoet.ClassName;

/** The hand-written types generated code refers to: the runtime library, Jackson and JSpecify. */
final class RuntimeTypes {
    private static final String RUNTIME = "dev.stripeslice.runtime";
    private static final String JSON = RUNTIME + ".json";
    private static final String FORM = RUNTIME + ".form";
    private static final String PAGES = RUNTIME + ".pages";

    static final ClassName INTERNAL_CONSTRUCTOR = ClassName.get(RUNTIME, "InternalConstructor");
    static final ClassName WIRE_ENUM = ClassName.get(JSON, "WireEnum");
    static final ClassName FORM_PARAMS = ClassName.get(FORM, "FormParams");
    static final ClassName FORM_WRITER = ClassName.get(FORM, "FormWriter");
    static final ClassName STRIPE_OBJECT = ClassName.get(JSON, "StripeObject");
    static final ClassName JSON_EXTRAS = ClassName.get(JSON, "JsonExtras");
    static final ClassName EXPANDABLE = ClassName.get(JSON, "Expandable");
    static final ClassName RECORD_READER = ClassName.get(JSON, "RecordReader");
    static final ClassName JSON_READS = ClassName.get(JSON, "JsonReads");
    static final ClassName JSON_INPUT = ClassName.get(JSON, "JsonInput");
    static final ClassName FIELD_NAMES = ClassName.get(JSON, "FieldNames");
    static final ClassName PAGE_READS = ClassName.get(PAGES, "PageReads");
    static final ClassName STRIPE_TRANSPORT = ClassName.get(RUNTIME, "StripeTransport");
    static final ClassName CLIENT_CONFIG = ClassName.get(RUNTIME, "ClientConfig");
    static final ClassName REQUEST_OPTIONS = ClassName.get(RUNTIME, "RequestOptions");
    static final ClassName API_REQUEST = ClassName.get(RUNTIME, "ApiRequest");
    static final ClassName HTTP_METHOD = ClassName.get(RUNTIME, "HttpMethod");
    static final ClassName PATH_SEGMENTS = ClassName.get(FORM, "PathSegments");
    static final ClassName PARAM_CHECKS = ClassName.get(FORM, "ParamChecks");
    static final ClassName FILE_UPLOAD = ClassName.get(FORM, "FileUpload");
    static final ClassName ANY_OF = ClassName.get(FORM, "AnyOf");
    static final ClassName RANGE_QUERY = ClassName.get(FORM, "RangeQuery");
    static final ClassName STRIPE_UNION = ClassName.get(JSON, "StripeUnion");
    static final ClassName UNKNOWN_OBJECT = ClassName.get(JSON, "UnknownObject");
    static final ClassName STRIPE_LIST = ClassName.get(PAGES, "StripeList");
    static final ClassName STRIPE_SEARCH_RESULT = ClassName.get(PAGES, "StripeSearchResult");
    static final ClassName STRIPE_RESPONSE = ClassName.get(RUNTIME, "StripeResponse");
    static final ClassName AUTO_PAGING_ITERABLE = ClassName.get(PAGES, "AutoPagingIterable");
    static final ClassName PAGES_CONTINUATION = ClassName.get(PAGES, "Pages");
    static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");

    static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
    static final ClassName JSON_VALUE = ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");
    static final ClassName JSON_CREATOR = ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");
    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");

    static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
    static final ClassName NULL_MARKED = ClassName.get("org.jspecify.annotations", "NullMarked");

    private RuntimeTypes() {}
}
