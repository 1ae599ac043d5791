package dev.stripeslice.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Codecs for generated enums. Jackson's own enum support asks every constant for its
 * {@code @JsonValue} up front, which the {@code UNKNOWN} fallback refuses, so these replace it.
 */
final class WireEnumCodec {
    /**
     * Context attribute holding a {@code List<String>} while a list or map of enums is decoded:
     * each value decoded as the unknown fallback is added to it, in document order.
     */
    static final Object UNKNOWN_VALUES = new Object();

    private WireEnumCodec() {}

    /**
     * The JSON a list or map of enums was decoded from, given the raw text of its unknown values
     * in the order they were met; walking the decoded value visits elements in that same order.
     */
    static JsonNode rebuild(@Nullable Object value, Iterator<String> unknownValues) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value == null) {
            return nodes.nullNode();
        }
        if (value instanceof WireEnum) {
            WireEnum wireEnum = (WireEnum) value;
            return nodes.textNode(wireEnum.isUnknown() ? unknownValues.next() : wireEnum.wireValue());
        }
        if (value instanceof Collection<?>) {
            ArrayNode array = nodes.arrayNode();
            for (Object element : (Collection<?>) value) {
                array.add(rebuild(element, unknownValues));
            }
            return array;
        }
        if (value instanceof Map<?, ?>) {
            ObjectNode object = nodes.objectNode();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                object.set(String.valueOf(entry.getKey()), rebuild(entry.getValue(), unknownValues));
            }
            return object;
        }
        // Only lists, maps and enums hold an enum; anything else here is a codec bug.
        throw new IllegalStateException(
                "not a list, map or enum: " + value.getClass().getName());
    }

    static boolean isWireEnum(Class<?> type) {
        return type.isEnum() && WireEnum.class.isAssignableFrom(type);
    }

    static final class Deserializer extends StdDeserializer<Object> {
        private static final long serialVersionUID = 1L;

        private final transient Map<String, Object> byWireValue = new HashMap<>();
        private final transient @Nullable Object unknown;

        Deserializer(Class<?> type) {
            super(type);
            Object fallback = null;
            for (Object constant : type.getEnumConstants()) {
                WireEnum wireEnum = (WireEnum) constant;
                if (wireEnum.isUnknown()) {
                    fallback = constant;
                } else {
                    byWireValue.put(wireEnum.wireValue(), constant);
                }
            }
            this.unknown = fallback;
        }

        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return ctxt.handleUnexpectedToken(handledType(), p);
            }
            Object constant = byWireValue.get(p.getText());
            if (constant != null) {
                return constant;
            }
            if (unknown == null) {
                return ctxt.handleWeirdStringValue(handledType(), p.getText(), "not a known value");
            }
            Object collector = ctxt.getAttribute(UNKNOWN_VALUES);
            if (collector != null) {
                @SuppressWarnings("unchecked")
                List<String> unknownValues = (List<String>) collector;
                unknownValues.add(p.getText());
            }
            return unknown;
        }
    }

    static final class Serializer extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;

        Serializer(Class<?> type) {
            super(Object.class);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            WireEnum wireEnum = (WireEnum) value;
            if (wireEnum.isUnknown()) {
                throw JsonMappingException.from(
                        gen,
                        "cannot write the unknown fallback of "
                                + value.getClass().getSimpleName() + ": the value it stood for is not known here");
            }
            gen.writeString(wireEnum.wireValue());
        }
    }
}
