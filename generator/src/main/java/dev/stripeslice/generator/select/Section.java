package dev.stripeslice.generator.select;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stripeslice.generator.spec.LoadedSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of a spec that one generation covers.
 *
 * @param spec the whole document
 * @param resourceIds the selected Stripe resource ids, in the order the user gave them
 * @param schemas the schemas inside the cut, by name, in document order
 * @param operations the selected operations, in document order
 * @param boundary schemas referenced from inside the section that lie past the cut (other resources, or
 *     refs that resolve nowhere when the user allowed that)
 */
public record Section(
        LoadedSpec spec,
        List<String> resourceIds,
        Map<String, JsonNode> schemas,
        List<OperationRef> operations,
        Set<String> boundary) {

    /**
     * One operation of the section.
     *
     * @param path the path template, e.g. {@code /v1/customers/{customer}}
     * @param method lower-case HTTP method as the spec spells it
     * @param resourceId the selected resource this operation returns
     */
    public record OperationRef(String path, String method, String resourceId, JsonNode operation, String pointer) {}
}
