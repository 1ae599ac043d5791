package dev.stripeslice.generator.model;

/**
 * One property of an object or params type.
 *
 * @param wireName the name on the wire
 * @param javaName the record component name
 * @param required listed in the schema's {@code required}
 * @param nullable {@code nullable: true} (independent of required in OpenAPI 3.0)
 * @param secret never printed by toString
 * @param clearable a params field Stripe unsets when it receives an empty string
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
        String pointer) {}
