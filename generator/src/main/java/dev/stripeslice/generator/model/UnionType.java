package dev.stripeslice.generator.model;

import java.util.List;

/**
 * A field whose {@code anyOf} holds several Stripe object types (a balance transaction's {@code source}): a sealed
 * interface, named by its place, that the typed member records implement, plus an {@code Unknown} member keeping the
 * raw JSON of every other {@code object} value (types past the section's cut, types Stripe adds later).
 */
public final class UnionType extends ModelPart {
    private final ObjectType owner;
    private final String wireName;
    private final List<Member> members;
    private final List<String> untypedObjects;
    private final String pointer;
    private final String description;
    private final Named name = new Named("union");

    /**
     * @param owner the record whose field this is
     * @param wireName the field's name
     * @param members the members inside the section, by their {@code object} value, in the spec's order
     * @param untypedObjects the {@code object} values of members past the cut, which decode as {@code Unknown}
     * @param pointer the JSON pointer of the {@code anyOf}
     */
    UnionType(
            ObjectType owner,
            String wireName,
            List<Member> members,
            List<String> untypedObjects,
            String pointer,
            String description) {
        super("union", pointer);
        this.owner = owner;
        this.wireName = wireName;
        this.members = List.copyOf(members);
        this.untypedObjects = List.copyOf(untypedObjects);
        this.pointer = pointer;
        this.description = description;
    }

    public ObjectType owner() {
        return owner;
    }

    public String wireName() {
        return wireName;
    }

    /** The interface name, e.g. {@code BalanceTransactionSource}. */
    public String simpleName() {
        return name.get(pointer);
    }

    /** Called once, by the name stage. */
    public void name(String simpleName) {
        checkOpen();
        name.set(simpleName, pointer);
    }

    public List<Member> members() {
        return members;
    }

    public List<String> untypedObjects() {
        return untypedObjects;
    }

    public String pointer() {
        return pointer;
    }

    public String description() {
        return description;
    }

    @Override
    void checkNamed() {
        simpleName();
    }

    /** A typed member: the record decoded when the {@code object} field is {@code objectValue}. */
    public record Member(String objectValue, ObjectType type) {}
}
