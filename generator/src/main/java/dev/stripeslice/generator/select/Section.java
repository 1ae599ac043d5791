package dev.stripeslice.generator.select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.stripeslice.generator.spec.EventTypeList;
import dev.stripeslice.generator.spec.LoadedSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The part of a spec that one generation covers, closed at its cut: the model sees the section's schemas and
 * operations, and of the schemas past the cut only the two facts it needs to refer to them (their {@code object}
 * value and whether they are a deleted form). Only the selection package reaches the whole document.
 */
public final class Section {
    private final LoadedSpec spec;
    private final List<String> resourceIds;
    private final Map<String, JsonNode> schemas;
    private final List<OperationRef> operations;
    private final Set<String> boundary;

    /**
     * @param spec the whole document
     * @param resourceIds the selected Stripe resource ids, in the order the user gave them
     * @param schemas the schemas inside the cut, by name, in document order
     * @param operations the selected operations, in document order, including those under a selected resource's
     *     instance path, whose answers' resources come into the section with them
     * @param boundary schemas referenced from inside the section that lie past the cut (other resources, or refs
     *     that resolve nowhere when the user allowed that)
     */
    Section(
            LoadedSpec spec,
            List<String> resourceIds,
            Map<String, JsonNode> schemas,
            List<OperationRef> operations,
            Set<String> boundary) {
        this.spec = spec;
        this.resourceIds = List.copyOf(resourceIds);
        this.schemas = schemas;
        this.operations = List.copyOf(operations);
        this.boundary = Set.copyOf(boundary);
    }

    /** The whole document, for the extractor, which copies the section's envelope and stand-ins out of it. */
    LoadedSpec spec() {
        return spec;
    }

    /** The spec file as named in messages and headers. */
    public String displayName() {
        return spec.displayName();
    }

    /** Stripe's API version ({@code info.version}). */
    public String apiVersion() {
        return spec.apiVersion();
    }

    /** The spec's main server URL ({@code servers[0].url}), or "". */
    public String mainServerUrl() {
        return spec.root().path("servers").path(0).path("url").asText("");
    }

    public List<String> resourceIds() {
        return resourceIds;
    }

    /** The webhook event types the spec lists (its {@code enabled_events} enum, or the extracted list), if any. */
    public Optional<EventTypeList> eventTypes() {
        return EventTypeList.of(spec.root());
    }

    /** The schemas inside the cut, by name, in document order. */
    public Map<String, JsonNode> schemas() {
        return schemas;
    }

    public List<OperationRef> operations() {
        return operations;
    }

    /** Schemas referenced from inside the section that lie past the cut. */
    public Set<String> boundary() {
        return boundary;
    }

    /**
     * The single value of the {@code object} enum of a schema the section refers to (inside the cut or at its
     * boundary), which is how a polymorphic field tells its members apart; null when it has none, or when the
     * section does not refer to the schema.
     */
    public @Nullable String objectValue(String schemaName) {
        JsonNode values =
                referenced(schemaName).path("properties").path("object").path("enum");
        return values.size() == 1 ? values.get(0).asText() : null;
    }

    /** Whether a schema the section refers to is a resource's deleted form ({@code x-resourceId: deleted_...}). */
    public boolean isDeletedForm(String schemaName) {
        return referenced(schemaName).path("x-resourceId").asText("").startsWith("deleted_");
    }

    /** The {@code required} properties of a schema the section refers to (inside the cut or at its boundary). */
    public Set<String> requiredFields(String schemaName) {
        Set<String> required = new TreeSet<>();
        referenced(schemaName).path("required").forEach(name -> required.add(name.asText()));
        return required;
    }

    private JsonNode referenced(String schemaName) {
        JsonNode inside = schemas.get(schemaName);
        if (inside != null) {
            return inside;
        }
        return boundary.contains(schemaName) ? spec.schemas().path(schemaName) : MissingNode.getInstance();
    }

    /**
     * One operation of the section.
     *
     * @param path the path template, e.g. {@code /v1/customers/{customer}}
     * @param method lower-case HTTP method as the spec spells it
     * @param resourceId the selected resource whose client the operation goes on: the one it returns, or the one
     *     whose instance path it lies under
     * @param instancePath the start of {@code path} that is a selected resource's instance path
     *     ({@code /v1/customers/{customer}}) when the operation lies under it and returns something else
     *     ({@code /v1/customers/{customer}/tax_ids}), else null
     */
    public record OperationRef(
            String path,
            String method,
            String resourceId,
            JsonNode operation,
            String pointer,
            @Nullable String instancePath) {

        /** The first path segment after the instance path ({@code tax_ids}), or "" when the operation is not nested. */
        public String nestedSegment() {
            if (instancePath == null) {
                return "";
            }
            String rest = path.substring(instancePath.length() + 1);
            int slash = rest.indexOf('/');
            return slash < 0 ? rest : rest.substring(0, slash);
        }

        /** The path after the instance path ({@code /tax_ids/{id}}), or the whole path when not nested. */
        public String pathUnderInstance() {
            return instancePath == null ? path : path.substring(instancePath.length());
        }
    }
}
