/**
 * A JUnit Jupiter extension that runs {@link dev.stripeslice.localstripe.LocalStripe} for a test class and hands
 * tests a client pointed at it. Needs {@code junit-jupiter-api} and {@code stripe-slice-runtime} on the test
 * classpath (both are there in any project that tests a generated client with JUnit).
 */
@org.jspecify.annotations.NullMarked
package dev.stripeslice.localstripe.junit;
