package dev.stripeslice.generator.model;

import dev.stripeslice.generator.Problems;
import dev.stripeslice.generator.SpecException;
import dev.stripeslice.generator.select.Section;
import java.util.List;

/**
 * Makes every OpenAPI decision for a section, once, in three parts: the {@link SchemaClassifier} says what a schema
 * is, the {@link RecordPlanner} decides which schemas become records and where they nest, the {@link TypeResolver}
 * types every property; the {@link OperationModeler} then turns operations into client methods. Problems are
 * collected with their JSON pointer and reported together. Names come later, from the name stage.
 */
public final class ModelBuilder {
    private ModelBuilder() {}

    public static ApiModel build(Section section) throws SpecException {
        Problems problems = new Problems(section.displayName());
        SchemaClassifier classifier = new SchemaClassifier(section);
        RecordPlanner records = new RecordPlanner(section, classifier, problems);
        records.planSchemas();
        List<ClientType> clients = new OperationModeler(section, records, problems).clients();
        records.applyDeletedForms();
        List<ObjectType> types = records.topLevelTypes();
        List<EnumType> enums = records.enums();
        List<UnionType> unions = records.unions();
        ModelLimits.check(
                types,
                enums,
                clients.stream()
                        .flatMap(client -> client.withDescendants().stream())
                        .toList(),
                unions,
                section.apiVersion(),
                problems);
        problems.throwIfAny();
        return new ApiModel(
                section.displayName(),
                section.apiVersion(),
                types,
                enums,
                clients,
                unions,
                WebhookModel.of(
                        section, records.bySchema(), section.eventTypes().orElse(null)));
    }
}
