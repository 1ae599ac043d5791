package dev.stripeslice.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.stripeslice.runtime.error.StripeException;
import dev.stripeslice.runtime.http.HttpTransport;
import dev.stripeslice.runtime.http.JdkHttpClientTransport;
import dev.stripeslice.runtime.http.UrlConnectionTransport;
import java.io.InputStream;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Sends {@link ApiRequest}s to Stripe with Stripe's headers, retries and errors: a
 * {@link RequestBuilder} prepares each call, a {@link RetryingExecutor} sends it over an
 * {@link HttpTransport}, and a {@link ResponseDecoder} reads the result. Thread-safe; create one
 * per application and share it.
 *
 * <p>Without a transport in the {@link ClientConfig}, synchronous calls go through a blocking
 * {@link UrlConnectionTransport} and {@code ...Async} calls through a {@link JdkHttpClientTransport},
 * created on the first async call.
 */
public final class StripeTransport {
    private final ClientConfig config;
    private final String stripeVersion;
    /** The mapper's own type factory: naming a type does not need the mapper itself to exist yet. */
    private final TypeFactory types = TypeFactory.defaultInstance();

    private final RequestBuilder requestBuilder;
    private final RetryingExecutor executor;
    private final ResponseDecoder decoder;
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
        this.decoder = new ResponseDecoder();
        HttpTransport configured = config.transport().orElse(null);
        this.syncTransport = configured != null ? configured : new UrlConnectionTransport(config.connectTimeout());
        this.asyncTransport = configured;
    }

    public <T> T execute(ApiRequest request, RequestOptions options, Class<T> responseType) {
        return execute(request, options, types.constructType(responseType), false);
    }

    public <T> T execute(ApiRequest request, RequestOptions options, TypeReference<T> responseType) {
        return execute(request, options, types.constructType(responseType), false);
    }

    /** As {@link #execute(ApiRequest, RequestOptions, Class)}, for a type built at run time (a page of some item class). */
    public <T> T execute(ApiRequest request, RequestOptions options, JavaType responseType) {
        return execute(request, options, Objects.requireNonNull(responseType, "responseType"), false);
    }

    /** Completes with the decoded response, or exceptionally with a {@link StripeException}. */
    public <T> CompletableFuture<T> executeAsync(ApiRequest request, RequestOptions options, Class<T> responseType) {
        return executeAsync(request, options, types.constructType(responseType));
    }

    public <T> CompletableFuture<T> executeAsync(
            ApiRequest request, RequestOptions options, TypeReference<T> responseType) {
        return executeAsync(request, options, types.constructType(responseType));
    }

    /**
     * Like {@link #execute(ApiRequest, RequestOptions, Class)}, and also hands back the HTTP status, the
     * {@code Request-Id} and the response headers of the final attempt.
     */
    public <T> StripeResponse<T> executeWithResponse(
            ApiRequest request, RequestOptions options, Class<T> responseType) {
        return execute(request, options, types.constructType(responseType), true);
    }

    public <T> StripeResponse<T> executeWithResponse(
            ApiRequest request, RequestOptions options, TypeReference<T> responseType) {
        return execute(request, options, types.constructType(responseType), true);
    }

    /**
     * For operations whose success body is not JSON (a quote's PDF): the body as a stream (read fully
     * before returning, so retries and errors work as for JSON). Errors still become typed
     * {@link StripeException}s. The same as {@code execute(request, options, InputStream.class)}.
     */
    public InputStream executeForStream(ApiRequest request, RequestOptions options) {
        return execute(request, options, InputStream.class);
    }

    private <T> T execute(ApiRequest request, RequestOptions options, JavaType responseType, boolean withResponse) {
        PreparedCall call = prepare(request, options, responseType);
        CompletableFuture<ObjectReader> reader = decoder.readerFor(responseType);
        return decoder.decode(call, executor.execute(call, syncTransport), responseType, reader, withResponse);
    }

    private <T> CompletableFuture<T> executeAsync(ApiRequest request, RequestOptions options, JavaType responseType) {
        try {
            PreparedCall call = prepare(request, options, responseType);
            CompletableFuture<ObjectReader> reader = decoder.readerFor(responseType);
            return executor.executeAsync(call, asyncTransport())
                    .thenApply(response -> decoder.decode(call, response, responseType, reader, false));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private PreparedCall prepare(ApiRequest request, RequestOptions options, JavaType responseType) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(options, "options");
        return requestBuilder.prepare(request, options, responseType.getRawClass() == InputStream.class);
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
