package dev.stripeslice.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.stripeslice.generator.model.ObjectType;
import dev.stripeslice.generator.model.Property;
import dev.stripeslice.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * Params records with builders. Required fields are checked when the record is built; lists and maps are
 * copied; {@code extraParams} carries params the spec does not know yet; {@code writeForm} encodes the fields
 * in declaration order.
 */
final class ParamsEmitter {
    private static final TypeName EXTRA_PARAMS_TYPE = ParameterizedTypeName.get(
            ClassName.get(Map.class), ClassName.get(String.class), ClassName.get(Object.class));
    private static final TypeName CLEARED_TYPE =
            ParameterizedTypeName.get(ClassName.get(Set.class), ClassName.get(String.class));
    /** The record component (and builder field) naming the fields to clear; no Stripe param is named so. */
    private static final String CLEARED = "clearedFields";

    private static final String CLEARED_DOC =
            "@param clearedFields wire names of fields to unset: each is sent as an empty value ({@code name=}), which "
                    + "Stripe reads as clearing it; only fields the spec lets be cleared, and only while unset here\n";
    private static final String EXTRA_DOC =
            "@param extraParams params the spec does not know yet, sent as given after the known ones\n";

    private final TypeNames names;
    private final RecordParts parts;
    private final String specName;

    ParamsEmitter(TypeNames names, EnumEmitter enums, String specName) {
        this.names = names;
        this.parts = new RecordParts(names, enums);
        this.specName = specName;
    }

    JavaFile emit(ObjectType type) {
        return Headers.file(names.basePackage(), record(type), specName, type.pointer());
    }

