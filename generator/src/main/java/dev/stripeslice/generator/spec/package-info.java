@NullMarked
package dev.stripeslice.generator.spec;

import org.jspecify.annotations.NullMarked;
