package dev.stripeslice.generator.model;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One property of an object or params type. Its Java names (the record component, and for params the builder's
 * element and clearing helpers) are set once by the name stage.
 */
public final class Property extends ModelPart {
    private final String wireName;
    private final TypeRef type;
    private final boolean required;
    private final boolean nullable;
    private final boolean secret;
    private final boolean clearable;
    private final String description;
    private final String pointer;
    private final Set<Check> checks;
    private boolean missingWhenDeleted;
    private final Named javaName = new Named("property");
    private @Nullable String elementHelper;
    private @Nullable String clearHelper;

    /**
     * @param wireName the name on the wire
     * @param required listed in the schema's {@code required}
     * @param nullable {@code nullable: true} (independent of required in OpenAPI 3.0)
     * @param secret never printed by toString
     * @param clearable a params field Stripe unsets when it receives an empty string
     * @param checks what a params record checks when it is built
     */
    Property(
            String wireName,
            TypeRef type,
            boolean required,
            boolean nullable,
            boolean secret,
            boolean clearable,
            String description,
            String pointer,
            Set<Check> checks) {
        super("property", pointer);
        this.wireName = wireName;
        this.type = type;
        this.required = required;
        this.nullable = nullable;
        this.secret = secret;
        this.clearable = clearable;
        this.description = description;
        this.pointer = pointer;
        this.checks = Set.copyOf(checks);
    }

    /** What a params record checks about a field when it is built. */
    public enum Check {
        /** Must be set (unless it is being cleared): {@code required} and not {@code nullable}. */
        REQUIRED,
        /**
         * Must not be empty when set: Stripe reads an empty string, list or map as "unset", and an empty object that
         * is required as missing.
         */
        NOT_EMPTY
    }

    /**
     * Whether the Java value may be null: the field is optional, {@code nullable}, or missing from a deleted form the
     * record may arrive as.
     */
    public boolean mayBeNull() {
        return !required || nullable || missingWhenDeleted;
    }

    /** The record may arrive as its deleted form, which lacks this field. */
    void mayBeMissingWhenDeleted() {
        checkOpen();
        missingWhenDeleted = true;
    }

    /** The checks a params record makes when built; none for response records. */
    public Set<Check> checks() {
        return checks;
    }

    public String wireName() {
        return wireName;
    }

    public TypeRef type() {
        return type;
    }

    public boolean required() {
        return required;
    }

    public boolean nullable() {
        return nullable;
    }

    public boolean secret() {
        return secret;
    }

    public boolean clearable() {
        return clearable;
    }

    public String description() {
        return description;
    }

    public String pointer() {
        return pointer;
    }

    /** The record component (and builder setter) name. */
    public String javaName() {
        return javaName.get(pointer);
    }

    /**
     * The params builder's one-element helper: {@code addExpand} for a list, {@code putMetadata} for a map; null for
     * other types and for response records.
     */
    public @Nullable String elementHelper() {
        return elementHelper;
    }

    /** The params builder's {@code clearX()} for a clearable field; null otherwise. */
    public @Nullable String clearHelper() {
        return clearHelper;
    }

    /** Called once, by the name stage. */
    public void name(String javaName, @Nullable String elementHelper, @Nullable String clearHelper) {
        checkOpen();
        this.javaName.set(javaName, pointer);
        this.elementHelper = elementHelper;
        this.clearHelper = clearHelper;
    }

    @Override
    void checkNamed() {
        javaName();
    }
}
