package dev.stripeslice.localstripe;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/** A Stripe-shaped error answer; thrown by the request pipeline and rendered by the handler. */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final @Nullable String code;
    private final @Nullable String param;

    ApiError(int status, String type, @Nullable String code, @Nullable String param, String message) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.code = code;
        this.param = param;
    }

    static ApiError invalidRequest(@Nullable String code, @Nullable String param, String message) {
        return new ApiError(400, "invalid_request_error", code, param, message);
    }

    int status() {
        return status;
    }

    @Nullable
    String code() {
        return code;
    }

    @Nullable
    String param() {
        return param;
    }

    ObjectNode toJson() {
        ObjectNode error = JsonNodeFactory.instance.objectNode();
        if (code != null) {
            error.put("code", code);
            error.put("doc_url", "https://stripe.com/docs/error-codes/" + code.replace('_', '-'));
        }
        error.put("message", getMessage());
        if (param != null) {
            error.put("param", param);
        }
        error.put("type", type);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("error", error);
        return body;
    }
}
