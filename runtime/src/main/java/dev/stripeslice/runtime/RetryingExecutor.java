package dev.stripeslice.runtime;

import dev.stripeslice.runtime.error.ApiConnectionException;
import dev.stripeslice.runtime.error.ErrorInfo;
import dev.stripeslice.runtime.http.HttpTransport;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Sends a {@link PreparedCall} until it has a final response: retries connection failures,
 * timeouts and the responses {@link RetryPolicy} allows ({@code Stripe-Should-Retry}, 409, 5xx),
 * with backoff and jitter, resending the same request (and so the same {@code Idempotency-Key}).
 * The final response is returned whatever its status; decoding it is the caller's business.
 */
final class RetryingExecutor {
    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;

    RetryingExecutor(RetryPolicy retryPolicy, Sleeper sleeper) {
        this.retryPolicy = retryPolicy;
        this.sleeper = sleeper;
    }

    /**
     * The final response, after any retries.
     *
     * @throws ApiConnectionException when the last attempt failed without a response, or the thread
     *     was interrupted
     */
    HttpTransport.Response execute(PreparedCall call, HttpTransport transport) {
        for (int attempt = 1; ; attempt++) {
            HttpTransport.Response response;
            try {
                response = transport.send(call.http());
            } catch (IOException e) {
                Duration delay = delayAfterFailure(call, attempt, e);
                if (delay == null) {
                    throw connectionFailure(call, attempt, e);
                }
                sleep(call, delay);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw interrupted(call, e);
            }
            Duration delay = delayAfterResponse(call, attempt, response);
            if (delay == null) {
                return response;
            }
            sleep(call, delay);
        }
    }

    /** Like {@link #execute}, without blocking: the future fails with the same exceptions. */
    CompletableFuture<HttpTransport.Response> executeAsync(PreparedCall call, HttpTransport transport) {
        CompletableFuture<HttpTransport.Response> result = new CompletableFuture<>();
        attemptAsync(call, transport, 1, result);
        return result;
    }

    private void attemptAsync(
            PreparedCall call, HttpTransport transport, int attempt, CompletableFuture<HttpTransport.Response> result) {
        if (result.isDone()) {
            return; // cancelled by the caller: no further attempts
        }
        transport.sendAsync(call.http()).whenComplete((response, error) -> {
            try {
                Duration delay;
                if (error != null) {
                    Throwable cause = unwrap(error);
                    if (!(cause instanceof IOException)) {
                        result.completeExceptionally(connectionFailure(call, attempt, cause));
                        return;
                    }
                    delay = delayAfterFailure(call, attempt, (IOException) cause);
                    if (delay == null) {
                        result.completeExceptionally(connectionFailure(call, attempt, cause));
                        return;
                    }
                } else {
                    delay = delayAfterResponse(call, attempt, response);
                    if (delay == null) {
                        result.complete(response);
                        return;
                    }
                }
                CompletableFuture.runAsync(
                        () -> attemptAsync(call, transport, attempt + 1, result), sleeper.after(delay));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
    }

    /** The wait before the next attempt, or null when the response is final. */
    private @Nullable Duration delayAfterResponse(PreparedCall call, int attempt, HttpTransport.Response response) {
        int status = response.status();
        if (status >= 200 && status < 300) {
            return null;
        }
        String requestId = requestId(response);
        if (attempt > call.maxRetries() || !RetryPolicy.shouldRetry(status, response.headers())) {
            log(System.Logger.Level.DEBUG, call, attempt, "HTTP " + status, requestId, null);
            return null;
        }
        Duration delay = retryPolicy.delay(
                attempt,
                RetryPolicy.retryAfter(response.headers()),
                ThreadLocalRandom.current().nextDouble());
        log(System.Logger.Level.INFO, call, attempt, "HTTP " + status, requestId, delay);
        return delay;
    }

    private @Nullable Duration delayAfterFailure(PreparedCall call, int attempt, IOException failure) {
        if (attempt > call.maxRetries()) {
            return null;
        }
        Duration delay =
                retryPolicy.delay(attempt, null, ThreadLocalRandom.current().nextDouble());
        log(System.Logger.Level.INFO, call, attempt, failure.getClass().getSimpleName(), null, delay);
        return delay;
    }

    private void sleep(PreparedCall call, Duration delay) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(call, e);
        }
    }

    private static ApiConnectionException connectionFailure(PreparedCall call, int attempt, Throwable failure) {
        String what = failure instanceof HttpTimeoutException
                ? "timed out"
                : "failed: " + failure.getClass().getSimpleName();
        String detail =
                failure.getMessage() == null ? "" : " (" + Redactor.redact(failure.getMessage(), call.apiKey()) + ")";
        log(System.Logger.Level.DEBUG, call, attempt, failure.getClass().getSimpleName(), null, null);
        return new ApiConnectionException(
                call + " " + what + detail + " after " + attempt + (attempt == 1 ? " attempt" : " attempts"),
                ErrorInfo.of(0, null),
                failure);
    }

    private static ApiConnectionException interrupted(PreparedCall call, InterruptedException e) {
        return new ApiConnectionException(call + " was interrupted", ErrorInfo.of(0, null), e);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    static @Nullable String requestId(HttpTransport.Response response) {
        return response.headers().firstValue("Request-Id").orElse(null);
    }

    /**
     * Logs a retry (INFO) or a final failure (DEBUG); successful calls are not logged, so that the
     * logging back-end is set up only once something goes wrong.
     */
    private static void log(
            System.Logger.Level level,
            PreparedCall call,
            int attempt,
            String outcome,
            @Nullable String requestId,
            @Nullable Duration retryIn) {
        if (!Log.LOGGER.isLoggable(level)) {
            return;
        }
        StringBuilder line = new StringBuilder()
                .append(call.request().method())
                .append(' ')
                .append(Redactor.redact(call.request().path(), call.apiKey()))
                .append(": ")
                .append(outcome)
                .append(", attempt ")
                .append(attempt)
                .append(" of ")
                .append(call.maxRetries() + 1);
        if (requestId != null) {
            line.append(", request id ").append(requestId);
        }
        if (retryIn != null) {
            line.append("; retrying in ").append(retryIn.toMillis()).append(" ms");
        }
        Log.LOGGER.log(level, line.toString());
    }

    /** Holds the logger, so that it is looked up on the first log line rather than on the first call. */
    private static final class Log {
        static final System.Logger LOGGER = System.getLogger(StripeTransport.class.getName());
    }
}
