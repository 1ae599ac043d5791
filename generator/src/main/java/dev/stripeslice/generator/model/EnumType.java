package dev.stripeslice.generator.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Java enum for one option, shared by every property with the same name and the same values. The model records
 * which records use it; the name stage declares it inside the innermost record that encloses all of them (top
 * level when they lie in different top-level types) and names it and its constants.
 */
public final class EnumType extends ModelPart {
    private final String basis;
    private final List<String> values;
    private final String pointer;
    private final String description;
    private final List<ObjectType> users = new ArrayList<>();
    private final Named name = new Named("enum");
    private @Nullable ObjectType enclosing;
    private @Nullable List<Constant> constants;
    private @Nullable String fallbackName;

    EnumType(String basis, List<String> values, String pointer) {
        this(basis, values, pointer, "");
    }

    EnumType(String basis, List<String> values, String pointer, String description) {
        super("enum", pointer);
        this.basis = basis;
        this.values = List.copyOf(values);
        this.pointer = pointer;
        this.description = description;
    }

    /** What the enum holds, when more than the values of one option; "" otherwise. */
    public String description() {
        return description;
    }

    /** The property name this enum is named after (the singular, for the elements of a list). */
    public String basis() {
        return basis;
    }

    /** The known wire values in spec order, without duplicates. */
    public List<String> values() {
        return values;
    }

    /** Where the values were first declared. */
    public String pointer() {
        return pointer;
    }

    /** The records that have a property of this enum, in the order the model met them. */
    public List<ObjectType> users() {
        return Collections.unmodifiableList(users);
    }

    void addUser(ObjectType user) {
        checkOpen();
        if (!users.contains(user)) {
            users.add(user);
        }
    }

    public String simpleName() {
        return name.get(pointer);
    }

    /** The record this enum is declared in, or null for a top-level enum. */
    public @Nullable ObjectType enclosing() {
        return enclosing;
    }

    /** The known values and their Java constant names, in spec order. */
    public List<Constant> constants() {
        if (constants == null) {
            throw new IllegalStateException("The constants of the enum at " + pointer + " are not named yet");
        }
        return constants;
    }

    /** The constant that stands for values this client does not know yet. */
    public String fallbackName() {
        if (fallbackName == null) {
            throw new IllegalStateException("The constants of the enum at " + pointer + " are not named yet");
        }
        return fallbackName;
    }

    /** Called once, by the name stage: where the enum is declared, its name, its constants' names. */
    public void name(@Nullable ObjectType enclosing, String simpleName, List<Constant> constants, String fallbackName) {
        checkOpen();
        name.set(simpleName, pointer);
        this.enclosing = enclosing;
        if (enclosing != null) {
            enclosing.addNestedEnum(this);
        }
        this.constants = List.copyOf(constants);
        this.fallbackName = fallbackName;
    }

    @Override
    void checkNamed() {
        simpleName();
        fallbackName();
    }

    /** The Java name relative to the package, such as {@code Customer.TaxExempt}. */
    @Override
    public String toString() {
        return enclosing == null ? simpleName() : enclosing + "." + simpleName();
    }

    /** A known value and its Java constant name. */
    public record Constant(String wireValue, String javaName) {}
}
