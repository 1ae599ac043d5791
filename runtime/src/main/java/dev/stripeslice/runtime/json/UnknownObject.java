package dev.stripeslice.runtime.json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Stripe object this client does not type, kept as raw JSON: the fallback member of every
 * {@link StripeUnion}. It writes back exactly as it was read.
 */
public interface UnknownObject {
    /** The object's JSON, whole. */
    JsonNode json();

    /** Its {@code object} value ({@code charge}, ...), or {@code ""} when it has none. */
    default String object() {
        return JsonReads.objectValue(json());
    }

    /** Its {@code id}, or {@code null} when it has none. */
    default @org.jspecify.annotations.Nullable String id() {
        JsonNode id = json().get("id");
        return id != null && id.isTextual() ? id.textValue() : null;
    }
}
