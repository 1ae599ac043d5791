package dev.stripeslice.runtime.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the codec needs to know about one {@link StripeObject} record class; computed once. */
final class RecordShape {
    private static final ClassValue<RecordShape> CACHE = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };

    final Class<?> type;
    /** The JSON properties, in component order; the trailing extras component is not one. */
    final Property[] properties;

    private final Map<String, Property> byName;
    private final MethodHandle constructor;
    private final @Nullable Property id;
    /** Some component is primitive, so an absent value needs a default instead of null. */
    final boolean hasPrimitives;

    static RecordShape of(Class<?> type) {
        return CACHE.get(type);
    }

    static boolean isStripeRecord(Class<?> type) {
        return type.isRecord() && StripeObject.class.isAssignableFrom(type);
    }

    private RecordShape(Class<?> type) {
        if (!isStripeRecord(type)) {
            throw new IllegalArgumentException(type.getName() + " is not a record implementing StripeObject");
        }
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        int last = components.length - 1;
        if (last < 0 || components[last].getType() != JsonExtras.class) {
            throw new IllegalArgumentException(
                    type.getName() + " must declare JsonExtras as its last record component");
        }
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        properties = new Property[last];
        byName = new HashMap<>();
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            parameterTypes[i] = components[i].getType();
        }
        for (int i = 0; i < last; i++) {
            Property property = new Property(components[i], i);
            if (byName.put(property.name, property) != null) {
                throw new IllegalArgumentException(
                        type.getName() + " maps two components to the JSON property '" + property.name + "'");
            }
            properties[i] = property;
        }
        boolean primitives = false;
        for (Property property : properties) {
            primitives |= property.rawType.isPrimitive();
        }
        hasPrimitives = primitives;
        Property idProperty = byName.get("id");
        id = idProperty != null && idProperty.rawType == String.class ? idProperty : null;
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(parameterTypes);
            trySetAccessible(canonical);
            constructor = lookup.unreflectConstructor(canonical)
                    .asSpreader(Object[].class, components.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot use the canonical constructor of " + type.getName(), e);
        }
    }

    @Nullable
    Property property(String name) {
        return byName.get(name);
    }

    int arity() {
        return properties.length + 1;
    }

    Object construct(Object[] arguments) throws Throwable {
        return (Object) constructor.invokeExact(arguments);
    }

    JsonExtras extras(Object record) {
        JsonExtras extras = ((StripeObject) record).extras();
        return extras == null ? JsonExtras.empty() : extras;
    }

    /** The record's {@code id}, if it declares a String property named {@code id}. */
    @Nullable
    String id(Object record) {
        return id == null ? null : (String) id.get(record);
    }

    private static MethodHandle getter(Method accessor) {
        trySetAccessible(accessor);
        try {
            return MethodHandles.lookup().unreflect(accessor).asType(MethodType.methodType(Object.class, Object.class));
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("cannot read " + accessor, e);
        }
    }

    private static void trySetAccessible(java.lang.reflect.AccessibleObject member) {
        try {
            member.setAccessible(true);
        } catch (RuntimeException e) {
            // Not opened to us; public members still work.
        }
    }

    /** One record component that maps to a JSON property. */
    static final class Property {
        final String name;
        final int index;
        final Type genericType;
        final Class<?> rawType;
        /** The component's type is a generated enum. */
        final boolean wireEnum;
        /** The component's type is a list or map that (at some depth) holds a generated enum. */
        final boolean wireEnumInside;

        private final Method accessor;
        /**
         * Made on the first {@link #get}: decoding never reads components, and each handle costs
         * class spinning at start-up.
         */
        private @Nullable MethodHandle getter;

        Property(RecordComponent component, int index) {
            JsonProperty annotation = component.getAccessor().getAnnotation(JsonProperty.class);
            String wireName = annotation == null ? "" : annotation.value();
            this.name = wireName.isEmpty() ? component.getName() : wireName;
            this.index = index;
            this.genericType = component.getGenericType();
            this.rawType = component.getType();
            this.wireEnum = isWireEnum(rawType);
            this.wireEnumInside = !wireEnum && holdsWireEnum(genericType);
            this.accessor = component.getAccessor();
        }

        @Nullable
        Object get(Object record) {
            MethodHandle handle = getter;
            if (handle == null) {
                handle = getter(accessor);
                getter = handle; // a benign race: every thread makes an equivalent handle
            }
            try {
                return (Object) handle.invokeExact(record);
            } catch (Throwable t) {
                throw new IllegalStateException("cannot read " + name, t);
            }
        }

        private static boolean isWireEnum(Type type) {
            return type instanceof Class<?>
                    && ((Class<?>) type).isEnum()
                    && WireEnum.class.isAssignableFrom((Class<?>) type);
        }

        private static boolean holdsWireEnum(Type type) {
            if (type instanceof WildcardType) {
                Type[] upper = ((WildcardType) type).getUpperBounds();
                return upper.length == 1 && (isWireEnum(upper[0]) || holdsWireEnum(upper[0]));
            }
            if (!(type instanceof ParameterizedType)) {
                return false;
            }
            ParameterizedType parameterized = (ParameterizedType) type;
            Type raw = parameterized.getRawType();
            if (!(raw instanceof Class<?>)) {
                return false;
            }
            Class<?> rawClass = (Class<?>) raw;
            if (!Collection.class.isAssignableFrom(rawClass) && !Map.class.isAssignableFrom(rawClass)) {
                return false;
            }
            Type[] arguments = parameterized.getActualTypeArguments();
            Type element = arguments[arguments.length - 1];
            return isWireEnum(element) || holdsWireEnum(element);
        }
    }

    /** Whether a decoded value holds the unknown fallback of some generated enum. */
    static boolean holdsUnknown(@Nullable Object value) {
        if (value instanceof WireEnum) {
            return ((WireEnum) value).isUnknown();
        }
        if (value instanceof List<?>) {
            for (Object element : (List<?>) value) {
                if (holdsUnknown(element)) {
                    return true;
                }
            }
        } else if (value instanceof Collection<?>) {
            for (Object element : (Collection<?>) value) {
                if (holdsUnknown(element)) {
                    return true;
                }
            }
        } else if (value instanceof Map<?, ?>) {
            for (Object element : ((Map<?, ?>) value).values()) {
                if (holdsUnknown(element)) {
                    return true;
                }
            }
        }
        return false;
    }
}
