/** The generator core: load a spec, select a section, model it, emit Java, write it. No Maven types here. */
@NullMarked
package dev.stripeslice.generator;

import org.jspecify.annotations.NullMarked;
