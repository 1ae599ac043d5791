package dev.stripeslice.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.stripeslice.generator.model.ApiModel;
import dev.stripeslice.generator.model.ObjectType;
import dev.stripeslice.generator.model.Property;
import dev.stripeslice.generator.model.TypeRef;
import dev.stripeslice.generator.model.UnionType;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The package's {@code JsonReaders}: a reader per response record and union, on the runtime's {@code JsonInput},
 * that the client decodes responses with. Each switches on the index of the field's name among the record's
 * {@code FieldNames} and builds the record through its constructor, so a response is read without an
 * {@code ObjectMapper} and without reflection; the records themselves stay plain.
 */
final class JsonReadersEmitter {
    static final String NAME = "JsonReaders";
    private static final int MAX_INLINE_CONSTRUCTOR_ARGUMENTS = 32;
    private static final int MAX_JOINED_NAMES_LENGTH = 65_535 / 3;

    private final TypeNames names;
    private final String specName;
    private final ClassName self;
    /** The reader method of each record and union, unique within the class. */
    private final Map<Object, String> methods = new HashMap<>();
    /** The constant holding each record's {@code FieldNames}, unique within the class. */
    private final Map<ObjectType, String> fieldNames = new HashMap<>();

    JsonReadersEmitter(TypeNames names, String specName, ApiModel model) {
        this.names = names;
        this.specName = specName;
        this.self = names.topLevel(NAME);
        Set<String> taken = new HashSet<>();
        for (ObjectType type : model.types()) {
            if (type.kind() == ObjectType.Kind.RESPONSE) {
                nameRecordReaders(type, taken);
            }
        }
        for (UnionType union : model.unions()) {
            methods.put(union, fresh("read" + union.simpleName(), taken));
        }
    }

    private void nameRecordReaders(ObjectType type, Set<String> taken) {
        String recordName = String.join("", names.of(type).simpleNames());
        methods.put(type, fresh("read" + recordName, taken));
        fieldNames.put(type, fresh(constantCase(recordName) + "_FIELDS", taken));
        for (ObjectType nested : type.nested()) {
            nameRecordReaders(nested, taken);
        }
    }