    private TypeSpec record(ObjectType type) {
        ClassName self = names.of(type);
        ParameterSpec extraParams =
                ParameterSpec.builder(EXTRA_PARAMS_TYPE, "extraParams").build();
        boolean clearable = type.hasClearable();
        TypeSpec.Builder spec = clearable
                ? parts.recordBuilder(
                        type,
                        List.of(ParameterSpec.builder(CLEARED_TYPE, CLEARED).build(), extraParams),
                        CLEARED_DOC + EXTRA_DOC)
                : parts.recordBuilder(type, List.of(extraParams), EXTRA_DOC);
        spec.addSuperinterface(RuntimeTypes.FORM_PARAMS);
        if (clearable) {
            List<CodeBlock> wireNames = new ArrayList<>();
            for (Property property : type.properties()) {
                if (property.clearable()) {
                    wireNames.add(CodeBlock.of("$L", Literals.string(property.wireName())));
                }
            }
            spec.addField(
                    FieldSpec.builder(CLEARED_TYPE, "CLEARABLE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                            .initializer("$T.of($L)", Set.class, CodeBlock.join(wireNames, ", "))
                            .build());
        }
        spec.addMethod(compactConstructor(type));
        spec.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("A builder with nothing set.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self.nestedClass("Builder"))
                .addStatement("return new Builder()")
                .build());
        spec.addMethod(writeForm(type));
        spec.addType(builder(type, self));
        for (ObjectType nested : type.nested()) {
            spec.addType(record(nested));
        }
        parts.addNestedEnums(spec, type);
        return spec.build();
    }

    private MethodSpec compactConstructor(ObjectType type) {
        MethodSpec.Builder constructor = RecordParts.canonicalConstructor();
        boolean clearable = type.hasClearable();
        if (clearable) {
            constructor.addStatement(
                    "$L = $T.unmodifiableSet(new $T<>($L))", CLEARED, Collections.class, TreeSet.class, CLEARED);
            // A runtime call, not a loop here: a local variable could collide with a component's name.
            constructor.addStatement("$T.onlyClearable($L, CLEARABLE)", RuntimeTypes.PARAM_CHECKS, CLEARED);
        }
        for (Property property : type.properties()) {
            String name = property.javaName();
            String wire = Literals.string(property.wireName());
            if (property.clearable()) {
                constructor
                        .beginControlFlow("if ($L.contains($L) && $L != null)", CLEARED, wire, name)
                        .addStatement(
                                "throw new $T($L)",
                                IllegalArgumentException.class,
                                Literals.string(property.wireName() + " is both set and cleared"))
                        .endControlFlow();
            }
            if (property.checks().contains(Property.Check.REQUIRED)) {
                if (property.clearable()) {
                    constructor.beginControlFlow("if (!$L.contains($L))", CLEARED, wire);
                }
                constructor.addStatement(
                        "$T.requireNonNull($L, $L)",
                        Objects.class,
                        name,
                        Literals.string(property.wireName() + " is required"));
                if (property.clearable()) {
                    constructor.endControlFlow();
                }
            }
            if (property.checks().contains(Property.Check.NOT_EMPTY)) {
                constructor.addStatement("$T.notEmpty($L, $L)", RuntimeTypes.PARAM_CHECKS, wire, name);
            }
            if (property.type() instanceof TypeRef.ListOf) {
                constructor.addStatement("$L = $L == null ? null : $T.copyOf($L)", name, name, List.class, name);
            } else if (property.type() instanceof TypeRef.MapOf) {
                constructor.addStatement(
                        "$L = $L == null ? null : $T.unmodifiableMap(new $T<>($L))",
                        name,
                        name,
                        Collections.class,
                        LinkedHashMap.class,
                        name);
            }
        }
        constructor.addStatement(
                "extraParams = $T.unmodifiableMap(new $T<>(extraParams))", Collections.class, LinkedHashMap.class);
        return constructor.build();
    }

    private static MethodSpec writeForm(ObjectType type) {
        CodeBlock.Builder body = CodeBlock.builder().add("form");
        for (Property property : type.properties()) {
            String wire = Literals.string(property.wireName());
            if (property.clearable()) {
                body.add(
                        "\n.put($L, this.$L.contains($L) ? $T.EMPTY : this.$L)",
                        wire,
                        CLEARED,
                        wire,
                        RuntimeTypes.FORM_WRITER,
                        property.javaName());
            } else {
                // this.: a component may be named like the method's parameter
                body.add("\n.put($L, this.$L)", wire, property.javaName());
            }
        }
        body.add("\n.putExtra(this.extraParams)");
        return MethodSpec.methodBuilder("writeForm")
                .addJavadoc("Writes these params as Stripe's bracketed form fields.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(RuntimeTypes.FORM_WRITER, "form")
                .addStatement(body.build())
                .build();
    }

    private TypeSpec builder(ObjectType type, ClassName self) {
        ClassName builder = self.nestedClass("Builder");
        TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
                .addJavadoc("Builds {@link $T}.\n", self)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        spec.addMethod(
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        List<String> arguments = new ArrayList<>();
        boolean clearable = type.hasClearable();
        for (Property property : type.properties()) {
            TypeName fieldType = names.of(property.type(), ObjectType.Kind.PARAMS);
            String name = property.javaName();
            spec.addField(FieldSpec.builder(TypeNames.nullable(fieldType), name, Modifier.PRIVATE)
                    .build());
            String doc = JavadocText.of(property.description());
            MethodSpec.Builder setter = MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(fieldType, name);
            if (!doc.isEmpty()) {
                setter.addJavadoc("$L\n", doc);
            }
            setter.addJavadoc(
                    doc.isEmpty() ? "Sets {@code $L}.\n" : "\n@param $L the value\n@return this builder\n", name);
            if (property.type() instanceof TypeRef.ListOf) {
                setter.addStatement("this.$L = new $T<>($L)", name, ArrayList.class, name);
            } else if (property.type() instanceof TypeRef.MapOf) {
                setter.addStatement("this.$L = new $T<>($L)", name, LinkedHashMap.class, name);
            } else {
                setter.addStatement("this.$L = $L", name, name);
            }
            if (property.clearable()) {
                setter.addStatement("this.$L.remove($L)", CLEARED, Literals.string(property.wireName()));
            }
            spec.addMethod(setter.addStatement("return this").build());
            addElementHelper(spec, builder, property);
            String clearHelper = property.clearHelper();
            if (clearHelper != null) {
                spec.addMethod(MethodSpec.methodBuilder(clearHelper)
                        .addJavadoc(
                                "Unsets $L on Stripe's side: sends $L (an empty value) instead of a value.\n"
                                        + "\n@return this builder\n",
                                JavadocText.code(property.wireName()),
                                JavadocText.code(property.wireName() + "="))
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addStatement("this.$L = null", name)
                        .addStatement("this.$L.add($L)", CLEARED, Literals.string(property.wireName()))
                        .addStatement("return this")
                        .build());
            }
            arguments.add(name);
        }
        if (clearable) {
            spec.addField(FieldSpec.builder(CLEARED_TYPE, CLEARED, Modifier.PRIVATE, Modifier.FINAL)
                    .initializer("new $T<>()", TreeSet.class)
                    .build());
            arguments.add(CLEARED);
        }
        spec.addField(FieldSpec.builder(EXTRA_PARAMS_TYPE, "extraParams", Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new $T<>()", LinkedHashMap.class)
                .build());
        spec.addMethod(MethodSpec.methodBuilder("putExtraParam")
                .addJavadoc("Adds a param the spec does not know yet; nested values may be maps and lists.\n"
                        + "\n@param key the top-level param name\n@param value the value\n@return this builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(String.class, "key")
                .addParameter(Object.class, "value")
                .addStatement(
                        "extraParams.put($T.requireNonNull(key, $S), $T.requireNonNull(value, $S))",
                        Objects.class,
                        "key",
                        Objects.class,
                        "value")
                .addStatement("return this")
                .build());
        arguments.add("extraParams");
        spec.addMethod(MethodSpec.methodBuilder("build")
                .addJavadoc(
                        "The params.\n\n@return the params\n@throws NullPointerException when a required field is not set\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addStatement("return new $T($L)", self, String.join(", ", arguments))
                .build());
        return spec.build();
    }

    /** {@code addExpand(String)} for lists, {@code putMetadata(String, String)} for maps. */
    private void addElementHelper(TypeSpec.Builder spec, ClassName builder, Property property) {
        String name = property.javaName();
        String helper = property.elementHelper();
        if (helper == null) {
            return;
        }
        if (property.type() instanceof TypeRef.ListOf list) {
            spec.addMethod(MethodSpec.methodBuilder(helper)
                    .addJavadoc(
                            "Appends one element to $L.\n\n@param element the element\n@return this builder\n",
                            JavadocText.code(property.wireName()))
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(names.of(list.element(), ObjectType.Kind.PARAMS), "element")
                    .beginControlFlow("if (this.$L == null)", name)
                    .addStatement("this.$L = new $T<>()", name, ArrayList.class)
                    .endControlFlow()
                    .addCode(
                            property.clearable()
                                    ? CodeBlock.of(
                                            "this.$L.remove($L);\n", CLEARED, Literals.string(property.wireName()))
                                    : CodeBlock.of(""))
                    .addStatement("this.$L.add(element)", name)
                    .addStatement("return this")
                    .build());
        } else if (property.type() instanceof TypeRef.MapOf map) {
            spec.addMethod(MethodSpec.methodBuilder(helper)
                    .addJavadoc(
                            "Puts one entry into $L.\n\n@param key the key\n@param value the value\n@return this builder\n",
                            JavadocText.code(property.wireName()))
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(String.class, "key")
                    .addParameter(names.of(map.value(), ObjectType.Kind.PARAMS), "value")
                    .beginControlFlow("if (this.$L == null)", name)
                    .addStatement("this.$L = new $T<>()", name, LinkedHashMap.class)
                    .endControlFlow()
                    .addCode(
                            property.clearable()
                                    ? CodeBlock.of(
                                            "this.$L.remove($L);\n", CLEARED, Literals.string(property.wireName()))
                                    : CodeBlock.of(""))
                    .addStatement("this.$L.put(key, value)", name)
                    .addStatement("return this")
                    .build());
        }
    }
}
