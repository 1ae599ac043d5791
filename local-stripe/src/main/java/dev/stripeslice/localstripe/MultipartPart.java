package dev.stripeslice.localstripe;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One part of a {@code multipart/form-data} request body as {@link LocalStripe} received it.
 *
 * @param name the part's {@code name} (a bracket key such as {@code file_link_data[create]})
 * @param filename the {@code filename}, present on file parts only
 * @param contentType the part's {@code Content-Type}, or null when it sent none
 * @param content the part's bytes
 */
public record MultipartPart(
        String name, @Nullable String filename, @Nullable String contentType, byte[] content) {

    public MultipartPart {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The content as UTF-8 text. */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "MultipartPart{" + name + (filename == null ? "" : ", filename=" + filename)
                + (contentType == null ? "" : ", " + contentType) + ", " + content.length + " bytes}";
    }

    /** The boundary of a {@code multipart/form-data} content type, or null for any other type. */
    static @Nullable String boundary(@Nullable String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String trimmed = parameter.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String value = trimmed.substring("boundary=".length());
                return value.startsWith("\"") && value.endsWith("\"") && value.length() > 1
                        ? value.substring(1, value.length() - 1)
                        : value;
            }
        }
        return null;
    }

    /**
     * Splits a body into its parts (RFC 7578). A body that is not well-formed multipart is a 400, as
     * Stripe answers it.
     */
    static List<MultipartPart> parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<MultipartPart> parts = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        if (at != 0) {
            throw malformed("the body does not start with the boundary");
        }
        while (true) {
            int afterDelimiter = at + delimiter.length;
            if (startsWith(body, afterDelimiter, "--")) {
                return parts; // the close delimiter
            }
            if (!startsWith(body, afterDelimiter, "\r\n")) {
                throw malformed("a boundary line does not end with CRLF");
            }
            int headersStart = afterDelimiter + 2;
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) {
                throw malformed("a part has no blank line after its headers");
            }
            int next = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), headersEnd + 4);
            if (next < 0) {
                throw malformed("a part is not followed by a boundary");
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            byte[] content = java.util.Arrays.copyOfRange(body, headersEnd + 4, next);
            parts.add(part(headers, content));
            at = next + 2;
        }
    }

    private static MultipartPart part(String headers, byte[] content) {
        String name = null;
        String filename = null;
        String contentType = null;
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String header = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (header.equals("content-type")) {
                contentType = value;
            } else if (header.equals("content-disposition")) {
                name = parameter(value, "name");
                filename = parameter(value, "filename");
            }
        }
        if (name == null) {
            throw malformed("a part has no Content-Disposition name");
        }
        return new MultipartPart(name, filename, contentType, content);
    }

    private static @Nullable String parameter(String disposition, String wanted) {
        for (String parameter : disposition.split(";")) {
            String trimmed = parameter.trim();
            int eq = trimmed.indexOf('=');
            if (eq > 0 && trimmed.substring(0, eq).trim().equalsIgnoreCase(wanted)) {
                String value = trimmed.substring(eq + 1).trim();
                if (value.startsWith("\"") && value.endsWith("\"") && value.length() > 1) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.replace("%22", "\"").replace("%0D", "\r").replace("%0A", "\n");
            }
        }
        return null;
    }

    private static ApiError malformed(String why) {
        return ApiError.invalidRequest(null, null, "Invalid multipart/form-data body: " + why + ".");
    }

    private static boolean startsWith(byte[] body, int at, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        if (at + bytes.length > body.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (body[at + i] != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
