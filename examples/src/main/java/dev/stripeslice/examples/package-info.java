/** Runnable programs that use the generated Customer Session client. */
@NullMarked
package dev.stripeslice.examples;

import org.jspecify.annotations.NullMarked;
