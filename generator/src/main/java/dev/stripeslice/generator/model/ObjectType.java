package dev.stripeslice.generator.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A record to generate: a response object or a params object. Built in steps (the shell first, so that cycles can
 * refer to it, then its properties; the name stage then names it and places enums inside it), and frozen once the
 * model is complete.
 */
public final class ObjectType extends ModelPart {
    public enum Kind {
        RESPONSE,
        PARAMS
    }

    private final Kind kind;
    private final @Nullable ObjectType enclosing;
    private final Origin origin;
    private final String pointer;
    private final String description;
    private final Named name = new Named("record");
    private final List<Property> properties = new ArrayList<>();
    private final List<ObjectType> nested = new ArrayList<>();
    private final List<EnumType> nestedEnums = new ArrayList<>();
    /** The polymorphic fields this record is a member of; it implements their interfaces. */
    private final List<UnionType> unions = new ArrayList<>();
    /** The fields every deleted form of this record has, or null when no answer is a deleted form. */
    private @Nullable Set<String> fieldsSurvivingDeletion;

    ObjectType(Kind kind, @Nullable ObjectType enclosing, Origin origin, String pointer, String description) {
        super("record", pointer);
        this.kind = kind;
        this.enclosing = enclosing;
        this.origin = origin;
        this.pointer = pointer;
        this.description = description;
        if (enclosing != null) {
            enclosing.checkOpen();
            enclosing.nested.add(this);
        }
    }

    public Kind kind() {
        return kind;
    }

    public @Nullable ObjectType enclosing() {
        return enclosing;
    }

    /** The wire names this record is named after. */
    public Origin origin() {
        return origin;
    }

    public String simpleName() {
        return name.get(pointer);
    }

    /** Called once, by the name stage. */
    public void name(String simpleName) {
        checkOpen();
        name.set(simpleName, pointer);
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
        checkOpen();
        properties.add(property);
    }

    /** Whether some field is one Stripe unsets on an empty value: then the params record carries the fields to clear. */
    public boolean hasClearable() {
        return properties.stream().anyMatch(Property::clearable);
    }

    /** Some answer may be a deleted form of this record, which has only {@code surviving} of its fields. */
    void mayBeDeleted(Set<String> surviving) {
        checkOpen();
        if (fieldsSurvivingDeletion == null) {
            fieldsSurvivingDeletion = new TreeSet<>(surviving);
        } else {
            fieldsSurvivingDeletion.retainAll(surviving);
        }
    }

    /** The fields every deleted form of this record has; null when no answer is a deleted form. */
    @Nullable
    Set<String> fieldsSurvivingDeletion() {
        return fieldsSurvivingDeletion == null ? null : Collections.unmodifiableSet(fieldsSurvivingDeletion);
    }

    /** Whether some answer may be this record's deleted form: then it has a {@code deleted} flag. */
    public boolean mayBeDeleted() {
        return fieldsSurvivingDeletion != null;
    }

    /** The unions ({@link UnionType}) this record is a typed member of. */
    public List<UnionType> unions() {
        return Collections.unmodifiableList(unions);
    }

    void addUnion(UnionType union) {
        checkOpen();
        unions.add(union);
    }

    public List<ObjectType> nested() {
        return Collections.unmodifiableList(nested);
    }

    /** The enums declared inside this record: those only this record and the records nested in it use. */
    public List<EnumType> nestedEnums() {
        return Collections.unmodifiableList(nestedEnums);
    }

    void addNestedEnum(EnumType type) {
        checkOpen();
        nestedEnums.add(type);
    }

    @Override
    void checkNamed() {
        simpleName();
    }

    /** The Java name relative to the package, such as {@code CustomerSession.Components}. */
    @Override
    public String toString() {
        return enclosing == null ? simpleName() : enclosing + "." + simpleName();
    }
}
