package dev.stripeslice.generator.name;

import dev.stripeslice.generator.model.ClientType;
import dev.stripeslice.generator.model.EnumType;
import dev.stripeslice.generator.model.ObjectType;
import dev.stripeslice.generator.model.Origin;
import dev.stripeslice.generator.model.UnionType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The names a type may take, from the most natural to the most qualified, all read off its place in the spec: its
 * resource id or schema key, the properties that lead to it, the records around it. Never a counter.
 */
final class TypeCandidates {
    private TypeCandidates() {}

    static boolean isResource(ObjectType type) {
        return type.origin() instanceof Origin.Resource;
    }

    /**
     * A top-level record: a resource by its id, then by its schema key ({@code issuing.card}: {@code IssuingCard});
     * a shared schema by its key; params and inline responses by resource, method and part
     * ({@code CustomerCreateParams}).
     */
    static List<String> topLevel(ObjectType type) {
        Origin origin = type.origin();
        // A key that is a reserved name (a schema called unknown or object) ends in Value: UnknownValue.
        if (origin instanceof Origin.Resource resource) {
            String name = JavaNames.pascal(resource.resourceId());
            return distinct(name, JavaNames.pascal(resource.schemaKey()), name + "Value");
        }
        if (origin instanceof Origin.Schema schema) {
            String name = JavaNames.pascal(schema.schemaKey());
            return distinct(name, name + "Value");
        }
        if (origin instanceof Origin.OperationPart part) {
            // finalizeInvoice (the method named so because finalize is Object's) -> InvoiceFinalizeParams;
            // customers().taxIds().create -> CustomerTaxIdCreateParams
            String resource = JavaNames.pascal(part.resourceId())
                    + (part.segment().isEmpty() ? "" : JavaNames.pascal(JavaNames.singular(part.segment())));
            String method = JavaNames.pascal(part.method());
            String verb = method.endsWith(resource) && method.length() > resource.length()
                    ? method.substring(0, method.length() - resource.length())
                    : method;
            String suffix = JavaNames.pascal(part.part());
            return distinct(resource + verb + suffix, resource + method + suffix);
        }
        return List.of(JavaNames.pascal(((Origin.Member) origin).wireName()));
    }

    /**
     * {@code customer_session} -> {@code CustomerSessionsClient}; the namespace {@code checkout} ->
     * {@code CheckoutClient}; the customer's {@code tax_ids} -> {@code CustomerTaxIdsClient}.
     */
    static List<String> client(ClientType client) {
        if (client.place() instanceof ClientType.Place.Nested nested) {
            String name = JavaNames.pascal(nested.parentResourceId()) + JavaNames.pascal(nested.segment());
            return List.of(
                    name + "Client",
                    JavaNames.pascal(JavaNames.plural(nested.parentResourceId()))
                            + JavaNames.pascal(nested.segment())
                            + "Client");
        }
        if (client.place() instanceof ClientType.Place.Namespace namespace) {
            String name = JavaNames.pascal(namespace.namespace());
            return List.of(name + "Client", name + "NamespaceClient");
        }
        return List.of(JavaNames.pascal(JavaNames.plural(client.resourceId())) + "Client");
    }

    /** A nested record: by its property ({@code Components}), then qualified by its enclosing record. */
    static List<String> nested(ObjectType type) {
        String property = type.origin() instanceof Origin.Alternative alternative
                ? JavaNames.pascal(alternative.wireName()) + JavaNames.pascal(alternative.distinguishingProperty())
                : JavaNames.pascal(wireName(type));
        ObjectType enclosing = type.enclosing();
        return enclosing == null ? List.of(property) : distinct(property, enclosing.simpleName() + property);
    }

    /** A polymorphic field: its record's place and its own name ({@code BalanceTransactionSource}). */
    static List<String> union(UnionType union) {
        StringBuilder place = new StringBuilder();
        for (ObjectType outer = union.owner(); outer != null; outer = outer.enclosing()) {
            place.insert(0, outer.simpleName());
        }
        return List.of(place + JavaNames.pascal(union.wireName()));
    }

    /**
     * An enum by its property ({@code Network}); when that is taken, qualified by the records from its first user
     * outwards ({@code CardNetwork}, then {@code PaymentMethodOptionsCardNetwork}), up to where it is declared. A
     * top-level enum then tries the schema or path that declares it ({@code ChargeStatus}).
     */
    static List<String> enumType(EnumType type, @Nullable ObjectType enclosing) {
        String basis = JavaNames.pascal(type.basis());
        List<String> candidates = new ArrayList<>();
        candidates.add(basis);
        String qualifier = "";
        if (!type.users().isEmpty()) {
            for (ObjectType outer = type.users().get(0);
                    outer != null && outer != enclosing;
                    outer = outer.enclosing()) {
                qualifier = outer.simpleName() + qualifier;
                candidates.add(qualifier + basis);
            }
        }
        if (enclosing != null) {
            candidates.add(enclosing.simpleName() + basis);
        } else {
            candidates.add(JavaNames.pascal(declaringPlace(type.pointer())) + qualifier + basis);
        }
        return distinct(candidates.toArray(String[]::new));
    }

    /**
     * The schema or path an enum was declared under, e.g. {@code charge} for {@code /components/schemas/charge/...},
     * {@code checkout_sessions} for {@code /paths/~1v1~1checkout~1sessions/post/...}.
     */
    static String declaringPlace(String pointer) {
        String[] tokens = pointer.split("/");
        if (tokens.length > 3 && tokens[1].equals("components")) {
            return tokens[3];
        }
        if (tokens.length > 2 && tokens[1].equals("paths")) {
            List<String> segments = new ArrayList<>();
            for (String segment :
                    tokens[2].replace("~1", "/").replace("~0", "~").split("/")) {
                if (!segment.isEmpty() && !segment.equals("v1") && !segment.startsWith("{")) {
                    segments.add(segment);
                }
            }
            return String.join("_", segments);
        }
        return tokens.length > 2 ? tokens[2] : "";
    }

    private static String wireName(ObjectType type) {
        return type.origin() instanceof Origin.Member member ? member.wireName() : "";
    }

    private static List<String> distinct(String... names) {
        return List.copyOf(new LinkedHashSet<>(List.of(names)));
    }
}
