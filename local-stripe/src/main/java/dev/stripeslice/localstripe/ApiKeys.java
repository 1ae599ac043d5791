package dev.stripeslice.localstripe;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The fake's notion of a valid key: any test-mode secret ({@code sk_test_...}) or restricted
 * ({@code rk_test_...}) key, sent as {@code Authorization: Bearer <key>} or as the user name of
 * Basic auth (as {@code curl -u sk_test_...:} does). Live keys are refused: this server is test
 * mode only. Error messages show a redacted key, never the whole one.
 */
final class ApiKeys {
    private ApiKeys() {}

    static void check(@Nullable String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw new ApiError(
                    401,
                    "authentication_error",
                    null,
                    null,
                    "You did not provide an API key. You need to provide your API key in the Authorization"
                            + " header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').");
        }
        String key = keyOf(authorization.trim());
        if (key == null || !isTestKey(key)) {
            throw new ApiError(
                    401,
                    "authentication_error",
                    null,
                    null,
                    "Invalid API Key provided: " + redact(key == null ? authorization : key));
        }
    }

    static boolean isTestKey(String key) {
        return (key.startsWith("sk_test_") || key.startsWith("rk_test_"))
                && key.length() > 8
                && key.chars().noneMatch(Character::isWhitespace);
    }

    private static @Nullable String keyOf(String authorization) {
        String lower = authorization.toLowerCase(Locale.ROOT);
        if (lower.startsWith("bearer ")) {
            return authorization.substring(7).trim();
        }
        if (lower.startsWith("basic ")) {
            try {
                String decoded = new String(
                        Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    static String redact(String key) {
        if (key.length() <= 12) {
            return "*".repeat(key.length());
        }
        return key.substring(0, 8) + "*".repeat(Math.min(20, key.length() - 12)) + key.substring(key.length() - 4);
    }
}
