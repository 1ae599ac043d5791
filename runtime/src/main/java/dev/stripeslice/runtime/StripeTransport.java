package dev.stripeslice.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Sends {@link ApiRequest}s to Stripe over {@link HttpClient}, with Stripe's headers, retries and
 * errors. Thread-safe; create one per application and share it.
 */
public final class StripeTransport {
  private static final System.Logger LOG = System.getLogger(StripeTransport.class.getName());

  private final ClientConfig config;
  private final String stripeVersion;
  private final HttpClient httpClient;
  private final ObjectMapper mapper = StripeJson.mapper();
  private final RetryPolicy retryPolicy;
  private final String userAgent;

  public StripeTransport(ClientConfig config, String stripeVersion) {
    this.config = Objects.requireNonNull(config, "config");
    this.stripeVersion = Objects.requireNonNull(
        Validation.headerValue("stripeVersion", stripeVersion), "stripeVersion");
    this.httpClient = config.httpClient().orElseGet(() -> DefaultHttpClient.build(config));
    this.retryPolicy = new RetryPolicy(config.initialNetworkRetryDelay(), config.maxNetworkRetryDelay());
    this.userAgent = UserAgent.of(config.appInfo().orElse(null));
  }

  public <T> T execute(ApiRequest request, RequestOptions options, Class<T> responseType) {
    return execute(request, options, mapper.constructType(responseType));
  }

  public <T> T execute(ApiRequest request, RequestOptions options, TypeReference<T> responseType) {
    return execute(request, options, mapper.constructType(responseType));
  }

  /** Completes with the decoded response, or exceptionally with a {@link StripeException}. */
  public <T> CompletableFuture<T> executeAsync(
      ApiRequest request, RequestOptions options, Class<T> responseType) {
    return executeAsync(request, options, mapper.constructType(responseType));
  }

  public <T> CompletableFuture<T> executeAsync(
      ApiRequest request, RequestOptions options, TypeReference<T> responseType) {
    return executeAsync(request, options, mapper.constructType(responseType));
  }

  /**
   * Like {@link #execute(ApiRequest, RequestOptions, Class)}, and also hands back the HTTP status, the
   * {@code Request-Id} and the response headers of the final attempt.
   */
  public <T> StripeResponse<T> executeWithResponse(
      ApiRequest request, RequestOptions options, Class<T> responseType) {
    return execute(new Call(request, options, mapper.constructType(responseType), true));
  }

  public <T> StripeResponse<T> executeWithResponse(
      ApiRequest request, RequestOptions options, TypeReference<T> responseType) {
    return execute(new Call(request, options, mapper.constructType(responseType), true));
  }

  private <T> T execute(ApiRequest request, RequestOptions options, JavaType responseType) {
    return execute(new Call(request, options, responseType, false));
  }

