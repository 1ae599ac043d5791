package dev.stripeslice.generator.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stripeslice.generator.select.Section;
import dev.stripeslice.generator.spec.EventTypeList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a client needs to read webhook events: which record an event's {@code data.object} decodes into, by its
 * {@code object} value, and the event types as an open enum when the spec lists them.
 *
 * @param objects the section's resources that carry a one-value {@code object} enum, in document order, each
 *     {@code object} value once
 * @param eventType the {@code EventType} enum, or null when the spec lists no event types
 */
public record WebhookModel(
        List<EventObject> objects, @Nullable EnumType eventType) {
    /** A resource record and the {@code object} value that selects it. */
    public record EventObject(String objectValue, ObjectType type) {}

    public WebhookModel {
        objects = List.copyOf(objects);
    }

    static WebhookModel of(Section section, Map<String, ObjectType> bySchema, @Nullable EventTypeList eventTypes) {
        Map<String, EventObject> byObject = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> schema : section.schemas().entrySet()) {
            ObjectType type = bySchema.get(schema.getKey());
            String resourceId = schema.getValue().path("x-resourceId").asText("");
            JsonNode objectEnum =
                    schema.getValue().path("properties").path("object").path("enum");
            if (type == null
                    || resourceId.isEmpty()
                    || objectEnum.size() != 1
                    || !objectEnum.get(0).isTextual()) {
                continue;
            }
            String objectValue = objectEnum.get(0).textValue();
            EventObject candidate = new EventObject(objectValue, type);
            // deleted_customer also says "customer": the resource named like its object value wins.
            byObject.merge(objectValue, candidate, (first, second) -> resourceId.equals(objectValue) ? second : first);
        }
        return new WebhookModel(new ArrayList<>(byObject.values()), eventTypes == null ? null : eventType(eventTypes));
    }

    /** The event types as an open enum; the name stage names it ({@code EventType}) and its constants. */
    private static EnumType eventType(EventTypeList list) {
        return new EnumType(
                "event_type",
                List.copyOf(new LinkedHashSet<>(list.values())),
                list.pointer(),
                "Stripe's webhook event types (an event's type), as this spec lists them.");
    }
}
