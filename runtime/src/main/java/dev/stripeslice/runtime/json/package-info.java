/**
 * Stripe objects as JSON: the types generated records, enums and expandable fields are made of; {@link dev.stripeslice.runtime.json.JsonInput} and the readers that generated clients decode responses with; and the lossless Jackson codecs behind {@link dev.stripeslice.runtime.json.StripeJson#mapper()}, which read the same JSON to the same records.
 */
@org.jspecify.annotations.NullMarked
package dev.stripeslice.runtime.json;
