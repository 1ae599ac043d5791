@NullMarked
package dev.stripeslice.generator.maven;

import org.jspecify.annotations.NullMarked;
