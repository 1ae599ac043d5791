package dev.stripeslice.generator.model;

import java.util.List;

/**
 * A field whose {@code anyOf} holds several Stripe object types (a balance transaction's {@code source}): a sealed
 * interface, named by its place, that the typed member records implement, plus an {@code Unknown} member keeping the
 * raw JSON of every other {@code object} value (types past the section's cut, types Stripe adds later).
 *
 * @param simpleName the interface name, e.g. {@code BalanceTransactionSource}
 * @param members the members inside the section, by their {@code object} value, in the spec's order
 * @param untypedObjects the {@code object} values of members past the cut, which decode as {@code Unknown}
 * @param pointer the JSON pointer of the {@code anyOf}
 */
public record UnionType(String simpleName, List<Member> members, List<String> untypedObjects, String pointer,
        String description) {

    /** A typed member: the record decoded when the {@code object} field is {@code objectValue}. */
    public record Member(String objectValue, ObjectType type) {}
}
