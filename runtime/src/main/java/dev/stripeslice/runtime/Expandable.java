package dev.stripeslice.runtime;

import com.fasterxml.jackson.databind.JsonNode;
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

  private Expandable(@Nullable String id, @Nullable T object) {
    this.id = id;
    this.object = object;
  }

  public static <T> Expandable<T> ofId(String id) {
    return new Expandable<>(Objects.requireNonNull(id, "id"), null);
  }

  /**
   * An expanded value; its id is the object's {@code id} property.
   *
   * @throws IllegalArgumentException if the object has no string {@code id}
   */
  public static <T> Expandable<T> ofObject(T object) {
    Objects.requireNonNull(object, "object");
    String id = idOf(object);
    if (id == null) {
      throw new IllegalArgumentException(
          "expanded " + object.getClass().getSimpleName() + " has no string id");
    }
    return new Expandable<>(id, object);
  }

  /** Decoding never fails on an expanded object without an id; {@link #id()} reports it then. */
  static Expandable<Object> decoded(Object object) {
    return new Expandable<>(idOf(object), object);
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
   * The expanded object converted to {@code type} with {@link StripeJson#mapper()}.
   *
   * @throws IllegalStateException if the field holds only an id
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
    U converted = StripeJson.mapper().convertValue(object, type);
    if (converted == null) {
      throw new IllegalArgumentException("the expanded object converts to null");
    }
    return converted;
  }

  private static @Nullable String idOf(Object object) {
    if (object instanceof JsonNode) {
      JsonNode id = ((JsonNode) object).get("id");
      return id != null && id.isTextual() ? id.textValue() : null;
    }
    if (RecordShape.isStripeRecord(object.getClass())) {
      return RecordShape.of(object.getClass()).id(object);
    }
    if (object instanceof UnknownObject) {
      return ((UnknownObject) object).id();
    }
    return null;
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
    String kind = object instanceof JsonNode ? "JSON object" : object.getClass().getSimpleName();
    return "Expandable[" + id + ", expanded " + kind + "]";
  }
}
