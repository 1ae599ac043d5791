/**
 * An in-process fake of the Stripe API for tests: routes, validates and answers requests from an
 * OpenAPI spec, records what it received and injects faults on demand. Start one with
 * {@link dev.stripeslice.localstripe.LocalStripe#start(java.nio.file.Path)}.
 */
@org.jspecify.annotations.NullMarked
package dev.stripeslice.localstripe;
