/** What changed for users between two specs: a compact model summary kept between runs, and a Markdown report. */
@NullMarked
package dev.stripeslice.generator.report;

import org.jspecify.annotations.NullMarked;
