package dev.stripeslice.generator.model;

import java.util.List;

/**
 * The operations of one resource, as a client interface and its HTTP implementation.
 *
 * @param simpleName the interface name, e.g. {@code CustomerSessionsClient}
 * @param accessorName the method on the facade that returns it, e.g. {@code customerSessions}
 */
public record ClientType(String simpleName, String accessorName, String resourceId, List<Operation> operations) {}
