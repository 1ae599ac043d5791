package dev.stripeslice.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stripeslice.runtime.error.ApiException;
import dev.stripeslice.runtime.error.AuthenticationException;
import dev.stripeslice.runtime.error.CardException;
import dev.stripeslice.runtime.error.ErrorInfo;
import dev.stripeslice.runtime.error.IdempotencyException;
import dev.stripeslice.runtime.error.InvalidRequestException;
import dev.stripeslice.runtime.error.PermissionException;
import dev.stripeslice.runtime.error.RateLimitException;
import dev.stripeslice.runtime.error.StripeException;
import dev.stripeslice.runtime.json.JsonReads;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Turns a non-2xx response into the matching {@link StripeException}. */
final class ErrorDecoder {
    private ErrorDecoder() {}

    static StripeException fromResponse(
            ApiRequest request, int status, @Nullable String requestId, byte[] body, @Nullable String apiKey) {
        JsonNode error = errorObject(body);
        if (error == null) {
            String what = body.length == 0 ? "an empty body" : "a body that is not a Stripe error object";
            return new ApiException(
                    request + " failed with HTTP " + status + " and " + what + requestIdSuffix(requestId),
                    ErrorInfo.of(status, requestId),
                    null);
        }
        ErrorInfo info = new ErrorInfo(
                status,
                requestId,
                text(error, "type"),
                text(error, "code"),
                text(error, "param"),
                text(error, "doc_url"),
                Redactor.redactNullable(text(error, "message"), apiKey),
                text(error, "decline_code"));
        String message = message(request, info);
        if ("idempotency_error".equals(info.type())) {
            return new IdempotencyException(message, info, null);
        }
        switch (status) {
            case 400:
            case 404:
                return new InvalidRequestException(message, info, null);
            case 401:
                return new AuthenticationException(message, info, null);
            case 402:
                return new CardException(message, info, null);
            case 403:
                return new PermissionException(message, info, null);
            case 429:
                return new RateLimitException(message, info, null);
            default:
                return new ApiException(message, info, null);
        }
    }

    private static @Nullable JsonNode errorObject(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            JsonNode root = JsonReads.read(body, JsonReads::tree);
            JsonNode error = root == null ? null : root.get("error");
            return error != null && error.isObject() ? error : null;
        } catch (IOException e) {
            return null; // not JSON, or cut off: reported without the body
        }
    }

    private static String message(ApiRequest request, ErrorInfo info) {
        StringBuilder out = new StringBuilder();
        out.append(info.message() == null ? "Stripe error" : info.message());
        out.append(" (").append(request).append(": HTTP ").append(info.httpStatus());
        append(out, "type", info.type());
        append(out, "code", info.code());
        append(out, "decline code", info.declineCode());
        append(out, "param", info.param());
        append(out, "request id", info.requestId());
        return out.append(')').toString();
    }

    private static void append(StringBuilder out, String label, @Nullable String value) {
        if (value != null) {
            out.append(", ").append(label).append(' ').append(value);
        }
    }

    static String requestIdSuffix(@Nullable String requestId) {
        return requestId == null ? "" : " (request id " + requestId + ")";
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
