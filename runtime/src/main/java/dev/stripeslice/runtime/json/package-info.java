/**
 * Stripe objects as JSON: the types generated records, enums and expandable fields are made of, and the lossless Jackson codecs behind {@link dev.stripeslice.runtime.json.StripeJson#mapper()}.
 */
@org.jspecify.annotations.NullMarked
package dev.stripeslice.runtime.json;
