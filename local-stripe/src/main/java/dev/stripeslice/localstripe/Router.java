package dev.stripeslice.localstripe;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Maps a method and raw request path onto an operation of the spec's {@code paths}. Templated
 * segments ({@code {customer}}) match one path segment and are percent-decoded; where two
 * templates match, the one with a literal segment earlier wins ({@code /v1/customers/search}
 * beats {@code /v1/customers/{customer}}). Routing ignores operation-level {@code servers};
 * {@link StripeApi} then checks that files-host operations arrived at the files host.
 */
final class Router {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "options");

    record Match(String template, JsonNode operation, Map<String, String> pathParams) {}

    private record Route(String template, List<String> segments, String method, JsonNode operation) {
        int literalMask() {
            // Higher value = literals earlier; used only to order otherwise ambiguous matches.
            int mask = 0;
            for (int i = 0; i < segments.size() && i < 30; i++) {
                if (!isParam(segments.get(i))) {
                    mask |= 1 << (29 - i);
                }
            }
            return mask;
        }
    }

    private final List<Route> routes = new ArrayList<>();

    Router(JsonNode spec) {
        for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String method = op.getKey().toLowerCase(Locale.ROOT);
                if (METHODS.contains(method) && op.getValue().isObject()) {
                    routes.add(new Route(path.getKey(), split(path.getKey()), method, op.getValue()));
                }
            }
        }
        routes.sort(Comparator.comparingInt(Route::literalMask).reversed());
    }

    int size() {
        return routes.size();
    }

    @Nullable
    Match match(String method, String rawPath) {
        List<String> actual = split(rawPath);
        String wanted = method.toLowerCase(Locale.ROOT);
        for (Route route : routes) {
            if (!route.method().equals(wanted) || route.segments().size() != actual.size()) {
                continue;
            }
            Map<String, String> params = bind(route.segments(), actual);
            if (params != null) {
                return new Match(route.template(), route.operation(), params);
            }
        }
        return null;
    }

    private static @Nullable Map<String, String> bind(List<String> template, List<String> actual) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String t = template.get(i);
            String a = actual.get(i);
            if (isParam(t)) {
                if (a.isEmpty()) {
                    return null;
                }
                params.put(t.substring(1, t.length() - 1), decodeSegment(a));
            } else if (!t.equals(a)) {
                return null;
            }
        }
        return params;
    }

    static String decodeSegment(String raw) {
        // URLDecoder is a form decoder; in a path '+' is a literal plus, so protect it first.
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    private static boolean isParam(String segment) {
        return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
    }

    private static List<String> split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return List.of(trimmed.split("/", -1));
    }
}
