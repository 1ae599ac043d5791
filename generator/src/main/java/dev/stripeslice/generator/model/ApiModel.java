package dev.stripeslice.generator.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the emitters need, with every OpenAPI decision already made. The name stage {@link #freeze() freezes}
 * it when done; emitters take only a frozen model, and only read it.
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

    public ApiModel {
        types = List.copyOf(types);
        enums = List.copyOf(enums);
        clients = List.copyOf(clients);
        unions = List.copyOf(unions);
    }

    /**
     * Called once, by the name stage when it is done: checks that every part is named and freezes it, so that every
     * mutator of every part throws from then on.
     *
     * @throws IllegalStateException when some part is not named
     */
    public void freeze() {
        ModelFreezer.freeze(this);
    }

    /** Whether the name stage has completed and frozen this model. */
    public boolean frozen() {
        return types.stream().allMatch(ModelPart::frozen)
                && enums.stream().allMatch(ModelPart::frozen)
                && unions.stream().allMatch(ModelPart::frozen)
                && allClients().stream().allMatch(ModelPart::frozen);
    }

    /** Every client of the tree, each before those below it. */
    public List<ClientType> allClients() {
        List<ClientType> all = new ArrayList<>();
        clients.forEach(client -> all.addAll(client.withDescendants()));
        return List.copyOf(all);
    }
}
