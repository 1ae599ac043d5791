package dev.stripeslice.runtime.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
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
    private static final String[] NO_NAMES = new String[0];
    private static final JsonExtras EMPTY = new JsonExtras(Map.of(), NO_NAMES, Map.of());

    private final Map<String, JsonNode> unknownFields;
    /**
     * Names of properties sent as {@code null}, in order, without duplicates. An array, not a set:
     * Stripe sends dozens of nulls per object and decoding should not hash them all.
     */
    private final String[] explicitNulls;
    /** {@link #explicitNulls} as a set, made when first needed. */
    private @Nullable Set<String> explicitNullSet;

    private final Map<String, RawValue> rawValues;

    /** The raw JSON of a known property together with the value decoded from it. */
    record RawValue(JsonNode json, Object decoded) {}

    private JsonExtras(Map<String, JsonNode> unknownFields, String[] explicitNulls, Map<String, RawValue> rawValues) {
        this.unknownFields = unknownFields;
        this.explicitNulls = explicitNulls;
        this.rawValues = rawValues;
    }

    /** No extras: what a record built in code carries. */
    public static JsonExtras empty() {
        return EMPTY;
    }

    /** Extras holding only the names of properties sent as {@code null} (taken, not copied). */
    static JsonExtras withExplicitNulls(String[] names) {
        return new JsonExtras(Map.of(), names, Map.of());
    }

    /** Extras holding properties to send along with a record built in code. */
    public static JsonExtras of(Map<String, ? extends JsonNode> unknownFields) {
        if (unknownFields.isEmpty()) {
            return EMPTY;
        }
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        unknownFields.forEach((name, value) -> copy.put(
                Objects.requireNonNull(name, "name"),
                Objects.requireNonNull(value, name).deepCopy()));
        return new JsonExtras(Collections.unmodifiableMap(copy), NO_NAMES, Map.of());
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
        return unknownFields.isEmpty() && explicitNulls.length == 0 && rawValues.isEmpty();
    }

    /** Names of declared properties whose value holds an enum constant this client does not know. */
    public Set<String> unknownEnumValueFields() {
        return rawValues.keySet();
    }

    Map<String, JsonNode> unknownFieldsView() {
        return unknownFields;
    }

    boolean isExplicitNull(String name) {
        return explicitNulls.length != 0 && explicitNullSet().contains(name);
    }

    private Set<String> explicitNullSet() {
        Set<String> set = explicitNullSet;
        if (set == null) {
            set = Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(explicitNulls)));
            explicitNullSet = set; // a benign race: every thread computes the same set
        }
        return set;
    }

    @Nullable
    RawValue rawValue(String name) {
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
                && explicitNullSet().equals(other.explicitNullSet())
                && rawJson().equals(other.rawJson());
    }

    @Override
    public int hashCode() {
        return Objects.hash(unknownFields, explicitNullSet(), rawJson());
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
        if (explicitNulls.length != 0) {
            out.append(", explicitNulls=").append(Arrays.toString(explicitNulls));
        }
        return out.append('}').toString();
    }

    /** Filled while a record is decoded; allocated only when there is something to keep. */
    static final class Builder {
        private @Nullable Map<String, JsonNode> unknownFields;
        private String[] explicitNulls = NO_NAMES;
        private int explicitNullCount;
        private @Nullable Map<String, RawValue> rawValues;

        void unknownField(String name, JsonNode value) {
            if (unknownFields == null) {
                unknownFields = new LinkedHashMap<>();
            }
            unknownFields.put(name, value);
        }

        /** Called at most once per name unless {@link #replaced} or {@link #rawValue} took it back. */
        void explicitNull(String name) {
            if (explicitNullCount == explicitNulls.length) {
                explicitNulls = Arrays.copyOf(explicitNulls, Math.max(8, explicitNullCount * 2));
            }
            explicitNulls[explicitNullCount++] = name;
            if (rawValues != null) {
                rawValues.remove(name);
            }
        }

        /** Sets all the explicit nulls at once, in place of {@link #explicitNull} calls. */
        void explicitNulls(String[] names) {
            explicitNulls = names;
            explicitNullCount = names.length;
        }

        void rawValue(String name, JsonNode json, Object decoded) {
            if (rawValues == null) {
                rawValues = new LinkedHashMap<>();
            }
            rawValues.put(name, new RawValue(json, decoded));
            removeExplicitNull(name);
        }

        /** A later duplicate of a property replaces what an earlier one recorded. */
        void replaced(String name) {
            removeExplicitNull(name);
            if (rawValues != null) {
                rawValues.remove(name);
            }
        }

        private void removeExplicitNull(String name) {
            for (int i = 0; i < explicitNullCount; i++) {
                if (explicitNulls[i].equals(name)) {
                    System.arraycopy(explicitNulls, i + 1, explicitNulls, i, explicitNullCount - i - 1);
                    explicitNulls[--explicitNullCount] = null;
                    return;
                }
            }
        }

        JsonExtras build() {
            if (unknownFields == null && explicitNullCount == 0 && rawValues == null) {
                return EMPTY;
            }
            return new JsonExtras(
                    unknownFields == null ? Map.of() : Collections.unmodifiableMap(unknownFields),
                    explicitNullCount == 0 ? NO_NAMES : Arrays.copyOf(explicitNulls, explicitNullCount),
                    rawValues == null ? Map.of() : Collections.unmodifiableMap(rawValues));
        }
    }
}
