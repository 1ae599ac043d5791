package dev.stripeslice.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.stripeslice.generator.model.UnionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * A polymorphic field as a sealed interface: the typed members (records of the section) implement it, and the
 * nested {@code Unknown} record keeps the raw JSON of every other {@code object} value. The runtime dispatches on
 * {@code object} with the mapping recorded in the {@code @StripeUnion} annotation.
 */
final class UnionEmitter {
    private final TypeNames names;
    private final String specName;

    UnionEmitter(TypeNames names, String specName) {
        this.names = names;
        this.specName = specName;
    }

    JavaFile emit(UnionType union) {
        ClassName self = names.of(union);
        ClassName unknown = self.nestedClass("Unknown");
        List<CodeBlock> members = new ArrayList<>();
        for (UnionType.Member member : union.members()) {
            members.add(CodeBlock.of(
                    "$L",
                    AnnotationSpec.builder(RuntimeTypes.STRIPE_UNION.nestedClass("Member"))
                            .addMember("object", "$L", Literals.string(member.objectValue()))
                            .addMember("type", "$T.class", names.of(member.type()))
                            .build()));
        }
        AnnotationSpec annotation = AnnotationSpec.builder(RuntimeTypes.STRIPE_UNION)
                .addMember("members", "{\n$L\n}", CodeBlock.join(members, ",\n"))
                .addMember("unknown", "$T.class", unknown)
                .build();

        String description = JavadocText.of(union.description());
        TypeSpec.Builder spec = TypeSpec.interfaceBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addAnnotation(annotation)
                .addJavadoc("$L\n\n", description.isEmpty() ? "One of several Stripe objects." : description)
                .addJavadoc("<p>Decoded by the {@code object} field: ");
        List<String> typed = new ArrayList<>();
        for (UnionType.Member member : union.members()) {
            typed.add(JavadocText.code(member.objectValue()) + " as {@link "
                    + names.of(member.type()).canonicalName() + "}");
            spec.addPermittedSubclass(names.of(member.type()));
        }
        spec.addJavadoc("$L; any other value", String.join(", ", typed));
        if (!union.untypedObjects().isEmpty()) {
            List<String> untyped = new ArrayList<>();
            union.untypedObjects().forEach(value -> untyped.add(JavadocText.code(value)));
            spec.addJavadoc(" (such as $L, types outside this client's sections)", String.join(", ", untyped));
        }
        spec.addJavadoc(" as {@link Unknown}, which keeps the JSON whole.\n");
        spec.addPermittedSubclass(unknown);
        spec.addType(TypeSpec.recordBuilder(unknown)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(self)
                .addSuperinterface(RuntimeTypes.UNKNOWN_OBJECT)
                .addJavadoc("A member this client does not type, as raw JSON; it writes back unchanged. "
                        + "{@code as(Class)} converts it to a type generated for another section.\n\n"
                        + "@param json the object, whole\n")
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(ParameterSpec.builder(RuntimeTypes.JSON_NODE, "json")
                                .build())
                        .build())
                .addMethod(MethodSpec.compactConstructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("$T.requireNonNull(json, $S)", Objects.class, "json")
                        .build())
                .build());
        return Headers.file(names.basePackage(), spec.build(), specName, union.pointer());
    }
}
