/**
 * Request parameters on the wire: form encoding with Stripe's bracket keys, multipart bodies for uploads, path segments and parameter checks.
 */
@org.jspecify.annotations.NullMarked
package dev.stripeslice.runtime.form;
