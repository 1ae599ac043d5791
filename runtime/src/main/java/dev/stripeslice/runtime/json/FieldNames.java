package dev.stripeslice.runtime.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The declared properties of a record, by wire name, in component order: what a generated reader gives its
 * {@link RecordReader}, which then reports each field of the JSON object as the index of its property.
 *
 * <p>Stripe sends an object's fields in the order its records declare them, so the reader first checks whether a
 * field is the one after the last it matched (one byte comparison) and only then looks the name up.
 */
public final class FieldNames {
    private final String[] names;
    /** Each name as it appears in compact JSON: quoted and followed by the colon. */
    private final byte[][] quoted;

    private final byte[][] utf8;
    private final int[] hashes;
    /** Open addressing: index + 1 of the name in each slot, 0 for an empty slot. */
    private final int[] slots;

    private FieldNames(String[] names) {
        this.names = names;
        this.quoted = new byte[names.length][];
        this.utf8 = new byte[names.length][];
        this.hashes = new int[names.length];
        this.slots = new int[Integer.highestOneBit(Math.max(1, names.length) * 4)];
        for (int i = 0; i < names.length; i++) {
            byte[] bytes = names[i].getBytes(StandardCharsets.UTF_8);
            utf8[i] = bytes;
            quoted[i] = ('"' + names[i] + "\":").getBytes(StandardCharsets.UTF_8);
            hashes[i] = hash(bytes, 0, bytes.length);
            int slot = hashes[i] & (slots.length - 1);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = i + 1;
        }
    }

    /** The wire names of a record's properties, in the order of its components. */
    public static FieldNames of(String... names) {
        String[] copy = names.clone();
        if (Arrays.stream(copy).distinct().count() != copy.length) {
            throw new IllegalArgumentException("duplicate field names: " + Arrays.toString(copy));
        }
        return new FieldNames(copy);
    }

    /**
     * Like {@link #of}, for names joined by commas (which none of them contains): what generated readers use, so
     * that each record costs its reader class one string constant rather than an instruction sequence per name,
     * and the static initializer of a whole spec's readers stays far below the JVM's 64 KB method limit.
     */
    public static FieldNames split(String commaSeparatedNames) {
        return of(commaSeparatedNames.isEmpty() ? new String[0] : commaSeparatedNames.split(",", -1));
    }

    /** How {@link JsonInput} hashes the bytes of a field name as it reads them. */
    static int hash(byte[] bytes, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = hash * 31 + bytes[i];
        }
        return hash;
    }

    int size() {
        return names.length;
    }

    String name(int index) {
        return names[index];
    }

    byte[] quoted(int index) {
        return quoted[index];
    }

    /** The index of the name in {@code buf[start..end)} (plain UTF-8), or -1. */
    int indexOf(byte[] buf, int start, int end, int hash) {
        for (int slot = hash & (slots.length - 1); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
            int index = slots[slot] - 1;
            if (hashes[index] == hash && Arrays.equals(utf8[index], 0, utf8[index].length, buf, start, end)) {
                return index;
            }
        }
        return -1;
    }

    /** The index of {@code name}, or -1. */
    int indexOf(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        return indexOf(bytes, 0, bytes.length, hash(bytes, 0, bytes.length));
    }
}
