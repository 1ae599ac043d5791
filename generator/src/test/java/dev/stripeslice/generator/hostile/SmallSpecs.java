package dev.stripeslice.generator.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stripeslice.generator.GenerationRequest;
import dev.stripeslice.generator.Generator;
import dev.stripeslice.generator.SpecException;
import dev.stripeslice.generator.emit.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A one-resource spec to vary in tests: {@code widget} (response schema) and {@code POST /v1/widgets} (form params),
 * each with an {@code id}-like first property; tests add properties and change the rest through {@link #root()}.
 */
final class SmallSpecs {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode root = NODES.objectNode();

    SmallSpecs() {
        root.put("openapi", "3.0.0");
        root.putObject("info").put("title", "Small").put("version", "2026-01-01.test");
        root.putArray("servers").addObject().put("url", "https://api.stripe.com/");
        ObjectNode widget = root.putObject("components").putObject("schemas").putObject("widget");
        widget.put("type", "object").put("x-resourceId", "widget");
        widget.putArray("required").add("id").add("object");
        ObjectNode properties = widget.putObject("properties");
        properties.putObject("id").put("type", "string");
        properties.putObject("object").put("type", "string").putArray("enum").add("widget");
        ObjectNode post = root.putObject("paths").putObject("/v1/widgets").putObject("post");
        ObjectNode params = post.putObject("requestBody")
                .putObject("content")
                .putObject("application/x-www-form-urlencoded")
                .putObject("schema");
        params.put("type", "object").putObject("properties").putObject("name").put("type", "string");
        answersWidget(post);
    }

    /**
     * Adds {@code method} on {@code path}, a template with one path parameter {@code pathParam}, answering a widget.
     */
    ObjectNode addOperation(String path, String method, String pathParam) {
        ObjectNode operation = ((ObjectNode) root.get("paths")).putObject(path).putObject(method);
        operation
                .putArray("parameters")
                .addObject()
                .put("name", pathParam)
                .put("in", "path")
                .put("required", true)
                .putObject("schema")
                .put("type", "string");
        answersWidget(operation);
        return operation;
    }

    private static void answersWidget(ObjectNode operation) {
        operation
                .putObject("responses")
                .putObject("200")
                .put("description", "ok")
                .putObject("content")
                .putObject("application/json")
                .putObject("schema")
                .put("$ref", "#/components/schemas/widget");
    }

    ObjectNode root() {
        return root;
    }

    /** The response schema's properties. */
    ObjectNode widgetProperties() {
        return (ObjectNode) root.at("/components/schemas/widget/properties");
    }

    /** The create operation's form params. */
    ObjectNode paramsProperties() {
        return (ObjectNode) root.at(
                "/paths/~1v1~1widgets/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties");
    }

    /** Writes the spec to {@code directory/name} and generates package {@code basePackage} from it. */
    List<GeneratedFile> generate(Path directory, String name, String basePackage) throws SpecException, IOException {
        Path file = directory.resolve(name);
        Files.write(file, new ObjectMapper().writeValueAsBytes(root));
        return new Generator()
                .generateSources(new GenerationRequest(
                        file, name, List.of("widget"), basePackage, directory.resolve("out-" + basePackage), false));
    }
}
