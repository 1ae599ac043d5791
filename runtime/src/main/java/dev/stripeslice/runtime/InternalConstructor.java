package dev.stripeslice.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the canonical constructor of a generated record as outside the client's API: it gains a parameter whenever
 * Stripe adds a field, and that is a minor release. Build records with their {@code builder()} (and response records
 * also with {@code toBuilder()}), whose methods only ever get added.
 *
 * <p>Kept in the class files so that API checkers can leave these constructors out: with japicmp,
 * {@code <exclude>@dev.stripeslice.runtime.InternalConstructor</exclude>}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.CONSTRUCTOR)
public @interface InternalConstructor {}
