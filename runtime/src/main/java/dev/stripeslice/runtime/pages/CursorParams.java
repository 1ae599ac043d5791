package dev.stripeslice.runtime.pages;

import dev.stripeslice.runtime.form.FormParams;
import dev.stripeslice.runtime.form.FormWriter;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The params of a first page with its cursor replaced: every field as the caller set it, except that
 * {@code key} is set to {@code value} (in its original place, or last) and the {@code dropped} cursor keys are
 * left out. How auto-pagination asks for the next page without knowing the params type.
 */
final class CursorParams implements FormParams {
    private final @Nullable FormParams base;
    private final String key;
    private final String value;
    private final Set<String> dropped;

    CursorParams(@Nullable FormParams base, String key, String value, Set<String> dropped) {
        this.base = base;
        this.key = key;
        this.value = value;
        this.dropped = dropped;
    }

    @Override
    public void writeForm(FormWriter form) {
        boolean written = false;
        for (Map.Entry<String, String> pair : pairsOf(base).pairs()) {
            if (pair.getKey().equals(key)) {
                if (!written) {
                    form.put(key, value);
                    written = true;
                }
            } else if (!dropped.contains(pair.getKey())) {
                form.put(pair.getKey(), pair.getValue());
            }
        }
        if (!written) {
            form.put(key, value);
        }
    }

    /** The pairs {@code params} writes. */
    static FormWriter pairsOf(@Nullable FormParams params) {
        FormWriter writer = new FormWriter();
        if (params != null) {
            params.writeForm(writer);
        }
        return writer;
    }

    static boolean sets(@Nullable FormParams params, String key) {
        for (Map.Entry<String, String> pair : pairsOf(params).pairs()) {
            if (pair.getKey().equals(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "CursorParams{" + key + "}";
    }
}
