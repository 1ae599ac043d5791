package dev.stripeslice.generator.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The webhook event types a spec lists. Stripe's whole spec lists them once, as the values a webhook endpoint's
 * {@code enabled_events} accepts (less the {@code *} wildcard); a section extracted by stripe-slice carries them in
 * the root extension {@link #EXTENSION}, with the pointer they were copied from, so that both generate the same
 * {@code EventType} enum.
 *
 * @param values the event types, in the spec's order, each once
 * @param pointer where the whole spec lists them
 */
public record EventTypeList(List<String> values, String pointer) {
    public static final String EXTENSION = "x-stripeSliceEventTypes";
    static final String ENABLED_EVENTS = "/paths/~1v1~1webhook_endpoints/post/requestBody/content/"
            + "application~1x-www-form-urlencoded/schema/properties/enabled_events/items/enum";
    private static final String WILDCARD = "*";

    public EventTypeList {
        values = List.copyOf(values);
    }

    /** The event types {@code root} lists, if it lists any. */
    public static Optional<EventTypeList> of(JsonNode root) {
        JsonNode extension = root.path(EXTENSION);
        if (extension.isObject()) {
            return of(extension.path("values"), extension.path("source").asText(ENABLED_EVENTS));
        }
        return of(root.at(ENABLED_EVENTS), ENABLED_EVENTS);
    }

    private static Optional<EventTypeList> of(JsonNode enumValues, String pointer) {
        Set<String> values = new LinkedHashSet<>();
        for (JsonNode value : enumValues) {
            if (value.isTextual()
                    && !value.textValue().isEmpty()
                    && !value.textValue().equals(WILDCARD)) {
                values.add(value.textValue());
            }
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(new EventTypeList(new ArrayList<>(values), pointer));
    }

    /** The value of {@link #EXTENSION} in an extract. */
    public ObjectNode toExtension() {
        ObjectNode extension = JsonNodeFactory.instance.objectNode();
        extension.put("description", "Webhook event types, copied by stripe-slice from the whole spec at source.");
        extension.put("source", pointer);
        values.forEach(extension.putArray("values")::add);
        return extension;
    }
}
