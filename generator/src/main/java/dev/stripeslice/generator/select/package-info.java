@NullMarked
package dev.stripeslice.generator.select;

import org.jspecify.annotations.NullMarked;
