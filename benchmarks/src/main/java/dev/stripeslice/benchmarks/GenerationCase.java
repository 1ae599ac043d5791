package dev.stripeslice.benchmarks;

import java.util.List;

/** The generation inputs of issue 11, section 1. */
enum GenerationCase {
    /** (a) The Customer Session section out of the whole 6.2 MB JSON spec. */
    JSON_CUSTOMER_SESSION("spec3.2024-04-10.json", List.of("customer_session"), false),
    /** (b) The customer section out of the whole 4.2 MB YAML spec. */
    YAML_CUSTOMER("spec3.2023-09-12.yaml", List.of("customer"), false),
    /** (c) The newest Customer Session section alone (35 KB, with references that resolve nowhere). */
    SECTION_CUSTOMER_SESSION("customer-session-section.json", List.of("customer_session"), true);

    final String file;
    final List<String> resourceIds;
    final boolean allowUnresolvedRefs;

    GenerationCase(String file, List<String> resourceIds, boolean allowUnresolvedRefs) {
        this.file = file;
        this.resourceIds = resourceIds;
        this.allowUnresolvedRefs = allowUnresolvedRefs;
    }

    String label() {
        return file + " → " + String.join(",", resourceIds);
    }
}
