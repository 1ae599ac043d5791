package dev.stripeslice.runtime;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Random (version 4) UUIDs for the {@code Idempotency-Key} of POSTs. {@link UUID#randomUUID()}
 * draws from one SecureRandom shared by the whole JVM, and with 64 threads calling, most of a
 * call's time went to queueing on its lock; here each thread draws from one of several generators,
 * each made (and seeded from the system) when first used.
 */
final class IdempotencyKeys {
    private static final int SOURCES = 16; // a power of two
    private static final AtomicReferenceArray<SecureRandom> RANDOMS = new AtomicReferenceArray<>(SOURCES);

    private IdempotencyKeys() {}

    static String next() {
        byte[] bytes = new byte[16];
        source((int) Thread.currentThread().getId() & (SOURCES - 1)).nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
        long most = 0;
        long least = 0;
        for (int i = 0; i < 8; i++) {
            most = (most << 8) | (bytes[i] & 0xff);
            least = (least << 8) | (bytes[i + 8] & 0xff);
        }
        return new UUID(most, least).toString();
    }

    private static SecureRandom source(int slot) {
        SecureRandom random = RANDOMS.get(slot);
        if (random == null) {
            random = newRandom();
            if (!RANDOMS.compareAndSet(slot, null, random)) {
                random = RANDOMS.get(slot);
            }
        }
        return random;
    }

    /** A generator with its own state and lock (the default one shares the JVM's /dev/urandom reader). */
    private static SecureRandom newRandom() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }
}
