package dev.stripeslice.runtime;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Removes API keys and client secrets from text bound for messages and logs. */
final class Redactor {
    private static final Pattern SECRET_KEY = Pattern.compile("\\b((?:sk|rk)_(?:live|test)_)[0-9A-Za-z]+");
    private static final Pattern CLIENT_SECRET = Pattern.compile("(_secret_)[0-9A-Za-z]+");
    private static final Pattern WEBHOOK_SECRET = Pattern.compile("\\b(whsec_)[0-9A-Za-z]+");
    static final String REDACTED = "[REDACTED]";

    private Redactor() {}

    static @Nullable String redactNullable(@Nullable String text, @Nullable String apiKey) {
        return text == null ? null : redact(text, apiKey);
    }

    static String redact(String text, @Nullable String apiKey) {
        String out = text;
        if (apiKey != null && !apiKey.isEmpty()) {
            out = out.replace(apiKey, REDACTED);
        }
        out = SECRET_KEY.matcher(out).replaceAll("$1" + REDACTED);
        out = CLIENT_SECRET.matcher(out).replaceAll("$1" + REDACTED);
        return WEBHOOK_SECRET.matcher(out).replaceAll("$1" + REDACTED);
    }
}
