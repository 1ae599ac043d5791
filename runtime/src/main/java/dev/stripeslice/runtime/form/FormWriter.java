package dev.stripeslice.runtime.form;

import dev.stripeslice.runtime.json.WireEnum;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Collects request parameters as Stripe form pairs: nested objects and maps become
 * {@code parent[child]} keys, lists become {@code key[0]}, {@code key[1]}, and so on.
 *
 * <p>Not thread-safe; create one per request.
 */
public final class FormWriter {
    /** Sends {@code key=} (an empty value), which clears the field on Stripe's side. */
    public static final EmptyValue EMPTY = EmptyValue.INSTANCE;

    private final List<Map.Entry<String, String>> pairs;
    /** Files to send as parts of a multipart body, each with the number of pairs written before it. */
    private final List<FilePart> files;

    private final @Nullable String prefix;
    private final Set<String> keysWritten = new HashSet<>();

    public FormWriter() {
        this(new ArrayList<>(), new ArrayList<>(), null);
    }

    private FormWriter(List<Map.Entry<String, String>> pairs, List<FilePart> files, @Nullable String prefix) {
        this.pairs = pairs;
        this.files = files;
        this.prefix = prefix;
    }

    /** Adds one parameter; {@code null} values are skipped. */
    public FormWriter put(String key, @Nullable Object value) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("form key must be non-empty");
        }
        keysWritten.add(key);
        if (value != null) {
            writeValue(childKey(key), value);
        }
        return this;
    }

    /**
     * Adds parameters this client does not model (Stripe's "extra params"), at the current
     * nesting level. A key that was already written with {@link #put} is refused.
     */
    public FormWriter putExtra(@Nullable Map<String, ?> extraParams) {
        if (extraParams == null) {
            return this;
        }
        for (Map.Entry<String, ?> entry : extraParams.entrySet()) {
            String key = entry.getKey();
            if (keysWritten.contains(key)) {
                throw new IllegalArgumentException(
                        "extra param '" + childKey(key) + "' duplicates a parameter that is already set");
            }
            put(key, entry.getValue());
        }
        return this;
    }

    /** The pairs written so far, in order. */
    public List<Map.Entry<String, String>> pairs() {
        return Collections.unmodifiableList(new ArrayList<>(pairs));
    }

    /**
     * A file written with {@link #put}, to be sent as its own part of a {@code multipart/form-data} body.
     *
     * @param position how many {@link #pairs()} were written before it (keeps declaration order)
     */
    public record FilePart(int position, String key, FileUpload file) {}

    /** The files written so far, in order; only a multipart body can carry them. */
    public List<FilePart> files() {
        return List.copyOf(files);
    }

    /**
     * {@code application/x-www-form-urlencoded} in UTF-8, with {@code [} and {@code ]} left literal
     * in keys as Stripe's own libraries send them.
     */
    public String encode() {
        if (!files.isEmpty()) {
            throw new IllegalStateException("parameter '" + files.get(0).key()
                    + "' is a file, which can only be sent in a multipart/form-data body");
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> pair : pairs) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(encodeKey(pair.getKey())).append('=').append(urlEncode(pair.getValue()));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        // Values may be secrets; show only the keys.
        List<String> keys = new ArrayList<>(pairs.size());
        for (Map.Entry<String, String> pair : pairs) {
            keys.add(pair.getKey());
        }
        return "FormWriter" + keys;
    }

    private String childKey(String key) {
        return prefix == null ? key : prefix + '[' + key + ']';
    }

    private void writeValue(String key, Object value) {
        if (value instanceof String) {
            add(key, (String) value);
        } else if (value instanceof WireEnum) {
            WireEnum wireEnum = (WireEnum) value;
            if (wireEnum.isUnknown()) {
                throw new IllegalArgumentException("parameter '" + key + "' holds the unknown fallback of "
                        + value.getClass().getSimpleName() + ", which cannot be sent");
            }
            add(key, wireEnum.wireValue());
        } else if (value instanceof Boolean
                || value instanceof Long
                || value instanceof Integer
                || value instanceof Short
                || value instanceof Byte
                || value instanceof java.math.BigInteger) {
            add(key, value.toString());
        } else if (value instanceof BigDecimal) {
            add(key, ((BigDecimal) value).toPlainString());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("parameter '" + key + "' is not a finite number");
            }
            add(key, BigDecimal.valueOf(d).toPlainString());
        } else if (value instanceof FileUpload) {
            files.add(new FilePart(pairs.size(), key, (FileUpload) value));
        } else if (value instanceof AnyOf<?, ?> anyOf) {
            writeValue(key, anyOf.value());
        } else if (value instanceof EmptyValue) {
            add(key, "");
        } else if (value instanceof FormParams) {
            // An object with nothing set writes nothing, as stripe-java sends an empty map: "key=" would be
            // a string where Stripe expects an object, and Stripe refuses it.
            ((FormParams) value).writeForm(new FormWriter(pairs, files, key));
        } else if (value instanceof List) {
            writeList(key, (List<?>) value);
        } else if (value instanceof Map) {
            writeMap(key, (Map<?, ?>) value);
        } else {
            throw new IllegalArgumentException("parameter '" + key + "' has unsupported type "
                    + value.getClass().getName());
        }
    }

    private void writeList(String key, List<?> list) {
        if (list.isEmpty()) {
            add(key, "");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            Object element = list.get(i);
            String elementKey = key + '[' + i + ']';
            if (element == null) {
                throw new IllegalArgumentException("parameter '" + elementKey + "' is null");
            }
            writeValue(elementKey, element);
        }
    }

    private void writeMap(String key, Map<?, ?> map) {
        if (map.isEmpty()) {
            add(key, "");
            return;
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String)) {
                throw new IllegalArgumentException("parameter '" + key + "' has a non-string map key");
            }
            Object element = entry.getValue();
            if (element != null) {
                writeValue(key + '[' + entry.getKey() + ']', element);
            }
        }
    }

    private void add(String key, String value) {
        pairs.add(Map.entry(key, value));
    }

    private static String encodeKey(String key) {
        return urlEncode(key).replace("%5B", "[").replace("%5D", "]");
    }

    private static String urlEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
