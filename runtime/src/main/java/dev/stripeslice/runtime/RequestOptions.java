package dev.stripeslice.runtime;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Per-call settings that override the {@link ClientConfig}. Immutable. */
public final class RequestOptions {
    private static final RequestOptions NONE = new Builder().build();
    private static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;
    /** Headers that have their own option, or that the transport owns. */
    private static final Set<String> RESERVED_HEADERS = Set.of(
            "authorization", "stripe-account", "idempotency-key", "stripe-version", "content-type", "user-agent");

    private final @Nullable String apiKey;
    private final @Nullable String stripeAccount;
    private final @Nullable String idempotencyKey;
    private final @Nullable Duration requestTimeout;
    private final @Nullable Integer maxNetworkRetries;
    private final Map<String, String> headers;

    private RequestOptions(Builder builder) {
        this.apiKey = builder.apiKey;
        this.stripeAccount = builder.stripeAccount;
        this.idempotencyKey = builder.idempotencyKey;
        this.requestTimeout = builder.requestTimeout;
        this.maxNetworkRetries = builder.maxNetworkRetries;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    }

    /** No overrides. */
    public static RequestOptions none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> apiKey() {
        return Optional.ofNullable(apiKey);
    }

    public Optional<String> stripeAccount() {
        return Optional.ofNullable(stripeAccount);
    }

    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    public Optional<Duration> requestTimeout() {
        return Optional.ofNullable(requestTimeout);
    }

    public OptionalInt maxNetworkRetries() {
        return maxNetworkRetries == null ? OptionalInt.empty() : OptionalInt.of(maxNetworkRetries);
    }

    /** Extra headers, in the order they were added. */
    public Map<String, String> headers() {
        return headers;
    }

    @Override
    public String toString() {
        return "RequestOptions{apiKey=" + (apiKey == null ? null : Redactor.REDACTED)
                + ", stripeAccount=" + stripeAccount + ", idempotencyKey=" + idempotencyKey
                + ", requestTimeout=" + requestTimeout + ", maxNetworkRetries=" + maxNetworkRetries
                + ", headers=" + headers.keySet() + "}";
    }

    /** Builds {@link RequestOptions}; every setting is optional. */
    public static final class Builder {
        private @Nullable String apiKey;
        private @Nullable String stripeAccount;
        private @Nullable String idempotencyKey;
        private @Nullable Duration requestTimeout;
        private @Nullable Integer maxNetworkRetries;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Builder() {}

        public Builder apiKey(@Nullable String apiKey) {
            this.apiKey = apiKey == null ? null : Validation.apiKey(apiKey);
            return this;
        }

        public Builder stripeAccount(@Nullable String stripeAccount) {
            this.stripeAccount = Validation.headerValue("stripeAccount", stripeAccount);
            return this;
        }

        /**
         * The key that makes a POST safe to repeat; one is generated per call when absent.
         * It must be 1 to 255 printable ASCII characters.
         */
        public Builder idempotencyKey(@Nullable String idempotencyKey) {
            if (idempotencyKey != null
                    && (idempotencyKey.isEmpty()
                            || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH
                            || idempotencyKey.isBlank()
                            || !Validation.isHeaderSafe(idempotencyKey))) {
                throw new IllegalArgumentException(
                        "idempotencyKey must be 1 to 255 printable ASCII characters, not blank");
            }
            this.idempotencyKey = idempotencyKey;
            return this;
        }

        public Builder requestTimeout(@Nullable Duration requestTimeout) {
            this.requestTimeout = requestTimeout == null ? null : Validation.positive("requestTimeout", requestTimeout);
            return this;
        }

        public Builder maxNetworkRetries(@Nullable Integer maxNetworkRetries) {
            this.maxNetworkRetries = maxNetworkRetries == null ? null : Validation.retries(maxNetworkRetries);
            return this;
        }

        /** Adds a header; those with options of their own (Authorization and so on) are refused. */
        public Builder header(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("header " + name + " is set by the transport or by its own option");
            }
            if (name.isEmpty() || !Validation.isHeaderSafe(name) || name.contains(":") || name.contains(" ")) {
                throw new IllegalArgumentException("invalid header name");
            }
            Validation.headerValue("header " + name, value);
            headers.put(name, value);
            return this;
        }

        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
