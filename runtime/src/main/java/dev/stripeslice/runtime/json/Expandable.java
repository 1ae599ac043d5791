package dev.stripeslice.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A field Stripe sends either as an id or, when the request asked to {@code expand} it, as the
 * whole object. For objects outside the generated section {@code T} is {@link JsonNode}; use
 * {@link #expandedAs(Class)} to read them as another type.
 *
 * <p>Immutable. {@link #toString()} never shows the expanded object, which may hold secrets.
 */
public final class Expandable<T> {
    private final @Nullable String id;
    private final @Nullable T object;
    /** The mapper that decoded the object, for {@link #expandedAs}; null when built in code or streamed. */
    private final @Nullable ObjectCodec codec;
    /** Decoded from JSON rather than built in code: {@link #expandedAs} may convert it. */
    private final boolean decoded;

    private Expandable(@Nullable String id, @Nullable T object, @Nullable ObjectCodec codec, boolean decoded) {
        this.id = id;
        this.object = object;
        this.codec = codec;
        this.decoded = decoded;
    }

    public static <T> Expandable<T> ofId(String id) {
        return new Expandable<>(Objects.requireNonNull(id, "id"), null, null, false);
    }

    /**
     * An expanded value; its id is the object's {@code id} property.
     *
     * @throws IllegalArgumentException if the object has no string {@code id}
     */
    public static <T> Expandable<T> ofObject(T object) {
        Objects.requireNonNull(object, "object");
        String id = ObjectIds.idOf(object);
        if (id == null) {
            throw new IllegalArgumentException("expanded " + object.getClass().getSimpleName() + " has no string id");
        }
        return new Expandable<>(id, object, null, false);
    }

    /**
     * Decoding never fails on an expanded object without an id; {@link #id()} reports it then.
     *
     * @param codec the mapper decoding it, which {@link #expandedAs} converts with; null for a generated reader,
     *     and then {@link StripeJson#mapper()} converts
     */
    static Expandable<Object> decoded(Object object, @Nullable ObjectCodec codec) {
        return new Expandable<>(ObjectIds.idOf(object), object, codec, true);
    }

    /**
     * The id, whether or not the object was expanded.
     *
     * @throws IllegalStateException if Stripe sent an expanded object without an {@code id}
     */
    public String id() {
        if (id == null) {
            throw new IllegalStateException("the expanded object has no id");
        }
        return id;
    }

    public boolean isExpanded() {
        return object != null;
    }

    public Optional<T> expanded() {
        return Optional.ofNullable(object);
    }

    /**
     * The expanded object as {@code type}: the object itself when it already is one, otherwise the
     * object converted by the mapper that decoded it (a JSON object of a resource outside the
     * section, read as a type of your own).
     *
     * @throws IllegalStateException if the field holds only an id, or an object built in code that
     *     is not a {@code type}
     * @throws IllegalArgumentException if the object cannot be converted
     */
    public <U> U expandedAs(Class<U> type) {
        if (object == null) {
            throw new IllegalStateException(
                    "only the id was returned; request this field in 'expand' to get the object");
        }
        if (type.isInstance(object)) {
            return type.cast(object);
        }
        if (!decoded) {
            throw new IllegalStateException("the expanded " + object.getClass().getSimpleName()
                    + " was built in code, not decoded, and is not a " + type.getSimpleName());
        }
        ObjectCodec mapper = codec != null ? codec : StripeJson.mapper();
        TokenBuffer buffer = new TokenBuffer(mapper, false);
        try {
            mapper.writeValue(buffer, object);
            U converted;
            try (JsonParser parser = buffer.asParser()) {
                converted = mapper.readValue(parser, type);
            }
            if (converted == null) {
                throw new IllegalArgumentException("the expanded object converts to null");
            }
            return converted;
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "the expanded object cannot be read as " + type.getSimpleName() + ": "
                            + e.getClass().getSimpleName(),
                    e);
        }
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Expandable)) {
            return false;
        }
        Expandable<?> other = (Expandable<?>) o;
        return Objects.equals(id, other.id) && Objects.equals(object, other.object);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, object);
    }

    @Override
    public String toString() {
        if (object == null) {
            return "Expandable[" + id + "]";
        }
        String kind =
                object instanceof JsonNode ? "JSON object" : object.getClass().getSimpleName();
        return "Expandable[" + id + ", expanded " + kind + "]";
    }
}
