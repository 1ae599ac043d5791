/**
 * The name stage: the only place Java names are made. It runs once the model is complete and gives every type,
 * record component, builder method and enum constant its name from its place in the tree, allocating names per
 * scope so that nothing needs a counter.
 */
@NullMarked
package dev.stripeslice.generator.name;

import org.jspecify.annotations.NullMarked;
