package dev.stripeslice.generator.model;

import java.util.List;

/**
 * Everything the emitters need, with every OpenAPI decision already made.
 *
 * @param specName the spec file as named in headers
 * @param apiVersion Stripe's API version ({@code info.version})
 * @param types top-level records in emission order (nested records hang off them)
 * @param enums shared enums
 * @param clients one per selected resource that has operations
 */
public record ApiModel(
        String specName, String apiVersion, List<ObjectType> types, List<EnumType> enums, List<ClientType> clients) {}
