package dev.stripeslice.generator.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A record to generate: a response object or a params object. Built in two steps (the shell first, so that
 * cycles can refer to it, then its properties), and read-only once the model is complete.
 */
public final class ObjectType {
    public enum Kind { RESPONSE, PARAMS }

    private final Kind kind;
    private final @Nullable ObjectType enclosing;
    private final String pointer;
    private final String description;
    private String simpleName;
    private final List<Property> properties = new ArrayList<>();
    private final List<ObjectType> nested = new ArrayList<>();
    /** The polymorphic fields this record is a member of; it implements their interfaces. */
    private final List<UnionType> unions = new ArrayList<>();

    ObjectType(Kind kind, @Nullable ObjectType enclosing, String simpleName, String pointer, String description) {
        this.kind = kind;
        this.enclosing = enclosing;
        this.simpleName = simpleName;
        this.pointer = pointer;
        this.description = description;
        if (enclosing != null) {
            enclosing.nested.add(this);
        }
    }

    public Kind kind() {
        return kind;
    }

    public @Nullable ObjectType enclosing() {
        return enclosing;
    }

    public String simpleName() {
        return simpleName;
    }

    void rename(String simpleName) {
        this.simpleName = simpleName;
    }

    /** The JSON pointer of the schema this type comes from. */
    public String pointer() {
        return pointer;
    }

    public String description() {
        return description;
    }

    public List<Property> properties() {
        return Collections.unmodifiableList(properties);
    }

    void addProperty(Property property) {
        properties.add(property);
    }

    /** Gives the properties their builder helpers' names, once every property is known. */
    void nameHelpers(MemberNames members) {
        List<Property> named = members.withHelpers(properties);
        properties.clear();
        properties.addAll(named);
    }

    /** Whether some field is one Stripe unsets on an empty value: then the params record carries the fields to clear. */
    public boolean hasClearable() {
        return properties.stream().anyMatch(Property::clearable);
    }

    /** The unions ({@link UnionType}) this record is a typed member of. */
    public List<UnionType> unions() {
        return Collections.unmodifiableList(unions);
    }

    void addUnion(UnionType union) {
        unions.add(union);
    }

    public List<ObjectType> nested() {
        return Collections.unmodifiableList(nested);
    }

    /**
     * Names taken inside this type's body: nested types and the enclosing chain (Java forbids reusing those),
     * compared ignoring case because each nested type is a class file of its own.
     */
    boolean nameTakenInside(String name) {
        for (ObjectType type : nested) {
            if (type.simpleName.equalsIgnoreCase(name)) {
                return true;
            }
        }
        for (ObjectType outer = this; outer != null; outer = outer.enclosing) {
            if (outer.simpleName.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return enclosing == null ? simpleName : enclosing + "." + simpleName;
    }
}
