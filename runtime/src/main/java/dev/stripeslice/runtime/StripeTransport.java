package dev.stripeslice.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.stripeslice.runtime.error.StripeException;
import dev.stripeslice.runtime.http.HttpTransport;
import dev.stripeslice.runtime.http.JdkHttpClientTransport;
import dev.stripeslice.runtime.http.UrlConnectionTransport;
import dev.stripeslice.runtime.json.JsonReader;
import java.io.InputStream;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Sends {@link ApiRequest}s to Stripe with Stripe's headers, retries and errors: a
 * {@link RequestBuilder} prepares each call, a {@link RetryingExecutor} sends it over an
 * {@link HttpTransport}, and a {@link ResponseDecoder} reads the result. Thread-safe; create one
 * per application and share it.
 *
 * <p>Without a transport in the {@link ClientConfig}, synchronous calls go through a blocking
 * {@link UrlConnectionTransport} and {@code ...Async} calls through a {@link JdkHttpClientTransport},
 * created on the first async call.
 *
 * <p>Generated clients pass the generated {@link JsonReader} of the response type, which reads the body without an
 * {@code ObjectMapper}; the overloads taking a class or type reference decode with {@code StripeJson.mapper()}.
 */
public final class StripeTransport {
    private final ClientConfig config;
    private final String stripeVersion;
    private final RequestBuilder requestBuilder;
    private final RetryingExecutor executor;
    private final BodyReader.ByMapper mapperReaders = new BodyReader.ByMapper();
    private final HttpTransport syncTransport;
    private volatile HttpTransport asyncTransport;

    public StripeTransport(ClientConfig config, String stripeVersion) {
        this.config = Objects.requireNonNull(config, "config");
        this.stripeVersion =
                Objects.requireNonNull(Validation.headerValue("stripeVersion", stripeVersion), "stripeVersion");
        this.requestBuilder = new RequestBuilder(
                config, stripeVersion, UserAgent.of(config.appInfo().orElse(null)));
        this.executor = new RetryingExecutor(
                new RetryPolicy(config.initialNetworkRetryDelay(), config.maxNetworkRetryDelay()), config.sleeper());
        HttpTransport configured = config.transport().orElse(null);
        this.syncTransport = configured != null ? configured : new UrlConnectionTransport(config.connectTimeout());
        this.asyncTransport = configured;
    }

    /** Sends the request and reads the response with a generated reader (no mapper, no reflection). */
    public <T> T execute(ApiRequest request, RequestOptions options, JsonReader<T> responseReader) {
        return execute(request, options, BodyReader.of(responseReader), false);
    }

    public <T> T execute(ApiRequest request, RequestOptions options, Class<T> responseType) {
        return execute(request, options, byMapper(responseType), false);
    }

    public <T> T execute(ApiRequest request, RequestOptions options, TypeReference<T> responseType) {
        return execute(request, options, byMapper(responseType), false);
    }

    /** As {@link #execute(ApiRequest, RequestOptions, Class)}, for a type built at run time (a page of some item class). */
    public <T> T execute(ApiRequest request, RequestOptions options, JavaType responseType) {
        return execute(
                request, options, mapperReaders.readerFor(Objects.requireNonNull(responseType, "responseType")), false);
    }

    /** Completes with the decoded response, or exceptionally with a {@link StripeException}. */
    public <T> CompletableFuture<T> executeAsync(
            ApiRequest request, RequestOptions options, JsonReader<T> responseReader) {
        return executeAsync(request, options, () -> BodyReader.of(responseReader));
    }

    public <T> CompletableFuture<T> executeAsync(ApiRequest request, RequestOptions options, Class<T> responseType) {
        return executeAsync(request, options, () -> byMapper(responseType));
    }

    public <T> CompletableFuture<T> executeAsync(
            ApiRequest request, RequestOptions options, TypeReference<T> responseType) {
        return executeAsync(request, options, () -> byMapper(responseType));
    }

    /**
     * Like {@link #execute(ApiRequest, RequestOptions, JsonReader)}, and also hands back the HTTP status, the
     * {@code Request-Id} and the response headers of the final attempt.
     */
    public <T> StripeResponse<T> executeWithResponse(
            ApiRequest request, RequestOptions options, JsonReader<T> responseReader) {
        return execute(request, options, BodyReader.of(responseReader), true);
    }

    public <T> StripeResponse<T> executeWithResponse(
            ApiRequest request, RequestOptions options, Class<T> responseType) {
        return execute(request, options, byMapper(responseType), true);
    }

    public <T> StripeResponse<T> executeWithResponse(
            ApiRequest request, RequestOptions options, TypeReference<T> responseType) {
        return execute(request, options, byMapper(responseType), true);
    }

    /**
     * For operations whose success body is not JSON (a quote's PDF): the body as a stream (read fully
     * before returning, so retries and errors work as for JSON). Errors still become typed
     * {@link StripeException}s. The same as {@code execute(request, options, InputStream.class)}.
     */
    public InputStream executeForStream(ApiRequest request, RequestOptions options) {
        return execute(request, options, InputStream.class);
    }

    private BodyReader byMapper(Class<?> responseType) {
        // Bytes need no type factory, which loads much of Jackson's databind.
        return responseType == InputStream.class
                ? BodyReader.BYTES
                : mapperReaders.readerFor(TypeFactory.defaultInstance().constructType(responseType));
    }

    private BodyReader byMapper(TypeReference<?> responseType) {
        return mapperReaders.readerFor(TypeFactory.defaultInstance().constructType(responseType));
    }

    private <T> T execute(ApiRequest request, RequestOptions options, BodyReader reader, boolean withResponse) {
        PreparedCall call = prepare(request, options, reader);
        return ResponseDecoder.decode(call, executor.execute(call, syncTransport), reader, withResponse);
    }

    private <T> CompletableFuture<T> executeAsync(
            ApiRequest request, RequestOptions options, Supplier<BodyReader> readerFactory) {
        try {
            BodyReader reader = readerFactory.get();
            PreparedCall call = prepare(request, options, reader);
            return executor.executeAsync(call, asyncTransport())
                    .thenApply(response -> ResponseDecoder.decode(call, response, reader, false));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private PreparedCall prepare(ApiRequest request, RequestOptions options, BodyReader reader) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(options, "options");
        return requestBuilder.prepare(request, options, reader.binary());
    }

    private HttpTransport asyncTransport() {
        HttpTransport transport = asyncTransport;
        if (transport == null) {
            synchronized (this) {
                transport = asyncTransport;
                if (transport == null) {
                    transport = JdkHttpClientTransport.forBaseUrl(config.baseUrl(), config.connectTimeout());
                    asyncTransport = transport;
                }
            }
        }
        return transport;
    }

    @Override
    public String toString() {
        return "StripeTransport{" + config.baseUrl() + ", Stripe-Version " + stripeVersion + "}";
    }
}
