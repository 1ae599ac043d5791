package dev.stripeslice.generator.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One API operation, as a client method.
 *
 * @param javaName the method name, e.g. {@code create}
 * @param httpMethod upper-case HTTP method
 * @param path the path template
 * @param pathParams the path's parameters in template order
 * @param params the params record (sent as the form body for POST, as the query otherwise), or null when the
 *     operation takes none
 * @param paramsRequired whether the caller must pass params
 * @param response the parsed response type ({@link TypeRef.Binary} for a non-JSON body, returned as a stream)
 * @param multipart the body is {@code multipart/form-data} (file uploads)
 * @param server the operation's own {@code servers} URL (Stripe's files host), or null for the spec's main server
 * @param variants the forms of its client method
 */
public record Operation(
        String javaName,
        String httpMethod,
        String path,
        List<PathParam> pathParams,
        @Nullable ObjectType params,
        boolean paramsRequired,
        TypeRef response,
        String summary,
        String description,
        String pointer,
        boolean multipart,
        @Nullable String server,
        List<Variant> variants) {

    public Operation {
        pathParams = List.copyOf(pathParams);
        variants = List.copyOf(variants);
    }

    /**
     * The forms of the operation's client method: blocking, async, with the response's metadata, and for pages an
     * auto-paging iterable; each is the method name with its suffix ({@code list}, {@code listAsync}, ...).
     */
    public enum Variant {
        PLAIN(""),
        ASYNC("Async"),
        WITH_RESPONSE("WithResponse"),
        AUTO_PAGING("AutoPaging");

        private final String suffix;

        Variant(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }
    }

    /** A {@code {name}} segment of the path. */
    public record PathParam(String wireName, String javaName, String description) {}
}
