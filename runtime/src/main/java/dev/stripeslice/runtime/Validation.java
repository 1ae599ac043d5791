package dev.stripeslice.runtime;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Argument checks shared by the option builders; messages never echo secret values. */
final class Validation {
    private Validation() {}

    static String apiKey(String apiKey) {
        Objects.requireNonNull(apiKey, "apiKey");
        if (apiKey.isBlank() || !isVisibleAscii(apiKey)) {
            throw new IllegalArgumentException("apiKey must be non-blank printable ASCII without spaces");
        }
        return apiKey;
    }

    static @Nullable String headerValue(String what, @Nullable String value) {
        if (value != null && (value.isEmpty() || !isHeaderSafe(value))) {
            throw new IllegalArgumentException(what + " must be non-empty printable ASCII");
        }
        return value;
    }

    static Duration positive(String what, Duration duration) {
        Objects.requireNonNull(duration, what);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(what + " must be positive");
        }
        return duration;
    }

    static Duration notNegative(String what, Duration duration) {
        Objects.requireNonNull(duration, what);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative");
        }
        return duration;
    }

    static int retries(int retries) {
        if (retries < 0) {
            throw new IllegalArgumentException("maxNetworkRetries must not be negative");
        }
        return retries;
    }

    private static boolean isVisibleAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    static boolean isHeaderSafe(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }
}
