package dev.stripeslice.runtime.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a generated sealed interface whose values are one of several Stripe objects (a field whose
 * {@code anyOf} holds several object types, such as a balance transaction's {@code source}).
 * {@link StripeJson#mapper()} decodes such a value by its {@code object} field: to the member
 * record registered for that value, or, for any other value (a type past the section's cut, or one
 * Stripe added later), to {@link #unknown()}, which keeps the JSON whole.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StripeUnion {
    /** The typed members, by their {@code object} value. */
    Member[] members();

    /** A record with one {@link com.fasterxml.jackson.databind.JsonNode} component, implementing {@link UnknownObject}. */
    Class<? extends UnknownObject> unknown();

    /** One typed member. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Member {
        /** The member's {@code object} value, e.g. {@code reserve_transaction}. */
        String object();

        /** The generated record for it. */
        Class<? extends StripeObject> type();
    }
}
