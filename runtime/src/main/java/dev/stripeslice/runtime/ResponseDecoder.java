package dev.stripeslice.runtime;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.stripeslice.runtime.error.ApiException;
import dev.stripeslice.runtime.error.ErrorInfo;
import dev.stripeslice.runtime.error.StripeException;
import dev.stripeslice.runtime.http.HttpTransport;
import dev.stripeslice.runtime.json.StripeJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Turns the final response of a call into its result: a 2xx body decoded as the response type (or
 * handed over as bytes for non-JSON bodies), anything else into the matching {@link StripeException}.
 *
 * <p>Each response type gets one {@link ObjectReader}, built once. The first call with a type builds it
 * on a thread of its own while the request is on the wire, because building it (the shared mapper
 * first, then a codec for every record the type reaches) takes longer than a round trip in a fresh
 * JVM.
 */
final class ResponseDecoder {
    private static final Executor BUILDER_THREAD = task -> {
        Thread thread = new Thread(task, "stripe-slice-decoder-setup");
        thread.setDaemon(true);
        thread.start();
    };

    /** Whether some decoder in this JVM has started building the shared mapper. */
    private static final AtomicBoolean MAPPER_STARTED = new AtomicBoolean();

    private final Map<JavaType, CompletableFuture<ObjectReader>> readers = new ConcurrentHashMap<>();

    /**
     * Starts building the shared mapper on a thread of its own, once per JVM, so that a client made at
     * start-up has it ready (or nearly) by its first call.
     */
    ResponseDecoder() {
        if (MAPPER_STARTED.compareAndSet(false, true)) {
            BUILDER_THREAD.execute(StripeJson::mapper);
        }
    }

    /** The reader for {@code responseType}; start this before sending so that building it overlaps. */
    CompletableFuture<ObjectReader> readerFor(JavaType responseType) {
        CompletableFuture<ObjectReader> reader = readers.get(responseType);
        if (reader != null) {
            return reader;
        }
        return readers.computeIfAbsent(
                responseType,
                type -> CompletableFuture.supplyAsync(() -> StripeJson.mapper().readerFor(type), BUILDER_THREAD));
    }

    /**
     * @param withResponse wrap the value in a {@link StripeResponse} with status and headers
     * @throws StripeException for a non-2xx status, or a body that is not the expected JSON
     */
    <T> T decode(
            PreparedCall call,
            HttpTransport.Response response,
            JavaType responseType,
            CompletableFuture<ObjectReader> reader,
            boolean withResponse) {
        int status = response.status();
        String requestId = RetryingExecutor.requestId(response);
        if (status < 200 || status >= 300) {
            throw ErrorDecoder.fromResponse(call.request(), status, requestId, response.body(), call.apiKey());
        }
        Object value;
        try {
            value = responseType.getRawClass() == InputStream.class
                    ? new ByteArrayInputStream(response.body()) // binary bodies (PDFs) are not JSON
                    : reader.join().readValue(response.body());
        } catch (IOException e) {
            throw undecodable(call, status, requestId, responseType, e);
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
            PreparedCall call, int status, @Nullable String requestId, JavaType responseType, IOException e) {
        // Jackson's own message can quote the body, so only its kind and location are kept.
        String where = e instanceof JsonMappingException ? " at " + ((JsonMappingException) e).getPathReference() : "";
        return new ApiException(
                call + " returned HTTP " + status + " but its body could not be read as "
                        + responseType.getRawClass().getSimpleName() + ": "
                        + e.getClass().getSimpleName() + where
                        + ErrorDecoder.requestIdSuffix(requestId),
                ErrorInfo.of(status, requestId),
                null);
    }
}
