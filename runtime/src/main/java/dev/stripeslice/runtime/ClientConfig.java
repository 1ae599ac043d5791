package dev.stripeslice.runtime;

import dev.stripeslice.runtime.http.HttpTransport;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Settings shared by every call of one {@link StripeTransport}. Immutable. */
public final class ClientConfig {
    /**
     * Two retries, as stripe-java does since v22: a connection reset, a 409 lock conflict or a
     * brief 5xx usually clears within a second or two, and every POST retry reuses one
     * Idempotency-Key, so retrying is safe. More retries would mostly stretch the latency of calls
     * that are going to fail anyway.
     */
    public static final int DEFAULT_MAX_NETWORK_RETRIES = 2;

    private final String apiKey;
    private final URI baseUrl;
    private final URI filesBaseUrl;
    private final java.util.Map<String, URI> serverBaseUrls;
    private final @Nullable String stripeAccount;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final int maxNetworkRetries;
    private final Duration initialNetworkRetryDelay;
    private final Duration maxNetworkRetryDelay;
    private final @Nullable HttpTransport transport;
    private final @Nullable String appInfo;
    private final Sleeper sleeper;

    private ClientConfig(Builder builder) {
        if (builder.apiKey == null) {
            throw new IllegalStateException("apiKey is required");
        }
        this.apiKey = builder.apiKey;
        this.baseUrl = builder.baseUrl;
        this.filesBaseUrl = builder.filesBaseUrl;
        this.serverBaseUrls = java.util.Map.copyOf(builder.serverBaseUrls);
        this.stripeAccount = builder.stripeAccount;
        this.connectTimeout = builder.connectTimeout;
        this.requestTimeout = builder.requestTimeout;
        this.maxNetworkRetries = builder.maxNetworkRetries;
        if (builder.maxNetworkRetryDelay.compareTo(builder.initialNetworkRetryDelay) < 0) {
            throw new IllegalStateException("maxNetworkRetryDelay is shorter than initialNetworkRetryDelay");
        }
        this.initialNetworkRetryDelay = builder.initialNetworkRetryDelay;
        this.maxNetworkRetryDelay = builder.maxNetworkRetryDelay;
        this.transport = builder.transport;
        this.appInfo = builder.appInfo;
        this.sleeper = builder.sleeper;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String apiKey() {
        return apiKey;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** Where operations served by {@code https://files.stripe.com/} go (uploads, PDFs). */
    public URI filesBaseUrl() {
        return filesBaseUrl;
    }

    /**
     * The base URL (no trailing slash) for an operation whose spec names its own {@code server}: an
     * override set with {@link Builder#serverBaseUrl}, {@link #filesBaseUrl()} for Stripe's files host,
     * {@link #baseUrl()} for Stripe's API host or a null server, and the server itself otherwise.
     */
    public URI baseUrlFor(@Nullable String server) {
        if (server == null) {
            return baseUrl;
        }
        String key = Builder.serverKey(server);
        URI override = serverBaseUrls.get(key);
        if (override != null) {
            return override;
        }
        switch (key) {
            case "https://files.stripe.com":
                return filesBaseUrl;
            case "https://api.stripe.com":
                return baseUrl;
            default:
                return Builder.checkedBaseUrl("server", URI.create(key));
        }
    }

    public Optional<String> stripeAccount() {
        return Optional.ofNullable(stripeAccount);
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }

    public int maxNetworkRetries() {
        return maxNetworkRetries;
    }

    public Duration initialNetworkRetryDelay() {
        return initialNetworkRetryDelay;
    }

    public Duration maxNetworkRetryDelay() {
        return maxNetworkRetryDelay;
    }

    /** The transport every call goes through, when one was set; see {@link Builder#transport}. */
    public Optional<HttpTransport> transport() {
        return Optional.ofNullable(transport);
    }

    /** The User-Agent extension naming the application, if set. */
    public Optional<String> appInfo() {
        return Optional.ofNullable(appInfo);
    }

    Sleeper sleeper() {
        return sleeper;
    }

    @Override
    public String toString() {
        return "ClientConfig{apiKey=" + Redactor.REDACTED + ", baseUrl=" + baseUrl
                + ", filesBaseUrl=" + filesBaseUrl
                + (serverBaseUrls.isEmpty() ? "" : ", serverBaseUrls=" + serverBaseUrls)
                + ", stripeAccount=" + stripeAccount + ", connectTimeout=" + connectTimeout
                + ", requestTimeout=" + requestTimeout + ", maxNetworkRetries=" + maxNetworkRetries
                + ", appInfo=" + appInfo + "}";
    }

    /** Builds a {@link ClientConfig}; only {@link #apiKey} is required. */
    public static final class Builder {
        private @Nullable String apiKey;
        private URI baseUrl = URI.create("https://api.stripe.com");
        private URI filesBaseUrl = URI.create("https://files.stripe.com");
        private final java.util.Map<String, URI> serverBaseUrls = new java.util.TreeMap<>();
        private @Nullable String stripeAccount;
        private Duration connectTimeout = Duration.ofSeconds(30);
        private Duration requestTimeout = Duration.ofSeconds(80);
        private int maxNetworkRetries = DEFAULT_MAX_NETWORK_RETRIES;
        private Duration initialNetworkRetryDelay = Duration.ofMillis(500);
        private Duration maxNetworkRetryDelay = Duration.ofSeconds(5);
        private @Nullable HttpTransport transport;
        private @Nullable String appInfo;
        private Sleeper sleeper = Sleeper.SYSTEM;

        private Builder() {}

        public Builder apiKey(String apiKey) {
            this.apiKey = Validation.apiKey(apiKey);
            return this;
        }

        /** The API root, {@code https://api.stripe.com} by default; tests point it at a fake. */
        public Builder baseUrl(String baseUrl) {
            return baseUrl(URI.create(Objects.requireNonNull(baseUrl, "baseUrl")));
        }

        public Builder baseUrl(URI baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            String scheme = baseUrl.getScheme();
            if (!baseUrl.isAbsolute()
                    || !("https".equals(scheme) || "http".equals(scheme))
                    || baseUrl.getRawQuery() != null
                    || baseUrl.getRawFragment() != null) {
                throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL without query");
            }
            String text = baseUrl.toString();
            this.baseUrl = text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : baseUrl;
            return this;
        }

        /** Act on behalf of a connected account ({@code Stripe-Account} header). */
        /**
         * Where operations of Stripe's files host ({@code https://files.stripe.com/}: uploads, PDFs)
         * go; like {@link #baseUrl(String)}, set it to point those at a test server.
         */
        public Builder filesBaseUrl(String filesBaseUrl) {
            this.filesBaseUrl =
                    checkedBaseUrl("filesBaseUrl", URI.create(Objects.requireNonNull(filesBaseUrl, "filesBaseUrl")));
            return this;
        }

        public Builder filesBaseUrl(URI filesBaseUrl) {
            this.filesBaseUrl = checkedBaseUrl("filesBaseUrl", Objects.requireNonNull(filesBaseUrl, "filesBaseUrl"));
            return this;
        }

        /**
         * Sends operations whose spec names {@code server} (such as {@code https://files.stripe.com/})
         * to {@code baseUrl} instead; wins over {@link #filesBaseUrl}.
         */
        public Builder serverBaseUrl(String server, String baseUrl) {
            Objects.requireNonNull(server, "server");
            serverBaseUrls.put(
                    serverKey(server),
                    checkedBaseUrl("baseUrl", URI.create(Objects.requireNonNull(baseUrl, "baseUrl"))));
            return this;
        }

        static String serverKey(String server) {
            return server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
        }

        static URI checkedBaseUrl(String what, URI url) {
            String scheme = url.getScheme();
            if (!url.isAbsolute()
                    || !("https".equals(scheme) || "http".equals(scheme))
                    || url.getRawQuery() != null
                    || url.getRawFragment() != null) {
                throw new IllegalArgumentException(what + " must be an absolute http(s) URL without query");
            }
            String text = url.toString();
            return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
        }

        public Builder stripeAccount(@Nullable String stripeAccount) {
            this.stripeAccount = Validation.headerValue("stripeAccount", stripeAccount);
            return this;
        }

        /** Used by the transports this config builds; a transport you bring has its own. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Validation.positive("connectTimeout", connectTimeout);
            return this;
        }

        /** The time allowed for one attempt, from sending to the end of the response headers. */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = Validation.positive("requestTimeout", requestTimeout);
            return this;
        }

        /** Retries after the first attempt; see {@link #DEFAULT_MAX_NETWORK_RETRIES}. */
        public Builder maxNetworkRetries(int maxNetworkRetries) {
            this.maxNetworkRetries = Validation.retries(maxNetworkRetries);
            return this;
        }

        /** The first backoff (0.5 s by default); it doubles per retry up to the maximum. */
        public Builder initialNetworkRetryDelay(Duration delay) {
            this.initialNetworkRetryDelay = Validation.notNegative("initialNetworkRetryDelay", delay);
            return this;
        }

        /** The longest backoff (5 s by default). */
        public Builder maxNetworkRetryDelay(Duration delay) {
            this.maxNetworkRetryDelay = Validation.notNegative("maxNetworkRetryDelay", delay);
            return this;
        }

        /**
         * The HTTP client every call (sync and async) goes through: one of the built-ins
         * ({@link dev.stripeslice.runtime.http.UrlConnectionTransport},
         * {@link dev.stripeslice.runtime.http.JdkHttpClientTransport} around your own
         * {@code HttpClient}) or your own implementation. When absent, synchronous calls use a blocking
         * {@code UrlConnectionTransport} and {@code ...Async} calls a {@code JdkHttpClientTransport}.
         */
        public Builder transport(@Nullable HttpTransport transport) {
            this.transport = transport;
            return this;
        }

        /** Names the application in the User-Agent, as {@code name/version (url)}. */
        public Builder appInfo(String name, @Nullable String version, @Nullable String url) {
            Validation.headerValue("appInfo name", Objects.requireNonNull(name, "name"));
            StringBuilder info = new StringBuilder(name);
            if (version != null) {
                info.append('/').append(version);
            }
            if (url != null) {
                info.append(" (").append(url).append(')');
            }
            this.appInfo = Validation.headerValue("appInfo", info.toString());
            return this;
        }

        Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        public ClientConfig build() {
            return new ClientConfig(this);
        }
    }
}
