package dev.stripeslice.runtime.json;

/**
 * A generated response record. Its components carry {@code @JsonProperty} wire names, and its
 * last component is {@code JsonExtras extras}, which keeps whatever the record cannot represent
 * so that a decoded object encodes back to the same JSON.
 */
public interface StripeObject {
    JsonExtras extras();
}
