package dev.stripeslice.generator.model;

/**
 * What a record is named after: the wire names of its place in the spec. The name stage turns an origin into
 * Java names; the model never makes names itself.
 */
public sealed interface Origin {

    /** A Stripe resource's schema ({@code x-resourceId}), such as {@code customer}. */
    record Resource(String resourceId, String schemaKey) implements Origin {}

    /** A {@code components/schemas} entry referred to from several places, named by its key. */
    record Schema(String schemaKey) implements Origin {}

    /**
     * An object nested under a property of another record (inline, or a schema only that property refers to).
     *
     * @param wireName the property name; for the element of a list, its singular
     */
    record Member(String wireName) implements Origin {}

    /**
     * An inline object that is the second shape of a two-shape request param, beside another object: for
     * {@code card}, card details or {@code {token}}, the latter is named after the field that sets it apart.
     *
     * @param wireName the param's name
     * @param distinguishingProperty the first property (required ones first) the other shape lacks
     */
    record Alternative(String wireName, String distinguishingProperty) implements Origin {}

    /**
     * An operation's params, or its inline response object.
     *
     * @param resourceId the resource whose client the operation is on
     * @param segment for an operation of a nested client ({@code customers().taxIds()}), its path segment
     *     ({@code tax_ids}), else ""
     * @param method the client method the operation becomes, such as {@code create}
     * @param part {@code params} or {@code response}
     */
    record OperationPart(String resourceId, String segment, String method, String part) implements Origin {}
}
