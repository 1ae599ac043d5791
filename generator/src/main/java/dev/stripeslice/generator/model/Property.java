package dev.stripeslice.generator.model;

import org.jspecify.annotations.Nullable;

/**
 * One property of an object or params type.
 *
 * @param wireName the name on the wire
 * @param javaName the record component name
 * @param required listed in the schema's {@code required}
 * @param nullable {@code nullable: true} (independent of required in OpenAPI 3.0)
 * @param secret never printed by toString
 * @param clearable a params field Stripe unsets when it receives an empty string
 * @param elementHelper the params builder's {@code addX} (lists) or {@code putX} (maps) method, else null
 * @param clearHelper the params builder's {@code clearX} method for a clearable field, else null
 */
public record Property(
        String wireName,
        String javaName,
        TypeRef type,
        boolean required,
        boolean nullable,
        boolean secret,
        boolean clearable,
        String description,
        String pointer,
        @Nullable String elementHelper,
        @Nullable String clearHelper) {

    /** This property with its builder helpers named. */
    Property withHelpers(@Nullable String elementHelper, @Nullable String clearHelper) {
        return new Property(wireName, javaName, type, required, nullable, secret, clearable, description, pointer,
                elementHelper, clearHelper);
    }
}
