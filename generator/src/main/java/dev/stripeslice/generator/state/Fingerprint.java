package dev.stripeslice.generator.state;

import dev.stripeslice.generator.GenerationRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The identity of one generation's inputs: SHA-256 of the spec's bytes, every request parameter that can change
 * the output or the outcome, and the generator's identity. Equal fingerprints mean the previous output is still
 * right.
 *
 * @param value the fingerprint, hex
 * @param specSha256 the spec's own hash, hex, which tells a changed spec from a changed configuration
 */
public record Fingerprint(String value, String specSha256) {
    private static final String FORMAT = "stripe-slice-fingerprint/1";

    /** Hashes the spec file (the only read of it) and the request. */
    public static Fingerprint of(GenerationRequest request, String generatorIdentity) throws IOException {
        MessageDigest specDigest = Hashing.sha256();
        Hashing.update(specDigest, request.specFile());
        String specSha256 = Hashing.hex(specDigest.digest());
        StringBuilder text = new StringBuilder(FORMAT).append('\n');
        line(text, "generator", generatorIdentity);
        line(text, "spec", specSha256);
        line(text, "specDisplayName", request.specDisplayName());
        line(text, "resourceIds", String.join(",", request.resourceIds()));
        line(text, "basePackage", request.basePackage());
        line(text, "allowUnresolvedRefs", Boolean.toString(request.allowUnresolvedRefs()));
        String expected = request.expectedApiVersion();
        line(text, "expectedApiVersion", expected == null ? "" : expected);
        MessageDigest digest = Hashing.sha256();
        digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
        return new Fingerprint(Hashing.hex(digest.digest()), specSha256);
    }

    private static void line(StringBuilder text, String key, String value) {
        // Length-prefixed, so no value can imitate another key.
        text.append(key)
                .append('=')
                .append(value.length())
                .append(':')
                .append(value)
                .append('\n');
    }
}
