/**
 * What the generator remembers between runs, in the output directory: the fingerprint of its inputs (so an
 * unchanged build does nothing) and a compact summary of the previous model (so a changed spec gets a report).
 */
@NullMarked
package dev.stripeslice.generator.state;

import org.jspecify.annotations.NullMarked;
