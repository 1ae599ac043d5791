package dev.stripeslice.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link StripeObject} record: its non-null properties, the properties that arrived as
 * {@code null}, the raw JSON of values that hold unknown enum constants, then unknown properties.
 */
final class RecordSerializer extends StdSerializer<Object> implements ResolvableSerializer {
    private static final long serialVersionUID = 1L;

    private final transient RecordShape shape;
    private final transient SerializedString[] names;
    /** Serializers for properties whose declared type pins the serializer; null means by runtime class. */
    private final transient @Nullable JsonSerializer<Object>[] serializers;

    @SuppressWarnings("unchecked")
    RecordSerializer(RecordShape shape) {
        super(Object.class);
        this.shape = shape;
        this.names = new SerializedString[shape.properties.length];
        this.serializers = (JsonSerializer<Object>[]) new JsonSerializer<?>[shape.properties.length];
        for (RecordShape.Property property : shape.properties) {
            names[property.index] = new SerializedString(property.name);
        }
    }

    @Override
    public void resolve(SerializerProvider provider) throws JsonMappingException {
        for (RecordShape.Property property : shape.properties) {
            JavaType type = provider.constructType(property.genericType);
            if (isStatic(type)) {
                serializers[property.index] = provider.findValueSerializer(type, null);
            }
        }
    }

    private static boolean isStatic(JavaType type) {
        return type.isContainerType()
                || (type.isFinal() && !Modifier.isAbstract(type.getRawClass().getModifiers()));
    }

    @Override
    public void serialize(Object record, JsonGenerator gen, SerializerProvider provider) throws IOException {
        JsonExtras extras = shape.extras(record);
        gen.writeStartObject(record);
        for (RecordShape.Property property : shape.properties) {
            Object value = property.get(record);
            if (value == null) {
                if (extras.isExplicitNull(property.name)) {
                    gen.writeFieldName(names[property.index]);
                    gen.writeNull();
                }
                continue;
            }
            gen.writeFieldName(names[property.index]);
            JsonExtras.RawValue raw = extras.rawValue(property.name);
            if (raw != null && raw.decoded().equals(value)) {
                raw.json().serialize(gen, provider);
            } else if (value instanceof String) {
                gen.writeString((String) value);
            } else if (value instanceof Long) {
                gen.writeNumber((Long) value);
            } else if (value instanceof Boolean) {
                gen.writeBoolean((Boolean) value);
            } else {
                JsonSerializer<Object> serializer = serializers[property.index];
                if (serializer == null) {
                    serializer = provider.findValueSerializer(value.getClass());
                }
                serializer.serialize(value, gen, provider);
            }
        }
        for (Map.Entry<String, JsonNode> unknown : extras.unknownFieldsView().entrySet()) {
            if (shape.property(unknown.getKey()) == null) {
                gen.writeFieldName(unknown.getKey());
                unknown.getValue().serialize(gen, provider);
            }
        }
        gen.writeEndObject();
    }
}