    /** {@code PaymentSettings} as {@code PAYMENT_SETTINGS}. */
    private static String constantCase(String camelCase) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < camelCase.length(); i++) {
            char c = camelCase.charAt(i);
            if (i > 0 && Character.isUpperCase(c) && !Character.isUpperCase(camelCase.charAt(i - 1))) {
                out.append('_');
            }
            out.append(Character.toUpperCase(c));
        }
        return out.toString();
    }

    private static String fresh(String base, Set<String> taken) {
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
            name = base + i;
        }
        return name;
    }

    JavaFile emit(ApiModel model) {
        TypeSpec.Builder spec = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Reads this package's response records and unions from JSON, field by field, without an "
                        + "{@code ObjectMapper}:\nwhat the client decodes responses with. Each method reads the value that "
                        + "comes next in the input, as {@code StripeJson.mapper()} would.\n")
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build());
        for (ObjectType type : model.types()) {
            if (type.kind() == ObjectType.Kind.RESPONSE) {
                addRecordReaders(spec, type);
            }
        }
        for (UnionType union : model.unions()) {
            spec.addMethod(unionReader(union));
        }
        return Headers.file(names.basePackage(), spec.build(), specName, "");
    }

    /** The reader of a value of {@code ref} (a response body, or an element inside one). */
    CodeBlock reader(TypeRef ref) {
        return reader(ref, null);
    }

    private void addRecordReaders(TypeSpec.Builder spec, ObjectType type) {
        spec.addField(fieldNamesConstant(type));
        spec.addMethod(recordReader(type));
        if (constructsApart(type)) {
            spec.addMethod(constructor(type));
        }
        for (ObjectType nested : type.nested()) {
            addRecordReaders(spec, nested);
        }
    }

    /**
     * HotSpot's C2 compiler gives up on a method that calls a constructor of this many arguments, so the reading
     * loop of such a record would never get past C1: the call goes into a method of its own.
     */
    private static boolean constructsApart(ObjectType type) {
        return type.properties().size() > MAX_INLINE_CONSTRUCTOR_ARGUMENTS;
    }

    /**
     * The wire names of the record's properties, in component order: index i in the reader is component i. Joined
     * into one string constant unless a name is empty or holds the comma, or the constant could pass the class
     * file's 65,535 bytes (three per character at most).
     */
    private FieldSpec fieldNamesConstant(ObjectType type) {
        List<String> wireNames =
                type.properties().stream().map(Property::wireName).toList();
        String joined = String.join(",", wireNames);
        CodeBlock initializer;
        if (joined.length() <= MAX_JOINED_NAMES_LENGTH
                && wireNames.stream().noneMatch(name -> name.isEmpty() || name.contains(","))) {
            initializer = CodeBlock.of("$T.split($L)", RuntimeTypes.FIELD_NAMES, Literals.string(joined));
        } else {
            CodeBlock.Builder each = CodeBlock.builder().add("$T.of(", RuntimeTypes.FIELD_NAMES);
            for (int i = 0; i < wireNames.size(); i++) {
                each.add(i == 0 ? "$L" : ", $L", Literals.string(wireNames.get(i)));
            }
            initializer = each.add(")").build();
        }
        return FieldSpec.builder(RuntimeTypes.FIELD_NAMES, fieldNames.get(type))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(initializer)
                .build();
    }

    private MethodSpec recordReader(ObjectType type) {
        ClassName record = names.of(type);
        List<Property> properties = type.properties();
        MethodSpec.Builder method = MethodSpec.methodBuilder(methods.get(type))
                .addJavadoc("Reads a {@link $T} from the JSON object that comes next in {@code in}.\n", record)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(record)
                .addParameter(RuntimeTypes.JSON_INPUT, "in")
                .addException(IOException.class)
                .addStatement(
                        "$T r = $T.start(in, $T.class, $L)",
                        RuntimeTypes.RECORD_READER,
                        RuntimeTypes.RECORD_READER,
                        record,
                        fieldNames.get(type))
                .beginControlFlow("while (r.nextField())")
                .beginControlFlow("switch (r.index())");
        for (int i = 0; i < properties.size(); i++) {
            method.addStatement(
                    "case $L -> $L", i, propertyRead(properties.get(i).type(), i));
        }
        method.addStatement("default -> r.unknown()").endControlFlow().endControlFlow();
        return constructsApart(type)
                ? method.addStatement("return $L(r)", constructorName(type)).build()
                : method.addStatement("return $L", construction(type)).build();
    }

    private MethodSpec constructor(ObjectType type) {
        return MethodSpec.methodBuilder(constructorName(type))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(names.of(type))
                .addParameter(RuntimeTypes.RECORD_READER, "r")
                .addStatement("return $L", construction(type))
                .build();
    }

    private String constructorName(ObjectType type) {
        return "new" + methods.get(type).substring("read".length());
    }

    /** The record from the values {@code r} read, in component order. */
    private CodeBlock construction(ObjectType type) {
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (int i = 0; i < type.properties().size(); i++) {
            arguments.add("r.get($L), ", i);
        }
        return CodeBlock.of("new $T($Lr.extras())", names.of(type), arguments.build());
    }

    /** How the record reader {@code r} reads a declared property of type {@code ref}, at {@code index}. */
    private CodeBlock propertyRead(TypeRef ref, int index) {
        if (ref instanceof TypeRef.Scalar scalar) {
            return CodeBlock.of("r.$L($L)", scalarMethod(scalar), index);
        }
        if (ref instanceof TypeRef.EnumOf enumOf) {
            return CodeBlock.of("r.wireEnum($L, $T::fromWireValue)", index, names.of(enumOf.type()));
        }
        if (holdsEnum(ref)) {
            return CodeBlock.of("r.enumsInside($L, $L)", index, reader(ref, "r"));
        }
        return CodeBlock.of("r.value($L, $L)", index, reader(ref, "r"));
    }

    /**
     * @param recordReader the record reader whose property holds the value, which remembers unknown enum values
     *     inside lists and maps; null outside a record
     */
    private CodeBlock reader(TypeRef ref, String recordReader) {
        if (ref instanceof TypeRef.Scalar scalar) {
            return CodeBlock.of("$T::$L", RuntimeTypes.JSON_READS, scalarMethod(scalar));
        }
        if (ref instanceof TypeRef.ListOf list) {
            return CodeBlock.of("$T.listOf($L)", RuntimeTypes.JSON_READS, reader(list.element(), recordReader));
        }
        if (ref instanceof TypeRef.MapOf map) {
            return CodeBlock.of("$T.mapOf($L)", RuntimeTypes.JSON_READS, reader(map.value(), recordReader));
        }
        if (ref instanceof TypeRef.Named named) {
            return CodeBlock.of("$T::$L", self, methods.get(named.type()));
        }
        if (ref instanceof TypeRef.EnumOf enumOf) {
            return recordReader == null
                    ? CodeBlock.of("$T.wireEnum($T::fromWireValue)", RuntimeTypes.JSON_READS, names.of(enumOf.type()))
                    : CodeBlock.of("$L.enumValue($T::fromWireValue)", recordReader, names.of(enumOf.type()));
        }
        if (ref instanceof TypeRef.Expandable expandable) {
            CodeBlock expanded = expandable.target() == null
                    ? CodeBlock.of("$T::tree", RuntimeTypes.JSON_READS)
                    : CodeBlock.of("$T::$L", self, methods.get(expandable.target()));
            return CodeBlock.of("$T.expandable($L)", RuntimeTypes.JSON_READS, expanded);
        }
        if (ref instanceof TypeRef.Union union) {
            return CodeBlock.of("$T::$L", self, methods.get(union.type()));
        }
        if (ref instanceof TypeRef.ExpandableUnion union) {
            return CodeBlock.of("$T.expandable($T::$L)", RuntimeTypes.JSON_READS, self, methods.get(union.type()));
        }
        if (ref instanceof TypeRef.Page page) {
            return CodeBlock.of(
                    "$T.$L($L)",
                    RuntimeTypes.PAGE_READS,
                    page.kind() == TypeRef.PageKind.LIST ? "listOf" : "searchResultOf",
                    reader(page.item(), null));
        }
        if (ref instanceof TypeRef.Binary) {
            // Not JSON; only the mapper knows what a stream in a JSON document would be.
            return CodeBlock.of("input -> $T.viaMapper(input, $T.class)", RuntimeTypes.JSON_READS, InputStream.class);
        }
        return CodeBlock.of("$T::tree", RuntimeTypes.JSON_READS);
    }

    private static String scalarMethod(TypeRef.Scalar scalar) {
        return switch (scalar.kind()) {
            case STRING -> "string";
            case INTEGER -> "int64";
            case NUMBER -> "decimal";
            case BOOLEAN -> "bool";
        };
    }

    /** A list or map holding (at some depth) enum values, whose unknown values the record keeps as raw JSON. */
    private static boolean holdsEnum(TypeRef ref) {
        if (ref instanceof TypeRef.ListOf list) {
            return list.element() instanceof TypeRef.EnumOf || holdsEnum(list.element());
        }
        if (ref instanceof TypeRef.MapOf map) {
            return map.value() instanceof TypeRef.EnumOf || holdsEnum(map.value());
        }
        return false;
    }

    private MethodSpec unionReader(UnionType union) {
        ClassName type = names.of(union);
        CodeBlock.Builder dispatch =
                CodeBlock.builder().add("return switch ($T.objectValue(in)) {\n$>", RuntimeTypes.JSON_READS);
        for (UnionType.Member member : union.members()) {
            dispatch.addStatement(
                    "case $L -> $T.$L(in)", Literals.string(member.objectValue()), self, methods.get(member.type()));
        }
        dispatch.addStatement(
                        "default -> new $T($T.objectTree(in))", type.nestedClass("Unknown"), RuntimeTypes.JSON_READS)
                .add("$<};\n");
        return MethodSpec.methodBuilder(methods.get(union))
                .addJavadoc(
                        "Reads a {@link $T} from the JSON object that comes next in {@code in}, as the member its "
                                + "{@code object} names.\n",
                        type)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(type)
                .addParameter(RuntimeTypes.JSON_INPUT, "in")
                .addException(IOException.class)
                .addCode(dispatch.build())
                .build();
    }
}
