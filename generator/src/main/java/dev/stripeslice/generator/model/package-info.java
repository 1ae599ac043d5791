@NullMarked
package dev.stripeslice.generator.model;

import org.jspecify.annotations.NullMarked;
