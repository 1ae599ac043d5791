package dev.stripeslice.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StructuralDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A small schema in Stripe's style; single quotes stand for double quotes. */
    private static final String BASE = """
      {'openapi': '3.0.0',
       'info': {'title': 'T', 'description': 'Ours.', 'termsOfService': 'https://a', 'contact': {'name': 'x'},
                'version': '2026-07-29.dahlia'},
       'paths': {'/v1/a~b': {'post': {'summary': 'S', 'operationId': 'PostA'}}},
       'components': {'schemas': {'thing': {
         'title': 'Thing',
         'required': ['id', 'mode', 'object'],
         'type': 'object',
         'properties': {
           'id': {'maxLength': 5000, 'type': 'string', 'description': 'The ID.'},
           'mode': {'type': 'string', 'description': 'Mode.', 'nullable': true,
                    'enum': ['disabled', 'enabled'], 'x-stripeBypassValidation': true},
           'description': {'maxLength': 5000, 'type': 'string', 'nullable': true},
           'object': {'type': 'string', 'enum': ['thing']}
         },
         'description': 'A thing.'}}}}
      """;

    private static JsonNode tree(String singleQuoted) {
        try {
            return JSON.readTree(singleQuoted.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<StructuralDiff.Difference> diffAfter(String from, String to) {
        return StructuralDiff.compare(tree(BASE), tree(BASE.replace(from, to)));
    }

    private static List<String> pointers(List<StructuralDiff.Difference> differences) {
        return differences.stream().map(StructuralDiff.Difference::pointer).toList();
    }

    @Test
    void identicalTreesHaveNoDifferences() {
        assertThat(StructuralDiff.compare(tree(BASE), tree(BASE))).isEmpty();
    }

    @Test
    void detectsAChangedEnumValue() {
        var differences = diffAfter("'enum': ['disabled', 'enabled']", "'enum': ['disabled', 'on']");

        assertThat(differences)
                .containsExactly(new StructuralDiff.Difference(
                        "/components/schemas/thing/properties/mode/enum/1", "\"enabled\"", "\"on\""));
    }

    @Test
    void enumOrderMatters() {
        var differences = diffAfter("'enum': ['disabled', 'enabled']", "'enum': ['enabled', 'disabled']");

        assertThat(pointers(differences))
                .containsExactly(
                        "/components/schemas/thing/properties/mode/enum/0",
                        "/components/schemas/thing/properties/mode/enum/1");
    }

    @Test
    void detectsARemovedProperty() {
        var differences = diffAfter("'id': {'maxLength': 5000, 'type': 'string', 'description': 'The ID.'},", "");

        assertThat(differences).hasSize(1);
        assertThat(differences.get(0).pointer()).isEqualTo("/components/schemas/thing/properties/id");
        assertThat(differences.get(0).expected()).contains("\"maxLength\":5000");
        assertThat(differences.get(0).actual()).isEqualTo(StructuralDiff.ABSENT);
    }

    @Test
    void detectsAnAddedExtension() {
        var differences = diffAfter("'title': 'Thing',", "'title': 'Thing', 'x-resourceId': 'thing',");

        assertThat(differences)
                .containsExactly(new StructuralDiff.Difference(
                        "/components/schemas/thing/x-resourceId", StructuralDiff.ABSENT, "\"thing\""));
    }

    @Test
    void detectsAChangedOrRemovedNullable() {
        assertThat(diffAfter("'description': 'Mode.', 'nullable': true", "'description': 'Mode.', 'nullable': false"))
                .containsExactly(new StructuralDiff.Difference(
                        "/components/schemas/thing/properties/mode/nullable", "true", "false"));
        assertThat(diffAfter("'description': 'Mode.', 'nullable': true,", "'description': 'Mode.',"))
                .containsExactly(new StructuralDiff.Difference(
                        "/components/schemas/thing/properties/mode/nullable", "true", StructuralDiff.ABSENT));
    }

    @Test
    void requiredOrderDoesNotMatterButItsMembersDo() {
        assertThat(diffAfter("['id', 'mode', 'object']", "['object', 'id', 'mode']"))
                .isEmpty();

        assertThat(pointers(diffAfter("['id', 'mode', 'object']", "['id', 'object']")))
                .containsExactly("/components/schemas/thing/required (as a set)");
    }

    @Test
    void propertyOrderMatters() {
        String id = "'id': {'maxLength': 5000, 'type': 'string', 'description': 'The ID.'},\n";
        String moved = BASE.replace(id, "").replace("'object': {", id + "'object': {");

        var differences = StructuralDiff.compare(tree(BASE), tree(moved));

        assertThat(differences)
                .containsExactly(new StructuralDiff.Difference(
                        "/components/schemas/thing/properties (order)",
                        "[id, mode, description, object]",
                        "[mode, description, id, object]"));
    }

    @Test
    void keywordOrderDoesNotMatter() {
        assertThat(diffAfter(
                        "{'maxLength': 5000, 'type': 'string', 'description': 'The ID.'}",
                        "{'type': 'string', 'description': 'The ID.', 'maxLength': 5000}"))
                .isEmpty();
    }

    @Test
    void ignoresProseButNotAPropertyNamedDescription() {
        String reworded = BASE.replace("'Ours.'", "'Theirs.'")
                .replace("'https://a'", "'https://b'")
                .replace("{'name': 'x'}", "{'name': 'y', 'email': 'e'}")
                .replace("'summary': 'S'", "'summary': 'Other'")
                .replace("'The ID.'", "'Identifier.'")
                .replace("'A thing.'", "''");
        assertThat(StructuralDiff.compare(tree(BASE), tree(reworded))).isEmpty();

        var differences = diffAfter("'description': {'maxLength': 5000,", "'description': {'maxLength': 40000,");
        assertThat(pointers(differences)).containsExactly("/components/schemas/thing/properties/description/maxLength");
    }

    @Test
    void proseIsVisitedWithItsPointer() {
        Map<String, String> prose = new TreeMap<>();
        StructuralDiff.forEachProse(tree(BASE), (pointer, value) -> prose.put(pointer, value.asText()));

        assertThat(prose)
                .containsOnlyKeys(
                        "/info/description",
                        "/info/termsOfService",
                        "/info/contact",
                        "/paths/~1v1~1a~0b/post/summary",
                        "/components/schemas/thing/properties/id/description",
                        "/components/schemas/thing/properties/mode/description",
                        "/components/schemas/thing/description");
    }

    @Test
    void pointersEscapeTildeAndSlash() {
        var differences = diffAfter("'operationId': 'PostA'", "'operationId': 'PostB'");

        assertThat(pointers(differences)).containsExactly("/paths/~1v1~1a~0b/post/operationId");
    }

    @Test
    void reportsEveryDifferenceNotJustTheFirst() {
        String changed = BASE.replace("'version': '2026-07-29.dahlia'", "'version': '2026-09-30.endive'")
                .replace("'maxLength': 5000, 'type': 'string', 'description': 'The ID.'", "'type': 'integer'")
                .replace("'enum': ['thing']", "'enum': ['thing', 'other']");

        var differences = StructuralDiff.compare(tree(BASE), tree(changed));

        assertThat(pointers(differences))
                .containsExactlyInAnyOrder(
                        "/info/version",
                        "/components/schemas/thing/properties/id/maxLength",
                        "/components/schemas/thing/properties/id/type",
                        "/components/schemas/thing/properties/object/enum/1");
        assertThat(StructuralDiff.format(differences))
                .contains("/info/version: expected \"2026-07-29.dahlia\" but was \"2026-09-30.endive\"");
    }

    @Test
    void reportsAChangeOfShape() {
        var differences = diffAfter("'title': 'Thing'", "'title': {'text': 'Thing'}");

        assertThat(differences)
                .containsExactly(new StructuralDiff.Difference(
                        "/components/schemas/thing/title", "\"Thing\"", "{\"text\":\"Thing\"}"));
    }

    @Test
    void numbersCompareByValue() {
        assertThat(diffAfter(
                        "'maxLength': 5000, 'type': 'string', 'description': 'The ID.'",
                        "'maxLength': 5000.0, 'type': 'string', 'description': 'The ID.'"))
                .isEmpty();
    }

    @Test
    void refsAreVisitedWithTheirPointers() {
        List<String> refs = new ArrayList<>();
        StructuralDiff.forEachRef(
                tree("{'a': {'$ref': '#/x'}, 'b': [{'anyOf': [{'$ref': '#/y'}]}]}"),
                (pointer, ref) -> refs.add(pointer + " -> " + ref));

        assertThat(refs).containsExactly("/a/$ref -> #/x", "/b/0/anyOf/0/$ref -> #/y");
    }
}
