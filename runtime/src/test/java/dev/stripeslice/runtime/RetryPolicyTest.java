package dev.stripeslice.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(5));

    private static HttpHeaders headers(String... pairs) {
        Map<String, List<String>> map = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], List.of(pairs[i + 1]));
        }
        return HttpHeaders.of(map, (a, b) -> true);
    }

    @Test
    void backoffDoublesWithJitterAndIsCapped() {
        assertThat(policy.delay(1, null, 0.0)).isEqualTo(Duration.ofMillis(500)); // floor at initial
        assertThat(policy.delay(2, null, 0.0)).isEqualTo(Duration.ofMillis(750));
        assertThat(policy.delay(2, null, 0.999)).isBetween(Duration.ofMillis(999), Duration.ofMillis(1000));
        assertThat(policy.delay(3, null, 0.5)).isEqualTo(Duration.ofMillis(1750));
        assertThat(policy.delay(5, null, 0.999)).isLessThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(policy.delay(50, null, 0.0)).isEqualTo(Duration.ofMillis(3750));
    }

    @Test
    void retryAfterRaisesTheWaitUpToItsCap() {
        assertThat(policy.delay(1, Duration.ofSeconds(2), 0.0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delay(1, Duration.ofMillis(100), 0.0)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.delay(1, Duration.ofSeconds(61), 0.0)).isEqualTo(Duration.ofMillis(500));
        assertThat(RetryPolicy.retryAfter(headers("Retry-After", "1.5"))).isEqualTo(Duration.ofMillis(1500));
        assertThat(RetryPolicy.retryAfter(headers("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT")))
                .isNull();
        assertThat(RetryPolicy.retryAfter(headers())).isNull();
    }

    @Test
    void stripeShouldRetryOverridesTheStatus() {
        assertThat(RetryPolicy.shouldRetry(500, headers())).isTrue();
        assertThat(RetryPolicy.shouldRetry(409, headers())).isTrue();
        assertThat(RetryPolicy.shouldRetry(429, headers())).isFalse();
        assertThat(RetryPolicy.shouldRetry(400, headers())).isFalse();
        assertThat(RetryPolicy.shouldRetry(429, headers("Stripe-Should-Retry", "true")))
                .isTrue();
        assertThat(RetryPolicy.shouldRetry(503, headers("Stripe-Should-Retry", "false")))
                .isFalse();
        assertThat(RetryPolicy.shouldRetry(409, headers("Stripe-Should-Retry", "false")))
                .isFalse();
    }
}
