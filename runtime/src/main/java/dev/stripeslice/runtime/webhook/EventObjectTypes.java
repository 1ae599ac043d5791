package dev.stripeslice.runtime.webhook;

import dev.stripeslice.runtime.json.StripeObject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which generated record an event's {@code data.object} decodes into, by the object's
 * {@code object} value ({@code customer} to {@code Customer}, ...). Each generated client has one
 * for the sections it covers ({@code Webhooks.OBJECT_TYPES}). Immutable.
 */
public final class EventObjectTypes {
    private final Map<String, Class<? extends StripeObject>> byObject;

    private EventObjectTypes(Map<String, Class<? extends StripeObject>> byObject) {
        this.byObject = byObject;
    }

    /** No typed objects: every {@code data.object} stays an {@link Event.Unknown}. */
    public static EventObjectTypes none() {
        return new EventObjectTypes(Map.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The record for an {@code object} value, or null when this client does not generate that type. */
    public @Nullable Class<? extends StripeObject> typeOf(String objectValue) {
        return byObject.get(objectValue);
    }

    /** Every {@code object} value with its record, in the order they were added. */
    public Map<String, Class<? extends StripeObject>> asMap() {
        return byObject;
    }

    @Override
    public String toString() {
        return "EventObjectTypes" + byObject.keySet();
    }

    /** Collects the mapping; each {@code object} value once. */
    public static final class Builder {
        private final Map<String, Class<? extends StripeObject>> byObject = new LinkedHashMap<>();

        private Builder() {}

        public Builder add(String objectValue, Class<? extends StripeObject> type) {
            Objects.requireNonNull(objectValue, "objectValue");
            Objects.requireNonNull(type, "type");
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type.getName() + " is not a generated record");
            }
            Class<?> previous = byObject.putIfAbsent(objectValue, type);
            if (previous != null) {
                throw new IllegalArgumentException(
                        "object \"" + objectValue + "\" is already mapped to " + previous.getName());
            }
            return this;
        }

        public EventObjectTypes build() {
            return new EventObjectTypes(Collections.unmodifiableMap(new LinkedHashMap<>(byObject)));
        }
    }
}
