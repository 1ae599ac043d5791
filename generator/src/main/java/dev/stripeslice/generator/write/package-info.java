@NullMarked
package dev.stripeslice.generator.write;

import org.jspecify.annotations.NullMarked;
