package dev.stripeslice.runtime.form;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Percent-encodes path parameters: an id is user input, and {@code a/b}, {@code ?} or spaces must not change the path. */
public final class PathSegments {
    private PathSegments() {}

    /** One path segment, RFC 3986 style: everything but unreserved characters is percent-encoded. */
    public static String encode(String segment) {
        if (segment.isEmpty()) {
            throw new IllegalArgumentException("A path parameter must not be empty");
        }
        if (segment.equals(".") || segment.equals("..")) {
            return segment.replace(".", "%2E"); // a dot segment would otherwise move up the path
        }
        return URLEncoder.encode(segment, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
    }
}
