package dev.stripeslice.localstripe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** The objects stateful mode created, by id, in creation order. Not thread-safe: {@link LocalStripe} locks it. */
final class ObjectStore {
    /**
     * @param collection the raw path the object was created at ({@code /v1/customers/cus_1/tax_ids}), which lists it
     */
    record Stored(String resource, String collection, ObjectNode object) {}

    private final Map<String, Stored> byId = new LinkedHashMap<>();
    private long writes;

    /** A number that grows with every write, so two identical creates (or updates) still get different ids. */
    long nextWrite() {
        return ++writes;
    }

    void put(String id, Stored stored) {
        byId.put(id, stored);
    }

    @Nullable
    Stored get(String id) {
        return byId.get(id);
    }

    void remove(String id) {
        byId.remove(id);
    }

    /** Matching objects, newest first (the order Stripe lists in). */
    List<ObjectNode> newestFirst(Predicate<Stored> filter) {
        List<ObjectNode> found = new ArrayList<>();
        for (Stored stored : byId.values()) {
            if (filter.test(stored)) {
                found.add(stored.object());
            }
        }
        Collections.reverse(found);
        return found;
    }

    void clear() {
        byId.clear();
        writes = 0;
    }
}
