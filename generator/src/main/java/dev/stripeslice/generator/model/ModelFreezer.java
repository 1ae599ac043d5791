package dev.stripeslice.generator.model;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Freezes every part of a model, reached the way the name stage reaches them: the records and everything nested in
 * them, the enums, the unions, the clients and the webhook event types.
 */
final class ModelFreezer {
    private final Set<ModelPart> frozen = Collections.newSetFromMap(new IdentityHashMap<>());

    private ModelFreezer() {}

    static void freeze(ApiModel model) {
        ModelFreezer freezer = new ModelFreezer();
        model.types().forEach(freezer::freeze);
        model.enums().forEach(freezer::freeze);
        model.unions().forEach(freezer::freeze);
        freezer.freeze(model.webhooks().eventType());
        for (ClientType client : model.allClients()) {
            freezer.freeze(client);
            client.operations().forEach(operation -> freezer.freeze(operation.params()));
        }
    }

    private void freeze(@Nullable ModelPart part) {
        if (part == null || !frozen.add(part)) {
            return;
        }
        part.freeze();
        if (part instanceof ObjectType type) {
            type.properties().forEach(this::freeze);
            type.nested().forEach(this::freeze);
            type.nestedEnums().forEach(this::freeze);
        }
    }
}
