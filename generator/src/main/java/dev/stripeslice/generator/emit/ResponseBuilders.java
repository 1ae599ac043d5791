package dev.stripeslice.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.stripeslice.generator.model.ObjectType;
import dev.stripeslice.generator.model.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * {@code builder()}, {@code toBuilder()} and the nested {@code Builder} of a response record: how code (tests, above
 * all) makes one, so that nobody calls the canonical constructor, which gains a parameter with every field Stripe
 * adds. {@code build()} checks nothing: a fixture sets the fields the code under test reads, and a field left unset is
 * null even where the accessor is not {@code @Nullable}.
 */
final class ResponseBuilders {
    private static final String BUILDER = "Builder";
    /** The builder's copy constructor parameter; fields are always written as {@code this.name}, so no name clashes. */
    private static final String SOURCE = "source";

    private final TypeNames names;

    ResponseBuilders(TypeNames names) {
        this.names = names;
    }

    void addTo(TypeSpec.Builder spec, ObjectType type) {
        ClassName self = names.of(type);
        ClassName builder = self.nestedClass(BUILDER);
        spec.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("A builder with nothing set and no extras.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addStatement("return new $T()", builder)
                .build());
        spec.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("A builder holding this record's values, extras included.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement("return new $T(this)", builder)
                .build());
        spec.addType(builderType(type, self, builder));
    }

    private TypeSpec builderType(ObjectType type, ClassName self, ClassName builder) {
        TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
                .addJavadoc(
                        "Builds {@link $T}, for tests and fixtures. {@link #build()} checks nothing:\n"
                                + "a field left unset is null, even where its accessor is not {@code @Nullable}\n"
                                + "(Stripe always sends those), and the extras are empty unless set.\n",
                        self)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        MethodSpec.Builder empty = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
        MethodSpec.Builder copy =
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(self, SOURCE);
        List<CodeBlock> arguments = new ArrayList<>();
        for (Property property : type.properties()) {
            String name = property.javaName();
            spec.addField(FieldSpec.builder(
                            TypeNames.nullable(names.of(property.type(), ObjectType.Kind.RESPONSE)),
                            name,
                            Modifier.PRIVATE)
                    .build());
            copy.addStatement("this.$L = $L.$L()", name, SOURCE, name);
            arguments.add(CodeBlock.of("$L", name));
        }
        spec.addField(FieldSpec.builder(RuntimeTypes.JSON_EXTRAS, "extras", Modifier.PRIVATE)
                .build());
        empty.addStatement("this.extras = $T.empty()", RuntimeTypes.JSON_EXTRAS);
        copy.addStatement("this.extras = $L.extras()", SOURCE);
        arguments.add(CodeBlock.of("extras"));
        spec.addMethod(empty.build()).addMethod(copy.build());
        for (Property property : type.properties()) {
            String name = property.javaName();
            spec.addMethod(MethodSpec.methodBuilder(name)
                    .addJavadoc("Sets $L.\n\n@param $L the value\n@return this builder\n", code(property), name)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(names.declared(property, ObjectType.Kind.RESPONSE), name)
                    .addStatement("this.$L = $L", name, name)
                    .addStatement("return this")
                    .build());
        }
        spec.addMethod(MethodSpec.methodBuilder("extras")
                .addJavadoc(
                        "Sets what the record keeps beyond its fields, such as properties this client\n"
                                + "does not know ({@code JsonExtras.of(...)}).\n\n@param extras the extras\n@return this builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(RuntimeTypes.JSON_EXTRAS, "extras")
                .addStatement("this.extras = $T.requireNonNull(extras, $S)", Objects.class, "extras")
                .addStatement("return this")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("build")
                .addJavadoc("The record, with what was set; checks nothing.\n\n@return the record\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addStatement("return new $T($L)", self, CodeBlock.join(arguments, ",$W"))
                .build());
        return spec.build();
    }

    private static String code(Property property) {
        return JavadocText.code(property.wireName());
    }
}
