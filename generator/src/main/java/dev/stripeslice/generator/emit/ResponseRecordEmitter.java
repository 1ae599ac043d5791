package dev.stripeslice.generator.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.stripeslice.generator.model.ObjectType;
import dev.stripeslice.generator.model.UnionType;
import java.util.List;

/**
 * A record per Stripe object, nested records for its parts. The last component, {@code extras}, keeps what this
 * client version does not know (new fields, new enum values, explicit nulls), so a response reads and writes back
 * without loss. Code makes one with its builder; the canonical constructor is marked as outside the API.
 */
final class ResponseRecordEmitter {
    private static final String EXTRAS_DOC =
            "@param extras properties and values this client version does not know, kept so that nothing is lost\n";

    private final TypeNames names;
    private final RecordParts parts;
    private final ResponseBuilders builders;
    private final String specName;

    ResponseRecordEmitter(TypeNames names, EnumEmitter enums, String specName) {
        this.names = names;
        this.parts = new RecordParts(names, enums);
        this.builders = new ResponseBuilders(names);
        this.specName = specName;
    }

    JavaFile emit(ObjectType type) {
        return Headers.file(names.basePackage(), record(type), specName, type.pointer());
    }

    private TypeSpec record(ObjectType type) {
        ParameterSpec extras =
                ParameterSpec.builder(RuntimeTypes.JSON_EXTRAS, "extras").build();
        TypeSpec.Builder spec =
                parts.recordBuilder(type, List.of(extras), EXTRAS_DOC).addSuperinterface(RuntimeTypes.STRIPE_OBJECT);
        for (UnionType union : type.unions()) {
            spec.addSuperinterface(names.of(union)); // a typed member of this polymorphic field
        }
        spec.addMethod(RecordParts.canonicalConstructor().build());
        builders.addTo(spec, type);
        for (ObjectType nested : type.nested()) {
            spec.addType(record(nested));
        }
        parts.addNestedEnums(spec, type);
        return spec.build();
    }
}
