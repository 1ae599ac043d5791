package dev.stripeslice.runtime.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file sent in a {@code multipart/form-data} request (Stripe's file upload): a file name, a content
 * type and the bytes, read when the request is built (once per call; retries resend the same bytes).
 *
 * <p>{@link #toString()} shows the name, type and size, never the contents.
 */
public final class FileUpload {
    /** Supplies the contents; called once per request that sends this upload. */
    @FunctionalInterface
    public interface Contents {
        InputStream open() throws IOException;
    }

    private final String filename;
    private final String contentType;
    private final Contents contents;
    private final long knownSize;

    private FileUpload(String filename, String contentType, Contents contents, long knownSize) {
        this.filename = Objects.requireNonNull(filename, "filename");
        this.contentType = checkedContentType(Objects.requireNonNull(contentType, "contentType"));
        this.contents = Objects.requireNonNull(contents, "contents");
        this.knownSize = knownSize;
    }

    /** The file at {@code path}, named by its file name, with the type guessed from its extension. */
    public static FileUpload of(Path path) {
        Objects.requireNonNull(path, "path");
        Path name = path.getFileName();
        String filename = name == null ? "file" : name.toString();
        return new FileUpload(filename, guessContentType(filename), () -> Files.newInputStream(path), -1);
    }

    /** The file at {@code path} with an explicit content type. */
    public static FileUpload of(Path path, String contentType) {
        Objects.requireNonNull(path, "path");
        Path name = path.getFileName();
        return new FileUpload(
                name == null ? "file" : name.toString(), contentType, () -> Files.newInputStream(path), -1);
    }

    /** In-memory contents (copied). */
    public static FileUpload of(String filename, String contentType, byte[] bytes) {
        byte[] copy = Objects.requireNonNull(bytes, "bytes").clone();
        return new FileUpload(filename, contentType, () -> new java.io.ByteArrayInputStream(copy), copy.length);
    }

    /** Contents from a stream opened each time a request sends the upload (the stream is closed after reading). */
    public static FileUpload of(String filename, String contentType, Contents contents) {
        return new FileUpload(filename, contentType, contents, -1);
    }

    public String filename() {
        return filename;
    }

    public String contentType() {
        return contentType;
    }

    /** Reads the contents now. */
    public byte[] readAllBytes() {
        try (InputStream in = contents.open()) {
            if (in == null) {
                throw new IllegalStateException("file upload " + filename + ": contents supplier returned null");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read file upload " + filename, e);
        }
    }

    @Override
    public String toString() {
        return "FileUpload{" + filename + ", " + contentType + (knownSize >= 0 ? ", " + knownSize + " bytes" : "")
                + "}";
    }

    static String guessContentType(String filename) {
        String lower = filename.toLowerCase(java.util.Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String extension = dot < 0 ? "" : lower.substring(dot + 1);
        switch (extension) {
            case "pdf":
                return "application/pdf";
            case "png":
                return "image/png";
            case "jpg":
            case "jpeg":
                return "image/jpeg";
            case "gif":
                return "image/gif";
            case "csv":
                return "text/csv";
            case "txt":
                return "text/plain";
            case "json":
                return "application/json";
            default:
                return "application/octet-stream";
        }
    }

    /** The content type goes into a part header: one line of printable ASCII. */
    private static String checkedContentType(String contentType) {
        if (contentType.isEmpty() || !contentType.chars().allMatch(c -> c >= ' ' && c <= '~')) {
            throw new IllegalArgumentException("contentType must be non-empty printable ASCII");
        }
        return contentType;
    }
}
