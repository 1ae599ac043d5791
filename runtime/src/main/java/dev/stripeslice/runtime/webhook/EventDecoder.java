package dev.stripeslice.runtime.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stripeslice.runtime.json.StripeJson;
import dev.stripeslice.runtime.json.StripeObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/** Reads an event body: the envelope field by field, {@code data.object} by its {@code object} value. */
final class EventDecoder {
    private final EventObjectTypes objectTypes;

    EventDecoder(EventObjectTypes objectTypes) {
        this.objectTypes = objectTypes;
    }

    Event decode(byte[] payload) throws WebhookException {
        JsonNode root;
        try {
            root = StripeJson.mapper().readTree(payload);
        } catch (JsonProcessingException e) {
            throw malformed("", "is not JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a byte array failed", e);
        }
        if (root == null || !root.isObject()) {
            throw malformed("", "is not a JSON object");
        }
        String object = text(root, "object");
        if (!object.equals("event")) {
            throw malformed("/object", "is \"" + object + "\", not \"event\"");
        }
        JsonNode data = root.get("data");
        if (data == null || !data.isObject()) {
            throw malformed("/data", "is missing or not an object");
        }
        JsonNode dataObject = data.get("object");
        if (dataObject == null || !dataObject.isObject()) {
            throw malformed("/data/object", "is missing or not an object");
        }
        JsonNode previous = data.get("previous_attributes");
        return new Event(
                text(root, "id"),
                text(root, "type"),
                integer(root, "created"),
                bool(root, "livemode"),
                optionalText(root, "api_version", "/api_version"),
                request(root.get("request")),
                integer(root, "pending_webhooks"),
                optionalText(root, "account", "/account"),
                new Event.Data(typed(dataObject), previous == null || previous.isNull() ? null : previous));
    }

    private Object typed(JsonNode dataObject) throws WebhookException {
        JsonNode objectValue = dataObject.get("object");
        Class<? extends StripeObject> type =
                objectValue != null && objectValue.isTextual() ? objectTypes.typeOf(objectValue.textValue()) : null;
        if (type == null) {
            return new Event.Unknown(dataObject);
        }
        try {
            return StripeJson.mapper().treeToValue(dataObject, type);
        } catch (JsonProcessingException e) {
            throw malformed(
                    "/data/object",
                    "does not decode as " + type.getSimpleName() + " (" + e.getOriginalMessage() + ")",
                    e);
        }
    }

    /** Since API version 2017-05-25 an object; before, the request id as a string. */
    private static Event.@Nullable Request request(@Nullable JsonNode request) throws WebhookException {
        if (request == null || request.isNull()) {
            return null;
        }
        if (request.isTextual()) {
            return new Event.Request(request.textValue(), null);
        }
        if (!request.isObject()) {
            throw malformed("/request", "is neither an object nor a request id");
        }
        return new Event.Request(
                optionalText(request, "id", "/request/id"),
                optionalText(request, "idempotency_key", "/request/idempotency_key"));
    }

    private static String text(JsonNode node, String name) throws WebhookException {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual()) {
            throw malformed("/" + name, "is missing or not a string");
        }
        return value.textValue();
    }

    private static @Nullable String optionalText(JsonNode node, String name, String pointer) throws WebhookException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw malformed(pointer, "is not a string");
        }
        return value.textValue();
    }

    private static long integer(JsonNode node, String name) throws WebhookException {
        JsonNode value = node.get(name);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw malformed("/" + name, "is missing or not an integer");
        }
        return value.longValue();
    }

    private static boolean bool(JsonNode node, String name) throws WebhookException {
        JsonNode value = node.get(name);
        if (value == null || !value.isBoolean()) {
            throw malformed("/" + name, "is missing or not a boolean");
        }
        return value.booleanValue();
    }

    private static WebhookException malformed(String pointer, String what) {
        return new WebhookException(WebhookException.Reason.MALFORMED_PAYLOAD, message(pointer, what));
    }

    private static WebhookException malformed(String pointer, String what, Throwable cause) {
        return new WebhookException(WebhookException.Reason.MALFORMED_PAYLOAD, message(pointer, what), cause);
    }

    private static String message(String pointer, String what) {
        return "The webhook body is not a Stripe event: " + (pointer.isEmpty() ? "the body" : "#" + pointer) + " "
                + what;
    }
}
