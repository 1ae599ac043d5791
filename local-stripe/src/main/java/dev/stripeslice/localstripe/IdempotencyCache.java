package dev.stripeslice.localstripe;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Stripe's idempotent requests: the first successful answer to a POST with an {@code Idempotency-Key} is kept
 * (per API key), and the same key again replays it with {@code Idempotent-Replayed: true}; the same key with
 * another method, path or params is a 400 {@code idempotency_error}. Failed answers are not kept, so a retry
 * after an error runs again. Not thread-safe: {@link LocalStripe} locks around it.
 */
final class IdempotencyCache {
    private record Entry(String fingerprint, StripeApi.Answer answer) {}

    private final Map<String, Entry> answers = new HashMap<>();

    /** The kept answer for this request's key, or {@code null} when the key is new (or absent, or not a POST). */
    StripeApi.@Nullable Answer replay(RecordedRequest request) {
        String key = key(request);
        Entry entry = key == null ? null : answers.get(key);
        if (entry == null) {
            return null;
        }
        if (!entry.fingerprint().equals(fingerprint(request))) {
            String idempotencyKey = request.header("Idempotency-Key");
            return new StripeApi.Answer(
                    400,
                    new ApiError(
                                    400,
                                    "idempotency_error",
                                    null,
                                    null,
                                    "Keys for idempotent requests can only be used with the same parameters they were first used with. "
                                            + "Try using a key other than '" + idempotencyKey
                                            + "' if you meant to execute a different request.")
                            .toJson());
        }
        return entry.answer().withHeader("Idempotent-Replayed", "true");
    }

    void remember(RecordedRequest request, StripeApi.Answer answer) {
        String key = key(request);
        if (key != null && answer.status() / 100 == 2) {
            answers.putIfAbsent(key, new Entry(fingerprint(request), answer));
        }
    }

    void clear() {
        answers.clear();
    }

    private static @Nullable String key(RecordedRequest request) {
        String idempotencyKey = request.header("Idempotency-Key");
        if (idempotencyKey == null || !request.method().equals("POST")) {
            return null;
        }
        return request.header("Authorization") + "\n" + idempotencyKey;
    }

    /** What must match for a replay: method, path and decoded params (not the raw body: multipart boundaries vary). */
    private static String fingerprint(RecordedRequest request) {
        return request.method() + " " + request.path() + " " + request.formParams();
    }
}