  private <T> T execute(Call call) {
    for (int attempt = 1; ; attempt++) {
      HttpResponse<byte[]> response;
      try {
        response = httpClient.send(call.httpRequest, HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        Duration delay = call.delayAfterFailure(attempt, e);
        if (delay == null) {
          throw call.connectionFailure(attempt, e);
        }
        sleep(call, delay);
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw call.interrupted(e);
      }
      Duration delay = call.delayAfterResponse(attempt, response);
      if (delay == null) {
        return call.<T>result(attempt, response);
      }
      sleep(call, delay);
    }
  }

  private void sleep(Call call, Duration delay) {
    try {
      config.sleeper().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw call.interrupted(e);
    }
  }

  private <T> CompletableFuture<T> executeAsync(
      ApiRequest request, RequestOptions options, JavaType responseType) {
    CompletableFuture<T> result = new CompletableFuture<>();
    try {
      attemptAsync(new Call(request, options, responseType, false), 1, result);
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
    }
    return result;
  }

  private <T> void attemptAsync(Call call, int attempt, CompletableFuture<T> result) {
    if (result.isDone()) {
      return; // cancelled by the caller: no further attempts
    }
    httpClient.sendAsync(call.httpRequest, HttpResponse.BodyHandlers.ofByteArray())
        .whenComplete((response, error) -> {
          try {
            Duration delay;
            if (error != null) {
              Throwable cause = unwrap(error);
              if (!(cause instanceof IOException)) {
                result.completeExceptionally(call.connectionFailure(attempt, cause));
                return;
              }
              delay = call.delayAfterFailure(attempt, (IOException) cause);
              if (delay == null) {
                result.completeExceptionally(call.connectionFailure(attempt, cause));
                return;
              }
            } else {
              delay = call.delayAfterResponse(attempt, response);
              if (delay == null) {
                result.complete(call.<T>result(attempt, response));
                return;
              }
            }
            CompletableFuture.runAsync(
                () -> attemptAsync(call, attempt + 1, result), config.sleeper().after(delay));
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        });
  }

  private static Throwable unwrap(Throwable error) {
    Throwable current = error;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  /**
   * For operations whose success body is not JSON (a quote's PDF): the body as a stream (read fully
   * before returning, so retries and errors work as for JSON). Errors still become typed
   * {@link StripeException}s. The same as {@code execute(request, options, InputStream.class)}.
   */
  public InputStream executeForStream(ApiRequest request, RequestOptions options) {
    return execute(request, options, InputStream.class);
  }

  @Override
  public String toString() {
    return "StripeTransport{" + config.baseUrl() + ", Stripe-Version " + stripeVersion + "}";
  }

  /** One logical call: the request sent on every attempt and what decides between attempts. */
  private final class Call {
    final ApiRequest request;
    final HttpRequest httpRequest;
    final JavaType responseType;
    final int maxRetries;
    final String apiKey;
    /** The caller wants a {@link StripeResponse} around the decoded body. */
    final boolean withResponse;

    Call(ApiRequest request, RequestOptions options, JavaType responseType, boolean withResponse) {
      this.request = Objects.requireNonNull(request, "request");
      this.withResponse = withResponse;
      Objects.requireNonNull(options, "options");
      this.responseType = responseType;
      this.maxRetries = options.maxNetworkRetries().orElse(config.maxNetworkRetries());
      this.apiKey = options.apiKey().orElse(config.apiKey());
      this.httpRequest = buildRequest(options);
    }

    private HttpRequest buildRequest(RequestOptions options) {
      String form = "";
      FormWriter writer = new FormWriter();
      if (request.params() != null) {
        request.params().writeForm(writer);
        form = request.multipart() ? "" : writer.encode();
      }
      boolean post = request.method() == HttpMethod.POST;
      String uri = config.baseUrlFor(request.server()) + request.path()
          + (post || form.isEmpty() ? "" : "?" + form);
      HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(uri))
          .timeout(options.requestTimeout().orElse(config.requestTimeout()))
          .header("Authorization", "Bearer " + apiKey)
          .header("Stripe-Version", stripeVersion)
          .header("User-Agent", userAgent)
          .header("Accept", responseType.getRawClass() == InputStream.class ? "*/*" : "application/json");
      options.stripeAccount().or(config::stripeAccount)
          .ifPresent(account -> builder.header("Stripe-Account", account));
      String idempotencyKey = options.idempotencyKey()
          .orElseGet(() -> post ? UUID.randomUUID().toString() : null);
      if (idempotencyKey != null) {
        builder.header("Idempotency-Key", idempotencyKey);
      }
      for (Map.Entry<String, String> header : options.headers().entrySet()) {
        builder.header(header.getKey(), header.getValue());
      }
      switch (request.method()) {
        case POST:
          if (request.multipart()) {
            MultipartWriter multipart = new MultipartWriter();
            builder.header("Content-Type", multipart.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.encode(writer)));
          } else {
            builder.header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
          }
          break;
        case DELETE:
          builder.DELETE();
          break;
        default:
          builder.GET();
      }
      return builder.build();
    }

    /** The wait before the next attempt, or null when the response is final. */
    @Nullable Duration delayAfterResponse(int attempt, HttpResponse<byte[]> response) {
      int status = response.statusCode();
      String requestId = requestId(response);
      if (status >= 200 && status < 300) {
        log(System.Logger.Level.DEBUG, attempt, "HTTP " + status, requestId, null);
        return null;
      }
      if (attempt > maxRetries || !RetryPolicy.shouldRetry(status, response.headers())) {
        log(System.Logger.Level.DEBUG, attempt, "HTTP " + status, requestId, null);
        return null;
      }
      Duration delay = retryPolicy.delay(
          attempt, RetryPolicy.retryAfter(response.headers()), ThreadLocalRandom.current().nextDouble());
      log(System.Logger.Level.INFO, attempt, "HTTP " + status, requestId, delay);
      return delay;
    }

    @Nullable Duration delayAfterFailure(int attempt, IOException failure) {
      if (attempt > maxRetries) {
        return null;
      }
      Duration delay = retryPolicy.delay(attempt, null, ThreadLocalRandom.current().nextDouble());
      log(System.Logger.Level.INFO, attempt, failure.getClass().getSimpleName(), null, delay);
      return delay;
    }

    <T> T result(int attempt, HttpResponse<byte[]> response) {
      int status = response.statusCode();
      String requestId = requestId(response);
      if (status < 200 || status >= 300) {
        throw ErrorDecoder.fromResponse(request, status, requestId, response.body(), apiKey);
      }
      try {
        Object value = responseType.getRawClass() == InputStream.class
            ? new ByteArrayInputStream(response.body()) // binary bodies (PDFs) are not JSON
            : mapper.readValue(response.body(), responseType);
        if (value != null) {
          @SuppressWarnings("unchecked")
          T result = (T) (withResponse ? new StripeResponse<>(status, requestId, response.headers(), value) : value);
          return result;
        }
      } catch (IOException e) {
        throw undecodable(status, requestId, e);
      }
      throw new ApiException(request + " returned HTTP " + status + " with an empty JSON value"
          + ErrorDecoder.requestIdSuffix(requestId), ErrorInfo.of(status, requestId), null);
    }

    private ApiException undecodable(int status, @Nullable String requestId, IOException e) {
      // Jackson's own message can quote the body, so only its kind and location are kept.
      String where = e instanceof JsonMappingException
          ? " at " + ((JsonMappingException) e).getPathReference() : "";
      return new ApiException(request + " returned HTTP " + status + " but its body could not be read as "
          + responseType.getRawClass().getSimpleName() + ": " + e.getClass().getSimpleName() + where
          + ErrorDecoder.requestIdSuffix(requestId), ErrorInfo.of(status, requestId), null);
    }

    ApiConnectionException connectionFailure(int attempt, Throwable failure) {
      String what = failure instanceof HttpTimeoutException
          ? "timed out" : "failed: " + failure.getClass().getSimpleName();
      String detail = failure.getMessage() == null ? "" : " (" + Redactor.redact(failure.getMessage(), apiKey) + ")";
      log(System.Logger.Level.DEBUG, attempt, failure.getClass().getSimpleName(), null, null);
      return new ApiConnectionException(
          request + " " + what + detail + " after " + attempt + (attempt == 1 ? " attempt" : " attempts"),
          ErrorInfo.of(0, null), failure);
    }

    ApiConnectionException interrupted(InterruptedException e) {
      return new ApiConnectionException(request + " was interrupted", ErrorInfo.of(0, null), e);
    }

    private void log(System.Logger.Level level, int attempt, String outcome,
        @Nullable String requestId, @Nullable Duration retryIn) {
      if (!LOG.isLoggable(level)) {
        return;
      }
      StringBuilder line = new StringBuilder()
          .append(request.method()).append(' ').append(Redactor.redact(request.path(), apiKey))
          .append(": ").append(outcome).append(", attempt ").append(attempt)
          .append(" of ").append(maxRetries + 1);
      if (requestId != null) {
        line.append(", request id ").append(requestId);
      }
      if (retryIn != null) {
        line.append("; retrying in ").append(retryIn.toMillis()).append(" ms");
      }
      LOG.log(level, line.toString());
    }

    private @Nullable String requestId(HttpResponse<?> response) {
      return response.headers().firstValue("Request-Id").orElse(null);
    }
  }
}
