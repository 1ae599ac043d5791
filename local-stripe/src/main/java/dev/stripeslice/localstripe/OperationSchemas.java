package dev.stripeslice.localstripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The two schemas of an operation this server works with. Stripe's clients send GET and DELETE
 * params in the query and everything else in a form body, so the request schema is one object:
 * the query {@code parameters} merged with the form body's properties. It is closed (unknown keys
 * are rejected) unless the body schema explicitly allows additional properties.
 */
final class OperationSchemas {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String MULTIPART = "multipart/form-data";
    private static final String FILES_HOST = "https://files.stripe.com";

    private OperationSchemas() {}

    static ObjectNode requestSchema(JsonNode operation, SpecIndex spec) {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        merged.put("type", "object");
        ObjectNode properties = merged.putObject("properties");
        ArrayNode required = merged.putArray("required");
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode p = spec.resolve(parameter);
            if (p != null && "query".equals(p.path("in").asText())) {
                properties.set(p.path("name").asText(), p.path("schema"));
                if (p.path("required").asBoolean(false)) {
                    required.add(p.path("name").asText());
                }
            }
        }
        String mediaType = isMultipart(operation) ? MULTIPART : FORM;
        JsonNode body = spec.resolve(
                operation.path("requestBody").path("content").path(mediaType).path("schema"));
        JsonNode additional = null;
        if (body != null && !body.isMissingNode()) {
            for (Map.Entry<String, JsonNode> property : body.path("properties").properties()) {
                properties.set(property.getKey(), property.getValue());
            }
            body.path("required").forEach(required::add);
            additional = body.get("additionalProperties");
        }
        if (additional != null && !(additional.isBoolean() && !additional.asBoolean())) {
            merged.set("additionalProperties", additional);
        } else {
            merged.put("additionalProperties", false);
        }
        return merged;
    }

    /** The request body is {@code multipart/form-data} (file uploads), not form-encoded. */
    static boolean isMultipart(JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        return !content.has(FORM) && content.has(MULTIPART);
    }

    /** The operation's own {@code servers} entry is Stripe's files host. */
    static boolean isFilesHostOperation(JsonNode operation) {
        for (JsonNode server : operation.path("servers")) {
            String url = server.path("url").asText("");
            if (url.equals(FILES_HOST) || url.equals(FILES_HOST + "/")) {
                return true;
            }
        }
        return false;
    }

    /** The media type of a non-JSON 200 body (a PDF), or {@code null} when the success body is JSON or absent. */
    static @Nullable String binaryResponseType(JsonNode operation) {
        JsonNode content = operation.path("responses").path("200").path("content");
        if (content.size() == 0 || content.has("application/json")) {
            return null;
        }
        return content.properties().iterator().next().getKey();
    }

    /** The JSON schema of the 200 (or first 2xx) response, or {@code null} when there is none. */
    static @Nullable JsonNode responseSchema(JsonNode operation) {
        JsonNode responses = operation.path("responses");
        JsonNode chosen = responses.get("200");
        if (chosen == null) {
            for (Map.Entry<String, JsonNode> response : responses.properties()) {
                if (response.getKey().startsWith("2")) {
                    chosen = response.getValue();
                    break;
                }
            }
        }
        if (chosen == null) {
            return null;
        }
        JsonNode schema = chosen.path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? null : schema;
    }
}
