package dev.stripeslice.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {
    @Test
    void keysAreVersion4UuidsAndDoNotRepeatAcrossThreads() {
        Set<String> keys = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 20_000).parallel().forEach(i -> keys.add(IdempotencyKeys.next()));
        assertThat(keys).hasSize(20_000);
        for (String key : keys) {
            UUID uuid = UUID.fromString(key);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(key);
        }
    }
}
