package dev.stripeslice.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/** Codecs for {@link StripeUnion} interfaces and their {@link UnknownObject} fallback. */
final class UnionCodec {
    private UnionCodec() {}

    static boolean isUnion(Class<?> type) {
        return type.isInterface() && type.isAnnotationPresent(StripeUnion.class);
    }

    static boolean isUnknownRecord(Class<?> type) {
        return type.isRecord() && UnknownObject.class.isAssignableFrom(type);
    }

    /** Reads the object as a tree, then decodes it as the member its {@code object} value names. */
    static final class Deserializer extends StdDeserializer<Object> {
        private static final long serialVersionUID = 1L;

        private final transient Map<String, Class<?>> members = new HashMap<>();
        private final transient Constructor<?> unknown;

        Deserializer(Class<?> union) {
            super(union);
            StripeUnion annotation = union.getAnnotation(StripeUnion.class);
            for (StripeUnion.Member member : annotation.members()) {
                members.put(member.object(), member.type());
            }
            this.unknown = unknownConstructor(annotation.unknown());
        }

        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token != JsonToken.START_OBJECT && token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
                return ctxt.handleUnexpectedToken(handledType(), p);
            }
            JsonNode tree = ctxt.readTree(p);
            Class<?> member = members.get(JsonReads.objectValue(tree));
            if (member != null) {
                return ctxt.readTreeAsValue(tree, member);
            }
            return newUnknown(unknown, tree, p);
        }
    }

    /** Decodes an {@link UnknownObject} record asked for directly: the whole JSON value. */
    static final class UnknownDeserializer extends StdDeserializer<Object> {
        private static final long serialVersionUID = 1L;

        private final transient Constructor<?> constructor;

        UnknownDeserializer(Class<?> type) {
            super(type);
            this.constructor = unknownConstructor(type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return newUnknown(constructor, ctxt.readTree(p), p);
        }
    }

    /** Writes an {@link UnknownObject} back as the JSON it holds. */
    static final class UnknownSerializer extends StdSerializer<UnknownObject> {
        private static final long serialVersionUID = 1L;

        UnknownSerializer() {
            super(UnknownObject.class);
        }

        @Override
        public void serialize(UnknownObject value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            value.json().serialize(gen, provider);
        }
    }

    private static Constructor<?> unknownConstructor(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null || components.length != 1 || components[0].getType() != JsonNode.class) {
            throw new IllegalArgumentException(type.getName() + " must be a record with one JsonNode component");
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(JsonNode.class);
            constructor.setAccessible(true);
            return constructor;
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " has no canonical constructor", e);
        }
    }

    private static Object newUnknown(Constructor<?> constructor, JsonNode tree, JsonParser p) throws IOException {
        try {
            return constructor.newInstance(tree);
        } catch (ReflectiveOperationException e) {
            throw JsonMappingException.from(
                    p, "cannot construct " + constructor.getDeclaringClass().getSimpleName(), e);
        }
    }
}
