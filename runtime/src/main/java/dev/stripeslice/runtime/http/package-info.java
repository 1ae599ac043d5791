/**
 * The HTTP layer: the pluggable {@link dev.stripeslice.runtime.http.HttpTransport} and its two built-ins.
 */
@org.jspecify.annotations.NullMarked
package dev.stripeslice.runtime.http;
