package dev.stripeslice.runtime.form;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request param that Stripe accepts in one of two shapes (an {@code anyOf} in the spec), such as a timestamp or
 * {@code "now"}, or an exact integer or a {@link RangeQuery}. It holds exactly one of them and is sent as that one:
 * the params builders offer a setter for each shape, so this type is mostly read, not made.
 *
 * @param <A> the first shape the spec lists
 * @param <B> the second shape the spec lists
 */
public final class AnyOf<A, B> {
    private final @Nullable A first;
    private final @Nullable B second;

    private AnyOf(@Nullable A first, @Nullable B second) {
        this.first = first;
        this.second = second;
    }

    /** The value in the first shape the spec lists. */
    public static <A, B> AnyOf<A, B> first(A value) {
        return new AnyOf<>(Objects.requireNonNull(value, "value"), null);
    }

    /** The value in the second shape the spec lists. */
    public static <A, B> AnyOf<A, B> second(B value) {
        return new AnyOf<>(null, Objects.requireNonNull(value, "value"));
    }

    /** The value when it is in the first shape; null when it is in the second. */
    public @Nullable A getFirst() {
        return first;
    }

    /** The value when it is in the second shape; null when it is in the first. */
    public @Nullable B getSecond() {
        return second;
    }

    /** The value, whichever shape it is in: what is sent. */
    @JsonValue
    public Object value() {
        return first != null ? first : Objects.requireNonNull(second);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof AnyOf<?, ?> that
                && Objects.equals(first, that.first)
                && Objects.equals(second, that.second);
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, second);
    }

    @Override
    public String toString() {
        return String.valueOf(value());
    }
}
