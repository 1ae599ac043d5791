package dev.stripeslice.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.stripeslice.generator.model.EnumType;
import dev.stripeslice.generator.model.ObjectType;
import dev.stripeslice.generator.model.Property;
import java.util.List;
import javax.lang.model.element.Modifier;

/** What response and params records have in common: components, Javadoc, and a toString that hides secrets. */
final class RecordParts {
    private final TypeNames names;
    private final EnumEmitter enums;

    /** Where every record's Javadoc says how to make one; the README's compatibility section says the same. */
    private static final String CONSTRUCTION_DOC =
            "<p>Make one with {@link #builder()}. The canonical constructor is not part of the API:\n"
                    + "it gains a parameter whenever Stripe adds a field, which is a minor release.\n";

    RecordParts(TypeNames names, EnumEmitter enums) {
        this.names = names;
        this.enums = enums;
    }

    /** The enums only this record (and the records nested in it) use, declared inside it. */
    void addNestedEnums(TypeSpec.Builder spec, ObjectType type) {
        for (EnumType nested : type.nestedEnums()) {
            spec.addType(enums.spec(nested));
        }
    }

    /**
     * The compact canonical constructor, marked {@code @InternalConstructor} so that the API check (japicmp) leaves
     * it out: a field Stripe adds changes its signature, and that must not count as breaking.
     */
    static MethodSpec.Builder canonicalConstructor() {
        return MethodSpec.compactConstructorBuilder()
                .addJavadoc(
                        "Not part of the API: gains a parameter whenever Stripe adds a field.\nUse {@code builder()}.\n")
                .addAnnotation(RuntimeTypes.INTERNAL_CONSTRUCTOR)
                .addModifiers(Modifier.PUBLIC);
    }

    TypeSpec.Builder recordBuilder(ObjectType type, List<ParameterSpec> extraComponents, String extraJavadoc) {
        ClassName self = names.of(type);
        TypeSpec.Builder spec = TypeSpec.recordBuilder(self).addModifiers(Modifier.PUBLIC);
        String description = JavadocText.of(type.description());
        spec.addJavadoc("$L\n", description.isEmpty() ? "The {@code " + self.simpleName() + "} object." : description);
        spec.addJavadoc(CONSTRUCTION_DOC);
        spec.addJavadoc("\n");
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        for (Property property : type.properties()) {
            constructor.addParameter(ParameterSpec.builder(names.declared(property, type.kind()), property.javaName())
                    .addAnnotation(AnnotationSpec.builder(RuntimeTypes.JSON_PROPERTY)
                            .addMember("value", "$L", Literals.string(property.wireName()))
                            .build())
                    .build());
            String text = JavadocText.of(property.description(), ("@param " + property.javaName() + " ").length());
            spec.addJavadoc(
                    "@param $L $L\n",
                    property.javaName(),
                    text.isEmpty() ? "the " + JavadocText.code(property.wireName()) + " property" : text);
        }
        for (ParameterSpec extra : extraComponents) {
            constructor.addParameter(extra);
        }
        spec.addJavadoc(extraJavadoc);
        spec.recordConstructor(constructor.build());
        if (type.properties().stream().anyMatch(Property::secret)) {
            spec.addMethod(redactingToString(self.simpleName(), type.properties(), extraComponents));
        }
        return spec;
    }

    /** Records print their components; secrets such as {@code client_secret} must never reach a log. */
    private static MethodSpec redactingToString(
            String simpleName, List<Property> properties, List<ParameterSpec> extras) {
        CodeBlock.Builder body = CodeBlock.builder().add("return $S", simpleName + "[");
        String separator = "";
        for (Property property : properties) {
            if (property.secret()) {
                body.add(
                        "\n+ $S + ($L == null ? $S : $S)",
                        separator + property.javaName() + "=",
                        property.javaName(),
                        "null",
                        "[redacted]");
            } else {
                body.add("\n+ $S + $L", separator + property.javaName() + "=", property.javaName());
            }
            separator = ", ";
        }
        for (ParameterSpec extra : extras) {
            body.add("\n+ $S + $L", separator + extra.name() + "=", extra.name());
            separator = ", ";
        }
        body.add("\n+ $S", "]");
        return MethodSpec.methodBuilder("toString")
                .addJavadoc("Like the record's own, with secrets redacted.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement(body.build())
                .build();
    }
}
