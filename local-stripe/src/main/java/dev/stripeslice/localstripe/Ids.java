package dev.stripeslice.localstripe;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Deterministic Stripe-like identifiers. Each instance is seeded from the server seed and a
 * context string (typically method, path and body), so the same request always gets the same ids.
 */
final class Ids {
    private static final char[] ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    // Prefixes Stripe uses for common resources; others are derived from the resource id.
    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("account", "acct"),
            Map.entry("balance_transaction", "txn"),
            Map.entry("bank_account", "ba"),
            Map.entry("card", "card"),
            Map.entry("charge", "ch"),
            Map.entry("checkout.session", "cs_test"),
            Map.entry("coupon", "co"),
            Map.entry("credit_note", "cn"),
            Map.entry("customer", "cus"),
            Map.entry("customer_session", "cuss"),
            Map.entry("dispute", "dp"),
            Map.entry("event", "evt"),
            Map.entry("file", "file"),
            Map.entry("invoice", "in"),
            Map.entry("invoiceitem", "ii"),
            Map.entry("mandate", "mandate"),
            Map.entry("payment_intent", "pi"),
            Map.entry("payment_link", "plink"),
            Map.entry("payment_method", "pm"),
            Map.entry("payout", "po"),
            Map.entry("plan", "plan"),
            Map.entry("price", "price"),
            Map.entry("product", "prod"),
            Map.entry("promotion_code", "promo"),
            Map.entry("refund", "re"),
            Map.entry("setup_intent", "seti"),
            Map.entry("source", "src"),
            Map.entry("subscription", "sub"),
            Map.entry("subscription_item", "si"),
            Map.entry("subscription_schedule", "sub_sched"),
            Map.entry("tax_id", "txi"),
            Map.entry("tax_rate", "txr"),
            Map.entry("test_helpers.test_clock", "clock"),
            Map.entry("token", "tok"),
            Map.entry("transfer", "tr"),
            Map.entry("webhook_endpoint", "we"));

    private final SplittableRandom random;

    Ids(long seed, String context) {
        this.random = new SplittableRandom(seed ^ fnv1a(context));
    }

    String id(String prefix) {
        return prefix + "_" + token(14);
    }

    String token(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }

    static String prefixFor(@Nullable String resourceId) {
        if (resourceId == null || resourceId.isEmpty()) {
            return "obj";
        }
        String known = PREFIXES.get(resourceId);
        if (known != null) {
            return known;
        }
        String last = resourceId.substring(resourceId.lastIndexOf('.') + 1);
        String[] words = last.split("_");
        if (words.length == 1) {
            return last.substring(0, Math.min(4, last.length())).toLowerCase(Locale.ROOT);
        }
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty()) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString().toLowerCase(Locale.ROOT);
    }

    static long fnv1a(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
