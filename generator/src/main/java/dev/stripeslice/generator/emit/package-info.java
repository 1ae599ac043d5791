@NullMarked
package dev.stripeslice.generator.emit;

import org.jspecify.annotations.NullMarked;
