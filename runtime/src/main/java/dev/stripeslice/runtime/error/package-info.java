/**
 * The exceptions a Stripe call fails with, typed from Stripe's error body.
 */
@org.jspecify.annotations.NullMarked
package dev.stripeslice.runtime.error;
