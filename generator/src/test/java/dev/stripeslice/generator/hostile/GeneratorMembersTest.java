package dev.stripeslice.generator.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stripeslice.generator.InProcessCompiler;
import dev.stripeslice.generator.SpecException;
import dev.stripeslice.generator.emit.GeneratedFile;
import dev.stripeslice.runtime.form.FormParams;
import dev.stripeslice.runtime.form.FormWriter;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Params and properties named like the members the generator adds ({@code extras}, {@code extraParams},
 * {@code clearedFields}, {@code build}, {@code putExtraParam}, the {@code add}/{@code put}/{@code clear} helpers): the
 * property keeps its natural name where it can, the generator's member is renamed deterministically, and nothing is
 * dropped; every one of them still sends what it should.
 */
class GeneratorMembersTest {
    @TempDir
    Path temp;

    @Test
    void collidingNamesAreRenamedNeverDropped() throws Exception {
        SmallSpecs spec = new SmallSpecs();
        ObjectNode params = spec.paramsProperties();
        params.putObject("expand").put("type", "array").putObject("items").put("type", "string");
        params.putObject("add_expand").put("type", "string");
        params.putObject("metadata")
                .put("type", "object")
                .putObject("additionalProperties")
                .put("type", "string");
        params.putObject("put_metadata").put("type", "string");
        ArrayNode clearable = params.putObject("description").putArray("anyOf");
        clearable.addObject().put("type", "string");
        clearable.addObject().put("type", "string").putArray("enum").add("");
        params.putObject("clear_description").put("type", "string");
        params.putObject("cleared_fields").put("type", "string");
        params.putObject("extra_params").put("type", "string");
        params.putObject("build").put("type", "string");
        params.putObject("put_extra_param").put("type", "string");
        // names of what generated methods declare or refer to: writeForm's parameter, package roots
        params.putObject("form").put("type", "string");
        params.putObject("cleared").put("type", "string");
        params.putObject("java").put("type", "string");
        params.putObject("collections")
                .put("type", "object")
                .putObject("properties")
                .putObject("a")
                .put("type", "string");
        spec.widgetProperties().putObject("extras").put("type", "string");
        spec.widgetProperties().putObject("builder").put("type", "string");
        spec.widgetProperties().putObject("build").put("type", "string");
        spec.widgetProperties().putObject("to_builder").put("type", "string");
        spec.widgetProperties().putObject("source").put("type", "string"); // the builder's copy constructor parameter
        List<GeneratedFile> files = spec.generate(temp, "members.json", "members");
        assertThat(InProcessCompiler.compile(files, temp.resolve("classes"))).isEmpty();

        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {temp.resolve("classes").toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> record = loader.loadClass("members.WidgetCreateParams");
            Class<?> builderType = loader.loadClass("members.WidgetCreateParams$Builder");
            assertThat(Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName))
                    .containsExactly(
                            "name",
                            "expand",
                            "addExpand",
                            "metadata",
                            "putMetadata",
                            "description",
                            "clearDescription",
                            "clearedFields_",
                            "extraParams_",
                            "build_",
                            "putExtraParam_",
                            "form",
                            "cleared",
                            "java_",
                            "collections",
                            "clearedFields",
                            "extraParams");

            Object builder = record.getMethod("builder").invoke(null);
            call(builder, "addExpand", "the add_expand param");
            call(builder, "addExpandElement", "customer");
            call(builder, "putMetadata", "the put_metadata param");
            builderType
                    .getMethod("putMetadataEntry", String.class, String.class)
                    .invoke(builder, "k", "v");
            call(builder, "clearDescription", "the clear_description param");
            builderType.getMethod("clearDescriptionValue").invoke(builder);
            call(builder, "clearedFields_", "c");
            call(builder, "extraParams_", "e");
            call(builder, "build_", "b");
            call(builder, "putExtraParam_", "p");
            call(builder, "form", "f");
            call(builder, "cleared", "c2");
            call(builder, "java_", "j");
            builderType.getMethod("putExtraParam", String.class, Object.class).invoke(builder, "unknown", "u");
            FormParams encoded = (FormParams) builderType.getMethod("build").invoke(builder);
            FormWriter form = new FormWriter();
            encoded.writeForm(form);
            assertThat(form.encode())
                    .isEqualTo(
                            "expand[0]=customer&add_expand=the+add_expand+param&metadata[k]=v"
                                    + "&put_metadata=the+put_metadata+param&description=&clear_description=the+clear_description+param"
                                    + "&cleared_fields=c&extra_params=e&build=b&put_extra_param=p&form=f&cleared=c2&java=j&unknown=u");

            Class<?> widget = loader.loadClass("members.Widget");
            assertThat(Arrays.stream(widget.getRecordComponents()).map(RecordComponent::getName))
                    .containsExactly("id", "object", "extras_", "builder_", "build_", "toBuilder_", "source", "extras");
            Object widgetBuilder = widget.getMethod("builder").invoke(null);
            call(widgetBuilder, "extras_", "x");
            call(widgetBuilder, "build_", "b");
            call(widgetBuilder, "toBuilder_", "t");
            call(widgetBuilder, "source", "s");
            Object built = widgetBuilder.getClass().getMethod("build").invoke(widgetBuilder);
            assertThat(built.toString())
                    .isEqualTo("Widget[id=null, object=null, extras_=x, builder_=null, build_=b, "
                            + "toBuilder_=t, source=s, extras=JsonExtras{}]");
            Object copy = widget.getMethod("toBuilder").invoke(built);
            assertThat(copy.getClass().getMethod("build").invoke(copy)).isEqualTo(built);
        }
    }

    @Test
    void anOperationNamedLikeAnotherOperationsVariantGetsAFreeName() throws Exception {
        SmallSpecs spec = new SmallSpecs();
        spec.addOperation("/v1/widgets/{transport}/create_async", "post", "transport");
        List<GeneratedFile> files = spec.generate(temp, "variants.json", "variants");
        assertThat(InProcessCompiler.compile(files, temp.resolve("variant-classes")))
                .isEmpty();
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {temp.resolve("variant-classes").toUri().toURL()},
                getClass().getClassLoader())) {
            assertThat(Arrays.stream(loader.loadClass("variants.WidgetsClient").getMethods())
                            .map(Method::getName))
                    .contains("create", "createAsync", "createWithResponse", "createAsync2", "createAsync2Async");
        }
    }

    @Test
    void aSchemaNamedUnknownKeepsItsOwnTypeInsideUnionMembers() throws Exception {
        SmallSpecs spec = new SmallSpecs();
        ObjectNode schemas = (ObjectNode) spec.root().at("/components/schemas");
        for (String part : List.of("part_a", "part_b")) {
            ObjectNode properties =
                    schemas.putObject(part).put("type", "object").putObject("properties");
            properties
                    .putObject("object")
                    .put("type", "string")
                    .putArray("enum")
                    .add(part);
            properties.putObject("detail").put("$ref", "#/components/schemas/unknown");
        }
        schemas.putObject("unknown")
                .put("type", "object")
                .putObject("properties")
                .putObject("x")
                .put("type", "string");
        ArrayNode anyOf = spec.widgetProperties().putObject("source").putArray("anyOf");
        anyOf.addObject().put("$ref", "#/components/schemas/part_a");
        anyOf.addObject().put("$ref", "#/components/schemas/part_b");
        List<GeneratedFile> files = spec.generate(temp, "unknown.json", "unknowns");
        assertThat(InProcessCompiler.compile(files, temp.resolve("unknown-classes")))
                .isEmpty();
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {temp.resolve("unknown-classes").toUri().toURL()},
                getClass().getClassLoader())) {
            Class<?> detail = loader.loadClass("unknowns.Widget$PartA")
                    .getRecordComponents()[1]
                    .getType();
            assertThat(detail.getName()).isEqualTo("unknowns.UnknownValue");
        }
    }

    @Test
    void aQueryParameterDeclaredTwiceIsALocatedError() {
        SmallSpecs spec = new SmallSpecs();
        ArrayNode parameters = (ArrayNode)
                spec.addOperation("/v1/widgets/{widget}", "get", "widget").get("parameters");
        parameters
                .addObject()
                .put("name", "limit")
                .put("in", "query")
                .putObject("schema")
                .put("type", "integer");
        parameters
                .addObject()
                .put("name", "limit")
                .put("in", "query")
                .putObject("schema")
                .put("type", "string");
        assertThatThrownBy(() -> spec.generate(temp, "twice.json", "twice"))
                .isInstanceOfSatisfying(
                        SpecException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.code()).isEqualTo("SS042");
                            assertThat(problem.pointer())
                                    .isEqualTo("/paths/~1v1~1widgets~1{widget}/get/parameters/2/name");
                        }));
    }

    private static void call(Object builder, String method, String value) throws Exception {
        Method setter = builder.getClass().getMethod(method, String.class);
        setter.invoke(builder, value);
    }
}
