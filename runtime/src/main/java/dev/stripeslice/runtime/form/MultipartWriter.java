package dev.stripeslice.runtime.form;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Encodes a {@link FormWriter}'s params as a {@code multipart/form-data} body (RFC 7578), the way
 * Stripe's file upload expects it: every form pair is its own part named by its bracket key
 * ({@code file_link_data[create]}), and every {@link FileUpload} is a part with a {@code filename}
 * and its content type. Parts keep the params' declaration order.
 */
public final class MultipartWriter {
    private static final byte[] CRLF = {'\r', '\n'};

    private final String boundary;

    public MultipartWriter() {
        this("stripe-slice-" + UUID.randomUUID());
    }

    /** A writer with a fixed boundary (tests); it must not occur in any part. */
    public MultipartWriter(String boundary) {
        Objects.requireNonNull(boundary, "boundary");
        if (boundary.isEmpty() || boundary.length() > 70 || !boundary.matches("[0-9A-Za-z'()+_,./:=?-]+")) {
            throw new IllegalArgumentException("invalid multipart boundary");
        }
        this.boundary = boundary;
    }

    /** The {@code Content-Type} header value for bodies from this writer. */
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public byte[] encode(FormWriter form) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Map.Entry<String, String>> pairs = form.pairs();
        List<FormWriter.FilePart> files = form.files();
        int nextFile = 0;
        for (int i = 0; i <= pairs.size(); i++) {
            while (nextFile < files.size() && files.get(nextFile).position() == i) {
                FormWriter.FilePart file = files.get(nextFile++);
                byte[] contents = file.file().readAllBytes();
                if (indexOf(contents, ("--" + boundary).getBytes(StandardCharsets.US_ASCII)) >= 0) {
                    throw new IllegalStateException(
                            "file upload " + file.file().filename() + " contains the multipart boundary");
                }
                writePart(
                        out,
                        "form-data; name=\"" + quote(file.key()) + "\"; filename=\""
                                + quote(file.file().filename()) + "\"",
                        file.file().contentType(),
                        contents);
            }
            if (i < pairs.size()) {
                Map.Entry<String, String> pair = pairs.get(i);
                writePart(
                        out,
                        "form-data; name=\"" + quote(pair.getKey()) + "\"",
                        null,
                        pair.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        write(out, "--" + boundary + "--");
        out.write(CRLF, 0, 2);
        return out.toByteArray();
    }

    private void writePart(
            ByteArrayOutputStream out,
            String disposition,
            @org.jspecify.annotations.Nullable String type,
            byte[] contents) {
        write(out, "--" + boundary);
        out.write(CRLF, 0, 2);
        write(out, "Content-Disposition: " + disposition);
        out.write(CRLF, 0, 2);
        if (type != null) {
            write(out, "Content-Type: " + type);
            out.write(CRLF, 0, 2);
        }
        out.write(CRLF, 0, 2);
        out.write(contents, 0, contents.length);
        out.write(CRLF, 0, 2);
    }

    /** Names and file names as HTML forms send them: {@code "}, CR and LF percent-encoded; UTF-8 otherwise. */
    static String quote(String value) {
        return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
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
