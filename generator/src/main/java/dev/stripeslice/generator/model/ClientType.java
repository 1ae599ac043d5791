package dev.stripeslice.generator.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One node of the client tree: an interface, its HTTP implementation, and an accessor on the node above it (the
 * facade for the top nodes). A node has operations, clients below it, or both.
 */
public final class ClientType extends ModelPart {
    private final Place place;
    private final List<Operation> operations;
    private final List<ClientType> children;
    private final Named simpleName = new Named("client");
    private final Named accessorName = new Named("client accessor");

    ClientType(Place place, List<Operation> operations, List<ClientType> children) {
        super("client", place.toString());
        this.place = place;
        this.operations = List.copyOf(operations);
        this.children = List.copyOf(children);
    }

    /** Where the client sits in the tree, which is what its names come from. */
    public sealed interface Place {
        /** A selected resource's own operations: {@code stripe.customers()}, {@code stripe.checkout().sessions()}. */
        record Resource(String resourceId) implements Place {}

        /** The resources of one namespace ({@code checkout} of {@code checkout.session}): {@code stripe.checkout()}. */
        record Namespace(String namespace) implements Place {}

        /**
         * Operations under a resource's instance path that answer something else, grouped by the path segment after
         * it: {@code /v1/customers/{customer}/tax_ids...} is {@code stripe.customers().taxIds()}.
         */
        record Nested(String parentResourceId, String segment) implements Place {}
    }

    public Place place() {
        return place;
    }

    /** The resource whose paths the client serves (for a nested client, its parent's); for a namespace, its name. */
    public String resourceId() {
        if (place instanceof Place.Resource resource) {
            return resource.resourceId();
        }
        return place instanceof Place.Nested nested ? nested.parentResourceId() : ((Place.Namespace) place).namespace();
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The clients reached from this one, in the order their first operation appears in the spec. */
    public List<ClientType> children() {
        return children;
    }

    /** This client and every client below it, depth first. */
    public List<ClientType> withDescendants() {
        List<ClientType> all = new ArrayList<>();
        all.add(this);
        children.forEach(child -> all.addAll(child.withDescendants()));
        return List.copyOf(all);
    }

    /** The interface name, e.g. {@code CustomerSessionsClient}. */
    public String simpleName() {
        return simpleName.get(resourceId());
    }

    /** The implementation's name, e.g. {@code HttpCustomerSessionsClient}. */
    public String implementationName() {
        return IMPLEMENTATION_PREFIX + simpleName();
    }

    /** The method on the node above that returns it, e.g. {@code customerSessions}. */
    public String accessorName() {
        return accessorName.get(resourceId());
    }

    /** Called once, by the name stage; the implementation takes the interface name with {@code Http} in front. */
    public void name(String simpleName, String accessorName) {
        checkOpen();
        this.simpleName.set(simpleName, resourceId());
        this.accessorName.set(accessorName, resourceId());
    }

    @Override
    void checkNamed() {
        simpleName();
        accessorName();
    }

    public static final String IMPLEMENTATION_PREFIX = "Http";
}
