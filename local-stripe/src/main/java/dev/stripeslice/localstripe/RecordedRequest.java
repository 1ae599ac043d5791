package dev.stripeslice.localstripe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One request as {@link LocalStripe} received it.
 *
 * @param method upper-case HTTP method
 * @param path the raw (still percent-encoded) path
 * @param rawQuery the raw query string, {@code ""} when there is none
 * @param headers request headers; lookups are case-insensitive
 * @param body the body as UTF-8 text, {@code ""} when there is none
 * @param formParams decoded name/value pairs in order: those of the query string, then those of a
 *     form-encoded body, or the parts of a multipart body (a file part's value is its file name)
 * @param rawBody the body's bytes
 */
public record RecordedRequest(
        String method,
        String path,
        String rawQuery,
        Map<String, List<String>> headers,
        String body,
        List<Map.Entry<String, String>> formParams,
        byte[] rawBody) {

    public RecordedRequest {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.merge(name, List.copyOf(values), RecordedRequest::concat));
        headers = Collections.unmodifiableMap(copy);
        formParams = List.copyOf(formParams);
        rawBody = rawBody.clone();
    }

    /** A request whose body is {@code body} in UTF-8. */
    public RecordedRequest(
            String method,
            String path,
            String rawQuery,
            Map<String, List<String>> headers,
            String body,
            List<Map.Entry<String, String>> formParams) {
        this(method, path, rawQuery, headers, body, formParams, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public byte[] rawBody() {
        return rawBody.clone();
    }

    /** Whether the body is {@code multipart/form-data}. */
    public boolean isMultipart() {
        return MultipartPart.boundary(header("Content-Type")) != null;
    }

    /**
     * The parts of a {@code multipart/form-data} body, in order; empty for any other body.
     *
     * @throws IllegalStateException when the body is not well-formed multipart
     */
    public List<MultipartPart> parts() {
        try {
            return multipartParts();
        } catch (ApiError e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The part named {@code name}, or {@code null}. */
    public @Nullable MultipartPart part(String name) {
        for (MultipartPart part : parts()) {
            if (part.name().equals(name)) {
                return part;
            }
        }
        return null;
    }

    /** As {@link #parts()}, failing with Stripe's 400 on a malformed body. */
    List<MultipartPart> multipartParts() {
        String boundary = MultipartPart.boundary(header("Content-Type"));
        return boundary == null ? List.of() : MultipartPart.parse(rawBody, boundary);
    }

    /** The first value of a header, ignoring case, or {@code null}. */
    public @Nullable String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The first value of a decoded form or query parameter ({@code "components[buy_button][enabled]"}), or {@code null}. */
    public @Nullable String formParam(String name) {
        for (Map.Entry<String, String> param : formParams) {
            if (param.getKey().equals(name)) {
                return param.getValue();
            }
        }
        return null;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
