package dev.stripeslice.generator.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stripeslice.generator.model.ApiModel;
import dev.stripeslice.generator.model.ClientType;
import dev.stripeslice.generator.model.EnumType;
import dev.stripeslice.generator.model.ObjectType;
import dev.stripeslice.generator.model.Operation;
import dev.stripeslice.generator.model.Property;
import dev.stripeslice.generator.model.TypeRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The part of a model that users see, in a form small enough to keep between runs ({@code .stripe-slice-model.json}
 * in the output directory) and compare with the next spec's.
 *
 * @param apiVersion {@code info.version}
 * @param types records by Java name relative to the package ({@code CustomerSession.Components})
 * @param enums enum wire values by enum name
 * @param operations client methods by {@code Client.method}
 */
public record ModelSummary(
        String apiVersion,
        Map<String, TypeSummary> types,
        Map<String, List<String>> enums,
        Map<String, OperationSummary> operations) {
    public static final String FILE = ".stripe-slice-model.json";

    /**
     * @param kind {@code RESPONSE} or {@code PARAMS}
     * @param properties by wire name, in the record's component order
     */
    public record TypeSummary(String kind, Map<String, PropertySummary> properties) {}

    /** @param type the Java-facing type, e.g. {@code String}, {@code List<CustomerSession.Components>} */
    public record PropertySummary(String javaName, String type, boolean required, boolean nullable) {}

    public record OperationSummary(String httpMethod, String path, String params, String response) {}

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static ModelSummary of(ApiModel model) {
        Map<String, TypeSummary> types = new TreeMap<>();
        for (ObjectType type : model.types()) {
            addType(types, type);
        }
        Map<String, List<String>> enums = new TreeMap<>();
        for (EnumType type : model.enums()) {
            List<String> values = new ArrayList<>();
            type.constants().forEach(constant -> values.add(constant.wireValue()));
            enums.put(type.toString(), values);
        }
        Map<String, OperationSummary> operations = new TreeMap<>();
        for (ClientType client : model.allClients()) {
            for (Operation operation : client.operations()) {
                ObjectType params = operation.params();
                operations.put(
                        client.simpleName() + "." + operation.javaName(),
                        new OperationSummary(
                                operation.httpMethod(),
                                operation.path(),
                                params == null ? "" : params.toString(),
                                render(operation.response())));
            }
        }
        return new ModelSummary(model.apiVersion(), types, enums, operations);
    }

    private static void addType(Map<String, TypeSummary> types, ObjectType type) {
        Map<String, PropertySummary> properties = new java.util.LinkedHashMap<>();
        for (Property property : type.properties()) {
            properties.put(
                    property.wireName(),
                    new PropertySummary(
                            property.javaName(), render(property.type()), property.required(), property.nullable()));
        }
        types.put(type.toString(), new TypeSummary(type.kind().name(), properties));
        for (ObjectType nested : type.nested()) {
            addType(types, nested);
        }
    }

    static String render(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING -> "String";
                case INTEGER -> "Long";
                case NUMBER -> "BigDecimal";
                case BOOLEAN -> "Boolean";
            };
        } else if (type instanceof TypeRef.ListOf list) {
            return "List<" + render(list.element()) + ">";
        } else if (type instanceof TypeRef.MapOf map) {
            return "Map<String, " + render(map.value()) + ">";
        } else if (type instanceof TypeRef.Named named) {
            return named.type().toString();
        } else if (type instanceof TypeRef.EnumOf enumOf) {
            return enumOf.type().toString();
        } else if (type instanceof TypeRef.Expandable expandable) {
            ObjectType target = expandable.target();
            return "Expandable<" + (target == null ? "JsonNode" : target.toString()) + ">";
        } else if (type instanceof TypeRef.Page page) {
            return (page.kind() == TypeRef.PageKind.LIST ? "StripeList<" : "StripeSearchResult<") + render(page.item())
                    + ">";
        } else if (type instanceof TypeRef.Union union) {
            return union.type().simpleName();
        } else if (type instanceof TypeRef.ExpandableUnion union) {
            return "Expandable<" + union.type().simpleName() + ">";
        } else if (type instanceof TypeRef.AnyOf anyOf) {
            return "AnyOf<" + render(anyOf.first()) + ", " + render(anyOf.second()) + ">";
        } else if (type instanceof TypeRef.Range) {
            return "RangeQuery";
        } else if (type instanceof TypeRef.Binary) {
            return "Binary";
        }
        return "JsonNode";
    }

    /** The summary a previous run left, or empty when there is none or it cannot be read. */
    public static Optional<ModelSummary> read(Path outputDirectory) {
        Path file = outputDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readValue(file.toFile(), ModelSummary.class));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void write(Path outputDirectory) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        String json = MAPPER.writer(printer).writeValueAsString(this) + "\n";
        Files.createDirectories(outputDirectory);
        Files.write(outputDirectory.resolve(FILE), json.getBytes(StandardCharsets.UTF_8));
    }
}
