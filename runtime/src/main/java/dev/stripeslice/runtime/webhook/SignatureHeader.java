package dev.stripeslice.runtime.webhook;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A parsed {@code Stripe-Signature} header: {@code t=<unix seconds>,v1=<hex>[,v1=<hex>...]}. Stripe
 * sends one {@code v1} per active endpoint secret while a secret is being rolled, and may add
 * signatures of other schemes ({@code v0}), which are ignored.
 */
record SignatureHeader(long timestamp, List<String> v1Signatures) {
    static final String V1 = "v1";

    static SignatureHeader parse(@Nullable String header) throws WebhookException {
        if (header == null || header.isBlank()) {
            throw new WebhookException(
                    WebhookException.Reason.MISSING_HEADER,
                    "The request has no Stripe-Signature header; only requests sent by Stripe (or signed with "
                            + "WebhookSigner) can be verified");
        }
        Long timestamp = null;
        List<String> v1 = new ArrayList<>();
        for (String element : header.split(",", -1)) {
            int equals = element.indexOf('=');
            if (equals <= 0) {
                throw malformed("\"" + abbreviate(element) + "\" is not a key=value pair");
            }
            String key = element.substring(0, equals).trim();
            String value = element.substring(equals + 1).trim();
            if (key.equals("t")) {
                if (timestamp != null) {
                    throw malformed("it carries more than one timestamp t");
                }
                timestamp = parseTimestamp(value);
            } else if (key.equals(V1)) {
                v1.add(value);
            }
        }
        if (timestamp == null) {
            throw malformed("it has no timestamp t");
        }
        if (v1.isEmpty()) {
            throw new WebhookException(
                    WebhookException.Reason.NO_V1_SIGNATURE,
                    "The Stripe-Signature header has no v1 signature; Stripe signs every webhook with v1");
        }
        return new SignatureHeader(timestamp, List.copyOf(v1));
    }

    private static long parseTimestamp(String value) throws WebhookException {
        // Twelve digits reach the year 33658 and keep every timestamp a valid Instant.
        if (value.isEmpty() || value.length() > 12 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw malformed("its timestamp t=\"" + abbreviate(value) + "\" is not a number of seconds");
        }
        return Long.parseLong(value);
    }

    private static WebhookException malformed(String what) {
        return new WebhookException(
                WebhookException.Reason.MALFORMED_HEADER,
                "The Stripe-Signature header is malformed: " + what + " (expected t=<timestamp>,v1=<signature>)");
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
