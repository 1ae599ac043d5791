package dev.stripeslice.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.stripeslice.generator.model.EnumType;
import dev.stripeslice.generator.model.ObjectType;
import dev.stripeslice.generator.model.Property;
import dev.stripeslice.generator.model.TypeRef;
import dev.stripeslice.generator.model.UnionType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Java type names for model types, inside one base package. */
final class TypeNames {
    private final String basePackage;

    TypeNames(String basePackage) {
        this.basePackage = basePackage;
    }

    String basePackage() {
        return basePackage;
    }

    ClassName of(ObjectType type) {
        ObjectType enclosing = type.enclosing();
        return enclosing == null
                ? ClassName.get(basePackage, type.simpleName())
                : of(enclosing).nestedClass(type.simpleName());
    }

    ClassName of(EnumType type) {
        ObjectType enclosing = type.enclosing();
        return enclosing == null
                ? ClassName.get(basePackage, type.simpleName())
                : of(enclosing).nestedClass(type.simpleName());
    }

    ClassName of(UnionType type) {
        return ClassName.get(basePackage, type.simpleName());
    }

    ClassName topLevel(String simpleName) {
        return ClassName.get(basePackage, simpleName);
    }

    /** The type of a property as declared; nullable unless the spec promises a value. */
    TypeName declared(Property property, ObjectType.Kind kind) {
        TypeName type = of(property.type(), kind);
        return property.mayBeNull() ? nullable(type) : type;
    }

    static TypeName nullable(TypeName type) {
        return type.annotated(AnnotationSpec.builder(RuntimeTypes.NULLABLE).build());
    }

    TypeName of(TypeRef ref, ObjectType.Kind kind) {
        if (ref instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING -> ClassName.get(String.class);
                case INTEGER -> ClassName.get(Long.class);
                case NUMBER -> ClassName.get(BigDecimal.class);
                case BOOLEAN -> ClassName.get(Boolean.class);
            };
        }
        if (ref instanceof TypeRef.ListOf list) {
            return ParameterizedTypeName.get(ClassName.get(List.class), of(list.element(), kind));
        }
        if (ref instanceof TypeRef.MapOf map) {
            return ParameterizedTypeName.get(
                    ClassName.get(Map.class), ClassName.get(String.class), of(map.value(), kind));
        }
        if (ref instanceof TypeRef.Named named) {
            return of(named.type());
        }
        if (ref instanceof TypeRef.EnumOf enumOf) {
            return of(enumOf.type());
        }
        if (ref instanceof TypeRef.Expandable expandable) {
            ObjectType target = expandable.target();
            return ParameterizedTypeName.get(
                    RuntimeTypes.EXPANDABLE, target == null ? RuntimeTypes.JSON_NODE : of(target));
        }
        if (ref instanceof TypeRef.Page page) {
            return ParameterizedTypeName.get(
                    page.kind() == TypeRef.PageKind.LIST ? RuntimeTypes.STRIPE_LIST : RuntimeTypes.STRIPE_SEARCH_RESULT,
                    of(page.item(), ObjectType.Kind.RESPONSE));
        }
        if (ref instanceof TypeRef.Union union) {
            return of(union.type());
        }
        if (ref instanceof TypeRef.ExpandableUnion union) {
            return ParameterizedTypeName.get(RuntimeTypes.EXPANDABLE, of(union.type()));
        }
        if (ref instanceof TypeRef.AnyOf anyOf) {
            return ParameterizedTypeName.get(RuntimeTypes.ANY_OF, of(anyOf.first(), kind), of(anyOf.second(), kind));
        }
        if (ref instanceof TypeRef.Range) {
            return RuntimeTypes.RANGE_QUERY;
        }
        if (ref instanceof TypeRef.Binary) {
            return kind == ObjectType.Kind.PARAMS ? RuntimeTypes.FILE_UPLOAD : ClassName.get(java.io.InputStream.class);
        }
        return kind == ObjectType.Kind.PARAMS ? ClassName.get(Object.class) : RuntimeTypes.JSON_NODE;
    }
}
