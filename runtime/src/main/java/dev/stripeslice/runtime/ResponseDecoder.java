package dev.stripeslice.runtime;

import com.fasterxml.jackson.databind.JsonMappingException;
import dev.stripeslice.runtime.error.ApiException;
import dev.stripeslice.runtime.error.ErrorInfo;
import dev.stripeslice.runtime.error.StripeException;
import dev.stripeslice.runtime.http.HttpTransport;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Turns the final response of a call into its result: a 2xx body read by the call's {@link BodyReader}, anything
 * else into the matching {@link StripeException}.
 */
final class ResponseDecoder {
    private ResponseDecoder() {}

    /**
     * @param withResponse wrap the value in a {@link StripeResponse} with status and headers
     * @throws StripeException for a non-2xx status, or a body that is not the expected JSON
     */
    static <T> T decode(PreparedCall call, HttpTransport.Response response, BodyReader reader, boolean withResponse) {
        int status = response.status();
        String requestId = RetryingExecutor.requestId(response);
        if (status < 200 || status >= 300) {
            throw ErrorDecoder.fromResponse(call.request(), status, requestId, response.body(), call.apiKey());
        }
        Object value;
        try {
            value = reader.read(response.body());
        } catch (IOException e) {
            throw undecodable(call, status, requestId, reader, e);
        }
        if (value == null) {
            throw new ApiException(
                    call + " returned HTTP " + status + " with an empty JSON value"
                            + ErrorDecoder.requestIdSuffix(requestId),
                    ErrorInfo.of(status, requestId),
                    null);
        }
        @SuppressWarnings("unchecked")
        T result = (T) (withResponse ? new StripeResponse<>(status, requestId, response.headers(), value) : value);
        return result;
    }

    private static ApiException undecodable(
            PreparedCall call, int status, @Nullable String requestId, BodyReader reader, IOException e) {
        // Jackson's own message can quote the body, so only its kind and location are kept.
        String where = e instanceof JsonMappingException ? " at " + ((JsonMappingException) e).getPathReference() : "";
        return new ApiException(
                call + " returned HTTP " + status + " but its body could not be read as "
                        + reader.description() + ": "
                        + e.getClass().getSimpleName() + where
                        + ErrorDecoder.requestIdSuffix(requestId),
                ErrorInfo.of(status, requestId),
                null);
    }
}
