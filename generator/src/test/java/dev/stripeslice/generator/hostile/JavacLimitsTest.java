package dev.stripeslice.generator.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stripeslice.generator.InProcessCompiler;
import dev.stripeslice.generator.Problem;
import dev.stripeslice.generator.SpecException;
import dev.stripeslice.generator.emit.GeneratedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each limit the generator enforces, at its value and one past it: at the limit the output compiles, past it the
 * generator refuses with a located error instead of writing code javac would refuse.
 */
class JavacLimitsTest {
    @TempDir
    Path temp;

    private final List<GeneratedFile> atTheLimit = new ArrayList<>();

    @Test
    void limitsHoldAtTheirValueAndRefuseOnePast() throws Exception {
        // 254 record components: a response record adds extras; a params record with a clearable field adds two.
        atTheLimit.addAll(withProperties(253, false).generate(temp, "components-253.json", "limits.components"));
        expect(withProperties(254, false), "SS033", "/components/schemas/widget", "255 components");
        SmallSpecs clearableAtLimit = withProperties(1, true);
        for (int i = 0; i < 250; i++) {
            clearableAtLimit.paramsProperties().putObject("p" + i).put("type", "string");
        }
        atTheLimit.addAll(clearableAtLimit.generate(temp, "params-254.json", "limits.params"));
        SmallSpecs clearable = withProperties(1, true);
        for (int i = 0; i < 251; i++) {
            clearable.paramsProperties().putObject("p" + i).put("type", "string");
        }
        expect(
                clearable,
                "SS033",
                "/paths/~1v1~1widgets/post/requestBody/content/application~1x-www-form-urlencoded/schema",
                "255 components");

        // Enums: about 35 bytes of bytecode per value in the initializer and the lookup switch.
        atTheLimit.addAll(withEnum(1_500).generate(temp, "enum-1500.json", "limits.enums"));
        expect(withEnum(1_501), "SS034", "/components/schemas/widget/properties/status", "1,501 values");

        // Names and enum values become identifiers and constants: 10,000 characters.
        SmallSpecs longName = new SmallSpecs();
        longName.widgetProperties().putObject("n".repeat(10_000)).put("type", "string");
        atTheLimit.addAll(longName.generate(temp, "name-10000.json", "limits.names"));
        // javac joins a record's component names into one constant (for toString/equals); so does the generated
        // reader for its field names, unless they are too long together (then one constant each).
        atTheLimit.addAll(withLongNames(6).generate(temp, "names-60000.json", "limits.manynames"));
        expect(withLongNames(7), "SS038", "/components/schemas/widget", "70,035 bytes, more than the 64,535");
        SmallSpecs tooLongName = new SmallSpecs();
        tooLongName.widgetProperties().putObject("n".repeat(10_001)).put("type", "string");
        expect(
                tooLongName,
                "SS035",
                "/components/schemas/widget/properties/" + "n".repeat(10_001),
                "10,001 characters");
        SmallSpecs longValue = new SmallSpecs();
        longValue
                .widgetProperties()
                .putObject("mode")
                .put("type", "string")
                .putArray("enum")
                .add("v".repeat(70_000));
        expect(longValue, "SS035", "/components/schemas/widget/properties/mode", "70,000 characters");

        // String constants: 65,535 bytes of modified UTF-8 (U+00E9 takes two).
        SmallSpecs version = new SmallSpecs();
        ((ObjectNode) version.root().get("info")).put("version", "\u00e9".repeat(32_767) + "x");
        atTheLimit.addAll(version.generate(temp, "version-65535.json", "limits.version"));
        ((ObjectNode) version.root().get("info")).put("version", "\u00e9".repeat(32_768));
        expect(version, "SS036", "/info/version", "65,536 bytes");

        // (A path is a JSON key, which the parser already limits to 50,000 bytes: SS007.)
        SmallSpecs longServer = new SmallSpecs();
        ((ObjectNode) longServer.root().at("/paths/~1v1~1widgets/post"))
                .putArray("servers")
                .addObject()
                .put("url", "https://files.example/" + "\u00e9".repeat(33_000));
        expect(longServer, "SS036", "/paths/~1v1~1widgets/post/servers/0/url", "66,022 bytes");

        // An operation's method name comes from its path (or operationId): a name like any other.
        SmallSpecs longOperation = new SmallSpecs();
        longOperation.addOperation("/v1/widgets/{widget}/" + "o".repeat(10_001), "post", "widget");
        expect(
                longOperation,
                "SS035",
                "/paths/~1v1~1widgets~1{widget}~1" + "o".repeat(10_001) + "/post",
                "10,001 characters");

        // One client interface: about 25 constant-pool entries per operation.
        SmallSpecs manyOperations = new SmallSpecs();
        for (int i = 0; i < 2_001; i++) {
            manyOperations.addOperation("/v1/widgets/{widget}/op" + i, "post", "widget");
        }
        expect(manyOperations, "SS037", "/paths/~1v1~1widgets/post", "2,002 operations");

        assertThat(InProcessCompiler.compile(atTheLimit, temp.resolve("classes")))
                .as("javac diagnostics")
                .isEmpty();
    }

    private static SmallSpecs withProperties(int count, boolean clearableParam) {
        SmallSpecs spec = new SmallSpecs();
        for (int i = 0; i < count - 2; i++) {
            spec.widgetProperties().putObject("p" + i).put("type", "integer");
        }
        if (clearableParam) {
            ArrayNode anyOf = spec.paramsProperties().putObject("note").putArray("anyOf");
            anyOf.addObject().put("type", "string");
            anyOf.addObject().put("type", "string").putArray("enum").add("");
        }
        return spec;
    }

    /** {@code count} properties of 10,000 characters each. */
    private static SmallSpecs withLongNames(int count) {
        SmallSpecs spec = new SmallSpecs();
        for (int i = 0; i < count; i++) {
            spec.widgetProperties().putObject(i + "n".repeat(9_999)).put("type", "string");
        }
        return spec;
    }

    private static SmallSpecs withEnum(int values) {
        SmallSpecs spec = new SmallSpecs();
        ArrayNode constants = spec.widgetProperties()
                .putObject("status")
                .put("type", "string")
                .putArray("enum");
        for (int i = 0; i < values; i++) {
            constants.add("status_value_" + Integer.toString(i * 7919, 36));
        }
        return spec;
    }

    private void expect(SmallSpecs spec, String code, String pointer, String detail) {
        assertThatThrownBy(() -> spec.generate(temp, code + ".json", "limits.refused"))
                .isInstanceOfSatisfying(SpecException.class, e -> {
                    assertThat(e.problems()).as(e.getMessage()).anySatisfy(problem -> {
                        assertThat(problem.code()).isEqualTo(code);
                        assertThat(problem.pointer()).isEqualTo(pointer);
                        assertThat(problem.message()).contains(detail);
                        assertThat(problem.hint()).isNotBlank();
                    });
                    assertThat(e.problems()).extracting(Problem::file).containsOnly(code + ".json");
                });
    }
}
