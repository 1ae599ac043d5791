package dev.stripeslice.runtime.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a decoded {@link StripeObject} record cannot hold in its typed fields, kept so that the
 * record encodes back to the JSON it came from: properties the record does not know, known
 * properties that were present with the value {@code null}, and the raw JSON of known properties
 * whose value holds an enum constant this client does not know.
 *
 * <p>Immutable. {@link #toString()} shows property names only, never values.
 */
public final class JsonExtras {
  private static final JsonExtras EMPTY = new JsonExtras(Map.of(), Set.of(), Map.of());

  private final Map<String, JsonNode> unknownFields;
  private final Set<String> explicitNulls;
  private final Map<String, RawValue> rawValues;

  /** The raw JSON of a known property together with the value decoded from it. */
  record RawValue(JsonNode json, Object decoded) {}

  private JsonExtras(
      Map<String, JsonNode> unknownFields, Set<String> explicitNulls,
      Map<String, RawValue> rawValues) {
    this.unknownFields = unknownFields;
    this.explicitNulls = explicitNulls;
    this.rawValues = rawValues;
  }

  /** No extras: what a record built in code carries. */
  public static JsonExtras empty() {
    return EMPTY;
  }

  /** Extras holding properties to send along with a record built in code. */
  public static JsonExtras of(Map<String, ? extends JsonNode> unknownFields) {
    if (unknownFields.isEmpty()) {
      return EMPTY;
    }
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    unknownFields.forEach((name, value) -> copy.put(
        Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, name).deepCopy()));
    return new JsonExtras(Collections.unmodifiableMap(copy), Set.of(), Map.of());
  }

  /** Properties of the JSON object that the record does not declare, as copies, in order. */
  public Map<String, JsonNode> unknownFields() {
    if (unknownFields.isEmpty()) {
      return Map.of();
    }
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    unknownFields.forEach((name, value) -> copy.put(name, value.deepCopy()));
    return Collections.unmodifiableMap(copy);
  }

  /** Whether there is nothing to keep. */
  public boolean isEmpty() {
    return unknownFields.isEmpty() && explicitNulls.isEmpty() && rawValues.isEmpty();
  }

  /** Names of declared properties whose value holds an enum constant this client does not know. */
  public Set<String> unknownEnumValueFields() {
    return rawValues.keySet();
  }

  Map<String, JsonNode> unknownFieldsView() {
    return unknownFields;
  }

  boolean isExplicitNull(String name) {
    return explicitNulls.contains(name);
  }

  @Nullable RawValue rawValue(String name) {
    return rawValues.isEmpty() ? null : rawValues.get(name);
  }

  static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof JsonExtras)) {
      return false;
    }
    JsonExtras other = (JsonExtras) o;
    return unknownFields.equals(other.unknownFields)
        && explicitNulls.equals(other.explicitNulls)
        && rawJson().equals(other.rawJson());
  }

  @Override
  public int hashCode() {
    return Objects.hash(unknownFields, explicitNulls, rawJson());
  }

  private Map<String, JsonNode> rawJson() {
    Map<String, JsonNode> json = new LinkedHashMap<>();
    rawValues.forEach((name, raw) -> json.put(name, raw.json()));
    return json;
  }

  @Override
  public String toString() {
    if (isEmpty()) {
      return "JsonExtras{}";
    }
    StringBuilder out = new StringBuilder("JsonExtras{unknownFields=").append(unknownFields.keySet());
    if (!rawValues.isEmpty()) {
      out.append(", unknownEnumValues=").append(rawValues.keySet());
    }
    if (!explicitNulls.isEmpty()) {
      out.append(", explicitNulls=").append(explicitNulls);
    }
    return out.append('}').toString();
  }

  /** Filled while a record is decoded; allocated only when there is something to keep. */
  static final class Builder {
    private @Nullable Map<String, JsonNode> unknownFields;
    private @Nullable Set<String> explicitNulls;
    private @Nullable Map<String, RawValue> rawValues;

    void unknownField(String name, JsonNode value) {
      if (unknownFields == null) {
        unknownFields = new LinkedHashMap<>();
      }
      unknownFields.put(name, value);
    }

    void explicitNull(String name) {
      if (explicitNulls == null) {
        explicitNulls = new LinkedHashSet<>();
      }
      explicitNulls.add(name);
      if (rawValues != null) {
        rawValues.remove(name);
      }
    }

    void rawValue(String name, JsonNode json, Object decoded) {
      if (rawValues == null) {
        rawValues = new LinkedHashMap<>();
      }
      rawValues.put(name, new RawValue(json, decoded));
      if (explicitNulls != null) {
        explicitNulls.remove(name);
      }
    }

    /** A later duplicate of a property replaces what an earlier one recorded. */
    void replaced(String name) {
      if (explicitNulls != null) {
        explicitNulls.remove(name);
      }
      if (rawValues != null) {
        rawValues.remove(name);
      }
    }

    JsonExtras build() {
      if (unknownFields == null && explicitNulls == null && rawValues == null) {
        return EMPTY;
      }
      return new JsonExtras(
          unknownFields == null ? Map.of() : Collections.unmodifiableMap(unknownFields),
          explicitNulls == null ? Set.of() : Collections.unmodifiableSet(explicitNulls),
          rawValues == null ? Map.of() : Collections.unmodifiableMap(rawValues));
    }
  }
}
