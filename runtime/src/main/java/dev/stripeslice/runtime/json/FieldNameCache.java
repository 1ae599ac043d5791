package dev.stripeslice.runtime.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The field names {@link JsonInput} has met, as canonical strings: Stripe sends the same few thousand names over and
 * over, so reading one costs a hash and a byte comparison instead of a new string. A string from here has its hash
 * code cached, which makes the {@code switch} of a generated reader cheap too.
 *
 * <p>An open-addressing table that only grows, up to {@value #MAX_NAMES} names; past that, names are made afresh
 * each time, so names that are data cannot grow it without bound. Lookups take no lock: a slot is written once, with
 * an immutable entry, so a thread sees the whole entry or none (and then adds it under the lock, or makes the name
 * itself).
 */
final class FieldNameCache {
    private static final int SLOTS = 8192;
    private static final int MAX_NAMES = SLOTS / 2;
    private static final int LONGEST = 64;

    private record Entry(int hash, byte[] bytes, String name) {}

    private static final Entry[] ENTRIES = new Entry[SLOTS];
    private static int count; // guarded by FieldNameCache.class

    private FieldNameCache() {}

    /**
     * The name held in {@code buf[start..end)}, plain UTF-8 without escapes.
     *
     * @param hash the bytes hashed as {@code h = 31 * h + b}
     */
    static String name(byte[] buf, int start, int end, int hash) {
        int length = end - start;
        if (length > LONGEST) {
            return new String(buf, start, length, StandardCharsets.UTF_8);
        }
        for (int slot = firstSlot(hash); ; slot = (slot + 1) & (SLOTS - 1)) {
            Entry entry = ENTRIES[slot];
            if (entry == null) {
                return add(buf, start, end, hash);
            }
            if (entry.hash == hash && Arrays.equals(entry.bytes, 0, entry.bytes.length, buf, start, end)) {
                return entry.name;
            }
        }
    }

    private static int firstSlot(int hash) {
        return (hash ^ (hash >>> 13)) & (SLOTS - 1);
    }

    private static synchronized String add(byte[] buf, int start, int end, int hash) {
        byte[] bytes = Arrays.copyOfRange(buf, start, end);
        String name = new String(bytes, StandardCharsets.UTF_8);
        if (count == MAX_NAMES) {
            return name;
        }
        for (int slot = firstSlot(hash); ; slot = (slot + 1) & (SLOTS - 1)) {
            Entry entry = ENTRIES[slot];
            if (entry == null) {
                ENTRIES[slot] = new Entry(hash, bytes, name);
                count++;
                return name;
            }
            if (entry.hash == hash && Arrays.equals(entry.bytes, bytes)) {
                return entry.name; // another thread added it meanwhile
            }
        }
    }
}
