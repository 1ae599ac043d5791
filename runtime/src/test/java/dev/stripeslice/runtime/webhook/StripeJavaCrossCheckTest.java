package dev.stripeslice.runtime.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stripe's own Java library (stripe-java) and this runtime agree on signatures: each accepts what the
 * other signs, for the same payloads, including non-ASCII text and every kind of JSON whitespace.
 */
class StripeJavaCrossCheckTest {
    private static final String SECRET = "whsec_cr0ssCheck";
    private static final Instant NOW = Instant.parse("2026-12-03T07:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final long TOLERANCE = 300;

    private final WebhookSigner signer = WebhookSigner.of(SECRET).withClock(CLOCK);
    private final WebhookVerifier verifier = WebhookVerifier.of(SECRET).withClock(CLOCK);

    static Stream<String> payloads() {
        List<String> payloads = new ArrayList<>(List.of(
                event("\"plain ascii\""),
                event("\"Zoë, Ærøskøbing, 日本語, emoji 🎉 and 𝄞\""),
                event("\"escaped \\u00e9 and \\\"quotes\\\" and \\\\ back\\/slash\""),
                "{\r\n\t\"id\" : \"evt_ws\" ,\r\n\t\"object\":\"event\", \"type\" :\"x.y\",\n\n  \"data\":{ \"object\" : { } } }  \n",
                "\uFEFF" + event("\"after a byte-order mark\""),
                event("\"line\\nbreaks\\r\\nand\\ttabs\" ") + "\n"));
        Random random = new Random(16);
        for (int i = 0; i < 200; i++) {
            payloads.add(event(randomJsonString(random)));
        }
        return payloads.stream();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void stripeJavaAcceptsWhatThisRuntimeSigns(String payload) throws Exception {
        String header = signer.signatureHeader(payload.getBytes(StandardCharsets.UTF_8));

        assertThat(Webhook.constructEvent(payload, header, SECRET, TOLERANCE, CLOCK)
                        .getId())
                .startsWith("evt_");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void thisRuntimeAcceptsWhatStripeJavaSigns(String payload) throws Exception {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        long t = NOW.getEpochSecond();
        String byUtil = "t=" + t + ",v1=" + Webhook.Util.computeHmacSha256(SECRET, t + "." + payload);
        String byGenerator = Webhook.Signature.generateSignatureHeader(payload, SECRET, t);

        assertThat(verifier.verify(bytes, byUtil)).isEqualTo(NOW);
        assertThat(verifier.verify(bytes, byGenerator)).isEqualTo(NOW);
        assertThat(signer.signatureHeader(bytes)).isEqualTo(byGenerator);
    }

    @Test
    void bothRefuseATamperedBodyAndAnOldTimestamp() {
        String payload = event("\"Zoë\"");
        String header = signer.signatureHeader(payload.getBytes(StandardCharsets.UTF_8));
        String tampered = payload.replace("Zoë", "Zoe");
        String old = signer.signatureHeader(payload.getBytes(StandardCharsets.UTF_8), NOW.minusSeconds(TOLERANCE + 1));

        assertThatThrownBy(() -> Webhook.constructEvent(tampered, header, SECRET, TOLERANCE, CLOCK))
                .isInstanceOf(SignatureVerificationException.class);
        assertThat(catchThrowableOfType(
                                WebhookException.class,
                                () -> verifier.verify(tampered.getBytes(StandardCharsets.UTF_8), header))
                        .reason())
                .isEqualTo(WebhookException.Reason.NO_MATCHING_SIGNATURE);
        assertThatThrownBy(() -> Webhook.constructEvent(payload, old, SECRET, TOLERANCE, CLOCK))
                .isInstanceOf(SignatureVerificationException.class);
        assertThat(catchThrowableOfType(
                                WebhookException.class,
                                () -> verifier.verify(payload.getBytes(StandardCharsets.UTF_8), old))
                        .reason())
                .isEqualTo(WebhookException.Reason.TIMESTAMP_TOO_OLD);
    }

    private static String event(String description) {
        return "{\n  \"id\": \"evt_1\",\n  \"object\": \"event\",\n  \"type\": \"customer.updated\",\n  \"created\": 1796281000,\n"
                + "  \"data\": {\"object\": {\"id\": \"cus_1\", \"object\": \"customer\", \"description\": "
                + description + "}}\n}";
    }

    /** A JSON string literal of random code points (any plane, no surrogate halves) and whitespace. */
    private static String randomJsonString(Random random) {
        StringBuilder out = new StringBuilder("\"");
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(4);
            int codePoint = switch (kind) {
                case 0 -> 0x20 + random.nextInt(0x5f);
                case 1 -> 0xa0 + random.nextInt(0xd800 - 0xa0);
                case 2 -> 0xe000 + random.nextInt(0x10000 - 0xe000);
                default -> 0x10000 + random.nextInt(0x110000 - 0x10000);
            };
            if (codePoint == '"' || codePoint == '\\') {
                out.append('\\');
            }
            out.appendCodePoint(codePoint);
            if (random.nextInt(8) == 0) {
                out.append(random.nextBoolean() ? "\\n" : "\\t");
            }
        }
        return out.append('"').append(random.nextBoolean() ? " \n" : "\t").toString();
    }
}
