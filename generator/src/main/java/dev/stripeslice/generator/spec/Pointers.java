package dev.stripeslice.generator.spec;

import org.jspecify.annotations.Nullable;

/** RFC 6901 JSON pointers. */
public final class Pointers {
    private Pointers() {}

    public static String child(String pointer, String token) {
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** The schema name of a local ref such as {@code #/components/schemas/customer}, or null. */
    public static @Nullable String schemaNameOf(String ref) {
        String prefix = "#/components/schemas/";
        if (!ref.startsWith(prefix)) {
            return null;
        }
        String token = ref.substring(prefix.length());
        if (token.contains("/")) {
            return null;
        }
        return token.replace("~1", "/").replace("~0", "~");
    }
}
