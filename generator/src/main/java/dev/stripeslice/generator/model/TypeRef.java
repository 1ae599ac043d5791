package dev.stripeslice.generator.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The type of a property, decided once from the spec's schema. */
public sealed interface TypeRef {

    enum ScalarKind {
        STRING,
        INTEGER,
        NUMBER,
        BOOLEAN
    }

    record Scalar(ScalarKind kind) implements TypeRef {}

    record ListOf(TypeRef element) implements TypeRef {}

    /** An object whose keys are data ({@code additionalProperties}), such as {@code metadata}. */
    record MapOf(TypeRef value) implements TypeRef {}

    record Named(ObjectType type) implements TypeRef {}

    record EnumOf(EnumType type) implements TypeRef {}

    /**
     * Stripe's expandable field: an id, or the object when the request expanded it.
     *
     * @param target the expanded type when it lies inside the section; null when it lies past the cut (then the
     *     expanded form is kept as raw JSON)
     */
    record Expandable(@Nullable ObjectType target) implements TypeRef {}

    /** A field holding one of several Stripe object types, decoded by its {@code object} value. */
    record Union(UnionType type) implements TypeRef {}

    /** An expandable field whose expanded form is one of several object types: {@code Expandable<Union>}. */
    record ExpandableUnion(UnionType type) implements TypeRef {}

    /** A page of a Stripe list ({@code object: list}) or search ({@code object: search_result}) of {@code item}s. */
    record Page(PageKind kind, TypeRef item) implements TypeRef {}

    enum PageKind {
        LIST,
        SEARCH
    }

    /**
     * A request param Stripe accepts in one of two shapes ({@code anyOf}, after the empty-string marker of a clearable
     * param is set aside): the runtime's {@code AnyOf<A, B>}, which the params builder fills through one setter per
     * shape and one helper per keyword ({@code trialEnd(Long)}, {@code trialEndNow()}).
     */
    record AnyOf(TypeRef first, TypeRef second) implements TypeRef {
        public List<TypeRef> alternatives() {
            return List.of(first, second);
        }
    }

    /** Stripe's range filter on an integer param ({@code gt}, {@code gte}, {@code lt}, {@code lte}): the runtime's {@code RangeQuery}. */
    record Range() implements TypeRef {}

    /**
     * Bytes, not JSON: a {@code format: binary} param of a multipart body (a file to upload), or an
     * operation's non-JSON success body (a PDF), returned as a stream.
     */
    record Binary() implements TypeRef {}

    /**
     * JSON the section does not type: shapes past the cut, free-form objects, response fields of several shapes, request
     * params of more than two.
     */
    record Untyped() implements TypeRef {}

    TypeRef STRING = new Scalar(ScalarKind.STRING);
    TypeRef UNTYPED = new Untyped();
    TypeRef BINARY = new Binary();
    TypeRef RANGE = new Range();
}
