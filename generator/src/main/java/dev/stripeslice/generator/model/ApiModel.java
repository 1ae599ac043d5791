package dev.stripeslice.generator.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the emitters need, with every OpenAPI decision already made.
 *
 * @param specName the spec file as named in headers
 * @param apiVersion Stripe's API version ({@code info.version})
 * @param types top-level records in emission order (nested records hang off them)
 * @param enums shared enums
 * @param clients the top of the client tree: one per selected resource that has operations, those of a namespace
 *     ({@code checkout.session}) in one for their namespace
 * @param unions polymorphic fields, each a sealed interface
 * @param webhooks what reading webhook events needs
 */
public record ApiModel(
        String specName,
        String apiVersion,
        List<ObjectType> types,
        List<EnumType> enums,
        List<ClientType> clients,
        List<UnionType> unions,
        WebhookModel webhooks) {

    public ApiModel(
            String specName,
            String apiVersion,
            List<ObjectType> types,
            List<EnumType> enums,
            List<ClientType> clients) {
        this(specName, apiVersion, types, enums, clients, List.of(), new WebhookModel(List.of(), null));
    }

    /** Every client of the tree, each before those below it. */
    public List<ClientType> allClients() {
        List<ClientType> all = new ArrayList<>();
        clients.forEach(client -> all.addAll(client.withDescendants()));
        return all;
    }
}
