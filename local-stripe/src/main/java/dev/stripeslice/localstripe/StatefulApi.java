package dev.stripeslice.localstripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Stateful mode's answers: creates store the object stateless mode would answer, and retrieve, update, actions,
 * delete, list and search then work on what was stored. Unknown ids are Stripe's 404 {@code resource_missing}.
 * Callers hold {@link LocalStripe}'s lock.
 */
final class StatefulApi {
    /** List params that page or shape the answer rather than filter it. */
    private static final Set<String> PAGING_PARAMS =
            Set.of("limit", "starting_after", "ending_before", "expand", "page", "query");

    /**
     * One validated request.
     *
     * @param synthesize the answer stateless mode would give, built with the given ids context and expand paths
     */
    record Call(
            RecordedRequest request,
            Router.Match match,
            ObjectNode params,
            Set<String> expand,
            JsonNode schema,
            ExampleSynthesizer synthesizer,
            long seed,
            Synthesis synthesize) {}

    @FunctionalInterface
    interface Synthesis {
        JsonNode of(String idsContext, Set<String> expand);
    }

    private final ObjectStore store;

    StatefulApi(ObjectStore store) {
        this.store = store;
    }

    JsonNode answer(StatefulRoutes.Operation operation, Call call) {
        switch (operation.kind()) {
            case CREATE:
                return create(operation.resource(), call);
            case LIST:
                return list(
                        call,
                        stored -> stored.collection().equals(call.request().path()) && filtersMatch(stored, call));
            case SEARCH:
                SearchQuery query =
                        SearchQuery.parse(call.params().path("query").asText(""));
                return list(
                        call,
                        stored -> stored.resource().equals(operation.resource()) && query.matches(stored.object()));
            case DELETE:
                ObjectStore.Stored deleted = existing(operation.resource(), call);
                store.remove(deleted.object().path("id").asText());
                return call.synthesize().of("delete " + call.request().path(), call.expand());
            default: // RETRIEVE, UPDATE, ACTION
                ObjectStore.Stored stored = existing(operation.resource(), call);
                if (operation.kind() != StatefulRoutes.Kind.RETRIEVE) {
                    JsonNode fresh = call.synthesize()
                            .of(
                                    "update " + store.nextWrite() + " "
                                            + call.request().path(),
                                    Set.of());
                    ObjectMerge.apply(stored.object(), fresh, call.params());
                }
                return expanded(
                        stored.object(),
                        call.expand(),
                        expand ->
                                call.synthesize().of("expand " + call.request().path(), expand));
        }
    }

    private JsonNode create(String resource, Call call) {
        String context = "create " + store.nextWrite() + " " + call.request().path();
        JsonNode created = call.synthesize().of(context, Set.of());
        if (!created.isObject() || !created.path("id").isTextual()) {
            return created;
        }
        ObjectNode object = (ObjectNode) created;
        store.put(
                object.get("id").asText(),
                new ObjectStore.Stored(resource, call.request().path(), object));
        return expanded(object, call.expand(), expand -> call.synthesize().of(context, expand));
    }

    private ObjectStore.Stored existing(String resource, Call call) {
        String id = "";
        for (String value : call.match().pathParams().values()) {
            id = value; // the last one: /v1/customers/{customer}/tax_ids/{id}, /v1/invoices/{invoice}/finalize
        }
        ObjectStore.Stored stored = store.get(id);
        if (stored == null || !stored.resource().equals(resource)) {
            throw new ApiError(
                    404, "invalid_request_error", "resource_missing", "id", "No such " + resource + ": '" + id + "'");
        }
        return stored;
    }

    private JsonNode list(Call call, Predicate<ObjectStore.Stored> filter) {
        Set<String> itemExpand = new HashSet<>();
        for (String path : call.expand()) {
            if (path.startsWith("data.")) {
                itemExpand.add(path.substring("data.".length()));
            }
        }
        JsonNode itemSchema = call.synthesizer().listItemSchema(call.schema());
        List<JsonNode> items = store.newestFirst(filter).stream()
                .map(item -> expanded(
                        item,
                        itemExpand,
                        expand -> itemSchema == null
                                ? item
                                : call.synthesizer()
                                        .synthesize(
                                                itemSchema,
                                                new Ids(
                                                        call.seed(),
                                                        "expand "
                                                                + item.path("id")
                                                                        .asText()),
                                                expand,
                                                call.request().path())))
                .toList();
        return new ListPager(call.synthesizer())
                .page(call.schema(), items, call.params(), call.request().path(), call.seed());
    }

    /** Scalar list params ({@code email}, {@code customer}) keep the objects whose field of that name is equal. */
    private static boolean filtersMatch(ObjectStore.Stored stored, Call call) {
        for (Map.Entry<String, JsonNode> param : call.params().properties()) {
            JsonNode field = stored.object().get(param.getKey());
            if (PAGING_PARAMS.contains(param.getKey()) || param.getValue().isContainerNode() || field == null) {
                continue;
            }
            String actual = field.isObject() ? field.path("id").asText() : field.asText();
            if (field.isNull() || !actual.equals(param.getValue().asText())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A copy of {@code object} with each expand path's id replaced by the stored object with that id, or, when
     * nothing was stored under it (an object the API cannot create), by the synthesised one.
     */
    private JsonNode expanded(ObjectNode object, Set<String> expand, Function<Set<String>, JsonNode> synthesized) {
        ObjectNode copy = object.deepCopy();
        JsonNode fallback = null;
        for (String path : expand) {
            String[] segments = path.split("\\.");
            JsonNode parent = copy;
            for (int i = 0; i < segments.length - 1 && parent != null; i++) {
                parent = parent.get(segments[i]);
            }
            String key = segments[segments.length - 1];
            if (!(parent instanceof ObjectNode) || !parent.path(key).isTextual()) {
                continue;
            }
            String id = parent.get(key).asText();
            ObjectStore.Stored target = store.get(id);
            JsonNode replacement = target == null ? null : target.object().deepCopy();
            if (replacement == null) {
                fallback = fallback != null ? fallback : synthesized.apply(expand);
                JsonNode synthesizedValue = fallback.at("/" + String.join("/", segments));
                replacement =
                        synthesizedValue.isObject() ? ((ObjectNode) synthesizedValue.deepCopy()).put("id", id) : null;
            }
            if (replacement != null) {
                ((ObjectNode) parent).set(key, replacement);
            }
        }
        return copy;
    }
}
