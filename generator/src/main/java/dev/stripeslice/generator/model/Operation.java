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
        @Nullable String server) {

    /** An operation with a form-encoded body (or query) sent to the client's base URL. */
    public Operation(String javaName, String httpMethod, String path, List<PathParam> pathParams,
            @Nullable ObjectType params, boolean paramsRequired, TypeRef response, String summary, String description,
            String pointer) {
        this(javaName, httpMethod, path, pathParams, params, paramsRequired, response, summary, description, pointer,
                false, null);
    }

    /** A {@code {name}} segment of the path. */
    public record PathParam(String wireName, String javaName, String description) {}
}
