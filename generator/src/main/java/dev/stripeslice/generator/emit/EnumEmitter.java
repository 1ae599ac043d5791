package dev.stripeslice.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.stripeslice.generator.model.EnumType;
import javax.lang.model.element.Modifier;

/** One Java enum per option: wire value, lookup, and a fallback for values Stripe adds later. */
final class EnumEmitter {
    private final TypeNames names;
    private final String specName;

    EnumEmitter(TypeNames names, String specName) {
        this.names = names;
        this.specName = specName;
    }

    JavaFile emit(EnumType type) {
        return Headers.file(names.basePackage(), spec(type), specName, type.pointer());
    }

    /** The enum itself, top-level or nested in the record that declares it. */
    TypeSpec spec(EnumType type) {
        ClassName self = names.of(type);
        TypeSpec.Builder spec =
                TypeSpec.enumBuilder(self).addModifiers(Modifier.PUBLIC).addSuperinterface(RuntimeTypes.WIRE_ENUM);
        if (type.description().isEmpty()) {
            // The enum may be shared by several properties, so it says what it holds, not what one property means.
            spec.addJavadoc(
                    "Values of $L, wherever that option appears in this API section.", JavadocText.code(type.basis()));
        } else {
            spec.addJavadoc("$L", JavadocText.of(type.description()));
        }
        spec.addJavadoc(
                "\n<p>Responses may carry values this client does not know yet; they read as {@link #$L}, "
                        + "which requests refuse to send.\n",
                type.fallbackName());
        for (EnumType.Constant constant : type.constants()) {
            spec.addEnumConstant(
                    constant.javaName(),
                    TypeSpec.anonymousClassBuilder("$L", Literals.string(constant.wireValue()))
                            .addJavadoc("Wire value $L.\n", JavadocText.code(constant.wireValue()))
                            .build());
        }
        spec.addEnumConstant(
                type.fallbackName(),
                TypeSpec.anonymousClassBuilder("null")
                        .addJavadoc("A value this client does not know; never sent in requests.\n")
                        .build());
        spec.addField(FieldSpec.builder(
                        TypeNames.nullable(ClassName.get(String.class)), "wireValue", Modifier.PRIVATE, Modifier.FINAL)
                .build());
        spec.addMethod(MethodSpec.constructorBuilder()
                .addParameter(TypeNames.nullable(ClassName.get(String.class)), "wireValue")
                .addStatement("this.wireValue = wireValue")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("wireValue")
                .addJavadoc(
                        "The value as Stripe sends it.\n\n@throws IllegalStateException for {@link #$L}, which has none\n",
                        type.fallbackName())
                .addAnnotation(Override.class)
                .addAnnotation(RuntimeTypes.JSON_VALUE)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .beginControlFlow("if (wireValue == null)")
                .addStatement(
                        "throw new $T($S)",
                        IllegalStateException.class,
                        type.fallbackName() + " stands for a value this client does not know; it has no wire value")
                .endControlFlow()
                .addStatement("return wireValue")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("isUnknown")
                .addJavadoc("Whether this is {@link #$L}.\n", type.fallbackName())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addStatement("return wireValue == null")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("fromWireValue")
                .addJavadoc(
                        "The constant for a wire value; {@link #$L} for values this client does not know.\n",
                        type.fallbackName())
                .addAnnotation(RuntimeTypes.JSON_CREATOR)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(String.class, "value")
                .addCode(lookup(type))
                .build());
        return spec.build();
    }

    private static CodeBlock lookup(EnumType type) {
        CodeBlock.Builder code = CodeBlock.builder().add("return switch (value) {\n$>");
        for (EnumType.Constant constant : type.constants()) {
            code.addStatement("case $L -> $L", Literals.string(constant.wireValue()), constant.javaName());
        }
        code.addStatement("default -> $L", type.fallbackName());
        return code.add("$<};\n").build();
    }
}
