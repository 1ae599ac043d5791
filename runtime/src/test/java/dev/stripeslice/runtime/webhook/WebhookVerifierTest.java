package dev.stripeslice.runtime.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stripeslice.runtime.webhook.WebhookException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookVerifierTest {
    static final String SECRET = "whsec_test_5ecretVa1ueNeverShown";
    static final Instant NOW = Instant.parse("2026-12-03T07:00:00Z");
    private static final byte[] PAYLOAD = "{\"id\":\"evt_1\",\"object\":\"event\"}".getBytes(StandardCharsets.UTF_8);

    private final WebhookVerifier verifier = WebhookVerifier.of(SECRET).withClock(Clock.fixed(NOW, ZoneOffset.UTC));
    private final WebhookSigner signer = WebhookSigner.of(SECRET).withClock(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void acceptsWhatTheSignerSignsAndReturnsTheSigningTime() throws Exception {
        String header = signer.signatureHeader(PAYLOAD);

        assertThat(header).matches("t=1796281200,v1=[0-9a-f]{64}");
        assertThat(verifier.verify(PAYLOAD, header)).isEqualTo(NOW);
    }

    @Test
    void knownVector() throws Exception {
        // HMAC-SHA256(key "whsec_test_5ecretVa1ueNeverShown", "1796281200.{...}"), computed with openssl dgst -sha256
        // -hmac.
        String header = signer.signatureHeader(PAYLOAD);
        assertThat(signature(header)).isEqualTo("d6ac107ef61bf5e383500f619a2827a008a66285042240274cd1c552bbeca74b");
    }

    @Test
    void anyMatchingV1AcceptsAndOtherSchemesAreIgnored() throws Exception {
        String good = signature(signer.signatureHeader(PAYLOAD));
        String rolledOut = signature(WebhookSigner.of("whsec_old")
                .withClock(Clock.fixed(NOW, ZoneOffset.UTC))
                .signatureHeader(PAYLOAD));

        assertThat(verifier.verify(PAYLOAD, "t=" + NOW.getEpochSecond() + ",v1=" + rolledOut + ",v1=" + good))
                .isEqualTo(NOW);
        assertThat(verifier.verify(PAYLOAD, "t=" + NOW.getEpochSecond() + ",v0=abc,v1=" + good + ",v9=x"))
                .isEqualTo(NOW);
    }

    @Test
    void missingHeader() {
        assertThat(reasonFor(null)).isEqualTo(Reason.MISSING_HEADER);
        assertThat(reasonFor("")).isEqualTo(Reason.MISSING_HEADER);
        assertThat(reasonFor("  ")).isEqualTo(Reason.MISSING_HEADER);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "garbage",
                "v1=abc",
                "t=,v1=abc",
                "t=12a,v1=abc",
                "t=-5,v1=abc",
                "t=1,t=2,v1=abc",
                "t=1,,v1=abc",
                "=1,v1=abc",
                "t=9999999999999,v1=abc",
                "t=99999999999999999999,v1=abc"
            })
    void malformedHeader(String header) {
        WebhookException e = catchThrowableOfType(WebhookException.class, () -> verifier.verify(PAYLOAD, header));
        assertThat(e.reason()).isEqualTo(Reason.MALFORMED_HEADER);
        assertThat(e).hasMessageContaining("Stripe-Signature header is malformed");
    }

    @Test
    void noV1Signature() {
        assertThat(reasonFor("t=" + NOW.getEpochSecond() + ",v0=" + "ab".repeat(32)))
                .isEqualTo(Reason.NO_V1_SIGNATURE);
    }

    @Test
    void noMatchingSignature() {
        String header = signer.signatureHeader(PAYLOAD);
        String otherSecret = WebhookSigner.of(SECRET + "x")
                .withClock(Clock.fixed(NOW, ZoneOffset.UTC))
                .signatureHeader(PAYLOAD);
        String upperCase =
                "t=" + NOW.getEpochSecond() + ",v1=" + signature(header).toUpperCase(java.util.Locale.ROOT);
        String otherTime = "t=" + (NOW.getEpochSecond() - 1) + ",v1=" + signature(header);

        assertThat(reasonFor(otherSecret)).isEqualTo(Reason.NO_MATCHING_SIGNATURE);
        assertThat(reasonFor(upperCase)).isEqualTo(Reason.NO_MATCHING_SIGNATURE);
        assertThat(reasonFor(otherTime)).isEqualTo(Reason.NO_MATCHING_SIGNATURE);
    }

    @Test
    void theRawBytesAreVerifiedNotAReEncodedBody() throws Exception {
        byte[] raw = "{\"name\": \"Zoë\",\n  \"n\": 1.50}".getBytes(StandardCharsets.UTF_8);
        String header = signer.signatureHeader(raw);
        byte[] reformatted = "{\"name\":\"Zoë\",\"n\":1.50}".getBytes(StandardCharsets.UTF_8);
        byte[] otherCharset = "{\"name\": \"Zoë\",\n  \"n\": 1.50}".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(verifier.verify(raw, header)).isEqualTo(NOW);
        assertThat(catchThrowableOfType(WebhookException.class, () -> verifier.verify(reformatted, header))
                        .reason())
                .isEqualTo(Reason.NO_MATCHING_SIGNATURE);
        assertThat(catchThrowableOfType(WebhookException.class, () -> verifier.verify(otherCharset, header))
                        .reason())
                .isEqualTo(Reason.NO_MATCHING_SIGNATURE);
    }

    @Test
    void tooOldBeyondTheToleranceWhichIsConfigurable() throws Exception {
        String fiveMinutesAgo = signer.signatureHeader(PAYLOAD, NOW.minusSeconds(300));
        String fiveMinutesAndOneSecondAgo = signer.signatureHeader(PAYLOAD, NOW.minusSeconds(301));

        assertThat(verifier.tolerance()).isEqualTo(Duration.ofMinutes(5));
        assertThat(verifier.verify(PAYLOAD, fiveMinutesAgo)).isEqualTo(NOW.minusSeconds(300));
        WebhookException e = catchThrowableOfType(
                WebhookException.class, () -> verifier.verify(PAYLOAD, fiveMinutesAndOneSecondAgo));
        assertThat(e.reason()).isEqualTo(Reason.TIMESTAMP_TOO_OLD);
        assertThat(e).hasMessageContaining("301 s old").hasMessageContaining("tolerance of 300 s");

        WebhookVerifier lenient = verifier.withTolerance(Duration.ofMinutes(10));
        assertThat(lenient.verify(PAYLOAD, fiveMinutesAndOneSecondAgo)).isEqualTo(NOW.minusSeconds(301));
        assertThat(catchThrowableOfType(
                                WebhookException.class,
                                () -> verifier.withTolerance(Duration.ofSeconds(10))
                                        .verify(PAYLOAD, signer.signatureHeader(PAYLOAD, NOW.minusSeconds(11))))
                        .reason())
                .isEqualTo(Reason.TIMESTAMP_TOO_OLD);
    }

    @Test
    void aTimestampAheadOfTheClockIsAcceptedAsStripesLibrariesDo() throws Exception {
        // Only age is limited: a clock behind Stripe's must not refuse fresh events.
        assertThat(verifier.verify(PAYLOAD, signer.signatureHeader(PAYLOAD, NOW.plusSeconds(600))))
                .isEqualTo(NOW.plusSeconds(600));
    }

    @Test
    void aSignatureThatDoesNotMatchIsReportedAsSuchEvenWhenOld() {
        String old = signer.signatureHeader(PAYLOAD, NOW.minusSeconds(3600));
        assertThat(reasonFor(old.replace("v1=", "v1=0"))).isEqualTo(Reason.NO_MATCHING_SIGNATURE);
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> WebhookVerifier.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> verifier.withTolerance(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> verifier.withTolerance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSecretIsInNoMessageAndNoToString() {
        String[] headers = {
            null,
            "garbage",
            "t=1",
            "t=1,v0=a",
            signer.signatureHeader(PAYLOAD, NOW.minusSeconds(1000)),
            "t=" + NOW.getEpochSecond() + ",v1=00"
        };
        for (String header : headers) {
            WebhookException e = catchThrowableOfType(WebhookException.class, () -> verifier.verify(PAYLOAD, header));
            assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain("5ecret");
        }
        assertThat(verifier.toString()).doesNotContain("5ecret").contains("<redacted>");
        assertThat(signer.toString()).doesNotContain("5ecret").contains("<redacted>");
    }

    private Reason reasonFor(String header) {
        return catchThrowableOfType(WebhookException.class, () -> verifier.verify(PAYLOAD, header))
                .reason();
    }

    private static String signature(String header) {
        return header.substring(header.indexOf("v1=") + 3);
    }
}
