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
import dev.stripeslice.generator.model.JavaNames;
import dev.stripeslice.generator.model.ObjectType;
import dev.stripeslice.generator.model.Property;
import dev.stripeslice.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Params records with builders. Required fields are checked when the record is built; lists and maps are
 * copied; {@code extraParams} carries params the spec does not know yet; {@code writeForm} encodes the fields
 * in declaration order.
 */
final class ParamsEmitter {
    private static final TypeName EXTRA_PARAMS_TYPE =
            ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ClassName.get(Object.class));
    private static final String EXTRA_DOC =
            "@param extraParams params the spec does not know yet, sent as given after the known ones\n";

    private final TypeNames names;
    private final RecordParts parts;
    private final String specName;

    ParamsEmitter(TypeNames names, String specName) {
        this.names = names;
        this.parts = new RecordParts(names);
        this.specName = specName;
    }

    JavaFile emit(ObjectType type) {
        return Headers.file(names.basePackage(), record(type), specName, type.pointer());
    }

    private TypeSpec record(ObjectType type) {
        ClassName self = names.of(type);
        ParameterSpec extraParams = ParameterSpec.builder(EXTRA_PARAMS_TYPE, "extraParams").build();
        TypeSpec.Builder spec = parts.recordBuilder(type, List.of(extraParams), EXTRA_DOC)
                .addSuperinterface(RuntimeTypes.FORM_PARAMS);
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
        return spec.build();
    }

    private MethodSpec compactConstructor(ObjectType type) {
        MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        for (Property property : type.properties()) {
            String name = property.javaName();
            if (property.required() && !property.nullable()) {
                constructor.addStatement("$T.requireNonNull($L, $L)", Objects.class, name,
                        Literals.string(property.wireName() + " is required"));
            }
            if (property.type() instanceof TypeRef.ListOf) {
                constructor.addStatement("$L = $L == null ? null : $T.copyOf($L)", name, name, List.class, name);
            } else if (property.type() instanceof TypeRef.MapOf) {
                constructor.addStatement("$L = $L == null ? null : $T.unmodifiableMap(new $T<>($L))", name, name,
                        Collections.class, LinkedHashMap.class, name);
            }
        }
        constructor.addStatement("extraParams = $T.unmodifiableMap(new $T<>(extraParams))", Collections.class, LinkedHashMap.class);
        return constructor.build();
    }

    private static MethodSpec writeForm(ObjectType type) {
        CodeBlock.Builder body = CodeBlock.builder().add("form");
        for (Property property : type.properties()) {
            body.add("\n.put($L, $L)", Literals.string(property.wireName()), property.javaName());
        }
        body.add("\n.putExtra(extraParams)");
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
        spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        Set<String> methodNames = new HashSet<>(Set.of("build", "putExtraParam", "extraParams"));
        type.properties().forEach(property -> methodNames.add(property.javaName()));
        List<String> arguments = new ArrayList<>();
        for (Property property : type.properties()) {
            TypeName fieldType = names.of(property.type(), ObjectType.Kind.PARAMS);
            String name = property.javaName();
            spec.addField(FieldSpec.builder(TypeNames.nullable(fieldType), name, Modifier.PRIVATE).build());
            String doc = JavadocText.of(property.description());
            MethodSpec.Builder setter = MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(fieldType, name);
            if (!doc.isEmpty()) {
                setter.addJavadoc("$L\n", doc);
            }
            setter.addJavadoc(doc.isEmpty() ? "Sets {@code $L}.\n" : "\n@param $L the value\n@return this builder\n",
                    name);
            if (property.type() instanceof TypeRef.ListOf) {
                setter.addStatement("this.$L = new $T<>($L)", name, ArrayList.class, name);
            } else if (property.type() instanceof TypeRef.MapOf) {
                setter.addStatement("this.$L = new $T<>($L)", name, LinkedHashMap.class, name);
            } else {
                setter.addStatement("this.$L = $L", name, name);
            }
            spec.addMethod(setter.addStatement("return this").build());
            addElementHelper(spec, builder, property, methodNames);
            arguments.add(name);
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
                .addStatement("extraParams.put($T.requireNonNull(key, $S), $T.requireNonNull(value, $S))",
                        Objects.class, "key", Objects.class, "value")
                .addStatement("return this")
                .build());
        arguments.add("extraParams");
        spec.addMethod(MethodSpec.methodBuilder("build")
                .addJavadoc("The params.\n\n@return the params\n@throws NullPointerException when a required field is not set\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addStatement("return new $T($L)", self, String.join(", ", arguments))
                .build());
        return spec.build();
    }

    /** {@code addExpand(String)} for lists, {@code putMetadata(String, String)} for maps. */
    private void addElementHelper(TypeSpec.Builder spec, ClassName builder, Property property, Set<String> methodNames) {
        String name = property.javaName();
        if (property.type() instanceof TypeRef.ListOf list
                && methodNames.add("add" + JavaNames.pascal(JavaNames.singular(property.wireName())))) {
            spec.addMethod(MethodSpec.methodBuilder("add" + JavaNames.pascal(JavaNames.singular(property.wireName())))
                    .addJavadoc("Appends one element to {@code $L}.\n\n@param element the element\n@return this builder\n",
                            property.wireName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(names.of(list.element(), ObjectType.Kind.PARAMS), "element")
                    .beginControlFlow("if (this.$L == null)", name)
                    .addStatement("this.$L = new $T<>()", name, ArrayList.class)
                    .endControlFlow()
                    .addStatement("this.$L.add(element)", name)
                    .addStatement("return this")
                    .build());
        } else if (property.type() instanceof TypeRef.MapOf map
                && methodNames.add("put" + JavaNames.pascal(property.wireName()))) {
            spec.addMethod(MethodSpec.methodBuilder("put" + JavaNames.pascal(property.wireName()))
                    .addJavadoc("Puts one entry into {@code $L}.\n\n@param key the key\n@param value the value\n@return this builder\n",
                            property.wireName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(String.class, "key")
                    .addParameter(names.of(map.value(), ObjectType.Kind.PARAMS), "value")
                    .beginControlFlow("if (this.$L == null)", name)
                    .addStatement("this.$L = new $T<>()", name, LinkedHashMap.class)
                    .endControlFlow()
                    .addStatement("this.$L.put(key, value)", name)
                    .addStatement("return this")
                    .build());
        }
    }
}
