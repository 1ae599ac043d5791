package dev.stripeslice.generator.model;

import java.util.List;

/** The operations of one resource, as a client interface, its HTTP implementation and a facade accessor. */
public final class ClientType extends ModelPart {
    private final String resourceId;
    private final List<Operation> operations;
    private final Named simpleName = new Named("client");
    private final Named accessorName = new Named("client accessor");

    ClientType(String resourceId, List<Operation> operations) {
        super("client of the resource", resourceId);
        this.resourceId = resourceId;
        this.operations = List.copyOf(operations);
    }

    public String resourceId() {
        return resourceId;
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The interface name, e.g. {@code CustomerSessionsClient}. */
    public String simpleName() {
        return simpleName.get(resourceId);
    }

    /** The implementation's name, e.g. {@code HttpCustomerSessionsClient}. */
    public String implementationName() {
        return IMPLEMENTATION_PREFIX + simpleName();
    }

    /** The method on the facade that returns it, e.g. {@code customerSessions}. */
    public String accessorName() {
        return accessorName.get(resourceId);
    }

    /** Called once, by the name stage; the implementation takes the interface name with {@code Http} in front. */
    public void name(String simpleName, String accessorName) {
        checkOpen();
        this.simpleName.set(simpleName, resourceId);
        this.accessorName.set(accessorName, resourceId);
    }

    @Override
    void checkNamed() {
        simpleName();
        accessorName();
    }

    public static final String IMPLEMENTATION_PREFIX = "Http";
}
