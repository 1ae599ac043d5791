/**
 * The model: every OpenAPI decision about a section (records, properties and their nullability, enums, unions, client
 * methods), made once by {@link dev.stripeslice.generator.model.ModelBuilder}. The name stage names it and then
 * freezes it ({@link dev.stripeslice.generator.model.ApiModel#freeze()}): emitters get a complete model that no
 * longer changes, and no spec.
 */
@NullMarked
package dev.stripeslice.generator.model;

import org.jspecify.annotations.NullMarked;
