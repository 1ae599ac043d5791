package dev.stripeslice.runtime.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/** The {@code id} of a Stripe object, whatever form it was decoded into. */
public final class ObjectIds {
    private ObjectIds() {}

    /**
     * The string {@code id} of a generated record, of an {@link UnknownObject}, or of a JSON object;
     * null when it has none.
     */
    public static @Nullable String idOf(Object value) {
        if (value instanceof JsonNode) {
            JsonNode id = ((JsonNode) value).get("id");
            return id != null && id.isTextual() ? id.textValue() : null;
        }
        if (value instanceof UnknownObject) {
            return ((UnknownObject) value).id();
        }
        if (RecordShape.isStripeRecord(value.getClass())) {
            return RecordShape.of(value.getClass()).id(value);
        }
        return null;
    }
}
