package dev.stripeslice.benchmarks;

import dev.stripeslice.generator.SpecException;
import dev.stripeslice.generator.select.Section;
import dev.stripeslice.generator.select.SectionSelector;
import dev.stripeslice.generator.spec.LoadedSpec;
import dev.stripeslice.generator.spec.SpecLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What our selector picks for a case: the schema keys and the operation ids. OpenAPI Generator is restricted to
 * exactly these, so both tools are asked for the same models and operations.
 */
record Selection(List<String> schemaKeys, List<String> operationIds) {

    static Selection of(GenerationCase c) throws SpecException {
        Path file = SharedFiles.file(c.file);
        LoadedSpec spec = new SpecLoader().load(file, c.file);
        Section section = new SectionSelector(c.allowUnresolvedRefs).select(spec, c.resourceIds);
        List<String> operationIds = new ArrayList<>();
        for (Section.OperationRef operation : section.operations()) {
            operationIds.add(operation.operation().path("operationId").asText());
        }
        return new Selection(List.copyOf(new TreeSet<>(section.schemas().keySet())), List.copyOf(operationIds));
    }
}
