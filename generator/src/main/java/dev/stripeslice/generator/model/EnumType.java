package dev.stripeslice.generator.model;

import java.util.List;

/**
 * A Java enum for one option, shared by every property with the same name and the same values. Its name is
 * final once the model is complete (the namer may qualify it when two options share a property name).
 */
public final class EnumType {
    private String simpleName;
    private final String basis;
    private final List<Constant> constants;
    private final String fallbackName;
    private final String pointer;
    private final String description;

    EnumType(String simpleName, String basis, List<Constant> constants, String fallbackName, String pointer) {
        this(simpleName, basis, constants, fallbackName, pointer, "");
    }

    EnumType(String simpleName, String basis, List<Constant> constants, String fallbackName, String pointer,
            String description) {
        this.simpleName = simpleName;
        this.basis = basis;
        this.constants = List.copyOf(constants);
        this.fallbackName = fallbackName;
        this.pointer = pointer;
        this.description = description;
    }

    public String simpleName() {
        return simpleName;
    }

    void rename(String simpleName) {
        this.simpleName = simpleName;
    }

    /** The property name this enum was named after. */
    public String basis() {
        return basis;
    }

    /** The known values in spec order. */
    public List<Constant> constants() {
        return constants;
    }

    /** The constant that stands for values this client does not know yet. */
    public String fallbackName() {
        return fallbackName;
    }

    /** What the enum holds, when more than the values of one option; "" otherwise. */
    public String description() {
        return description;
    }

    /** Where the values were first declared. */
    public String pointer() {
        return pointer;
    }

    /** A known value and its Java constant name. */
    public record Constant(String wireValue, String javaName) {}
}
