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
 * @param response the parsed response type
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
        String pointer) {

    /** A {@code {name}} segment of the path. */
    public record PathParam(String wireName, String javaName, String description) {}
}
