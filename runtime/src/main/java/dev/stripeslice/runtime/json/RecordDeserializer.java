package dev.stripeslice.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.type.TypeBindings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Streams a JSON object into a {@link StripeObject} record. Declared properties are decoded
 * straight from the parser; only unknown properties are read as trees, because those trees are
 * what the record keeps.
 */
final class RecordDeserializer extends StdDeserializer<Object> implements ResolvableDeserializer {
    private static final long serialVersionUID = 1L;

    private final transient RecordShape shape;
    /** The type variables of a generic record ({@code StripeList<Customer>}), bound at the use site. */
    private final transient @Nullable TypeBindings bindings;

    private transient JavaType[] types;
    private transient JsonDeserializer<?>[] deserializers;

    RecordDeserializer(RecordShape shape) {
        this(shape, null);
    }

    RecordDeserializer(RecordShape shape, @Nullable JavaType type) {
        super(shape.type);
        this.shape = shape;
        this.bindings = type == null || type.getBindings().isEmpty() ? null : type.getBindings();
        this.types = new JavaType[shape.properties.length];
        this.deserializers = new JsonDeserializer<?>[shape.properties.length];
    }

    @Override
    public void resolve(DeserializationContext ctxt) throws JsonMappingException {
        for (RecordShape.Property property : shape.properties) {
            JavaType type = bindings == null
                    ? ctxt.getTypeFactory().constructType(property.genericType)
                    : ctxt.getTypeFactory().resolveMemberType(property.genericType, bindings);
            types[property.index] = type;
            deserializers[property.index] = ctxt.findContextualValueDeserializer(type, null);
        }
    }

    @Override
    public boolean isCachable() {
        return true;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            token = p.nextToken();
        } else if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
            return ctxt.handleUnexpectedToken(shape.type, p);
        }
        Object[] arguments = new Object[shape.arity()];
        boolean[] seen = new boolean[shape.properties.length];
        JsonExtras.Builder extras = JsonExtras.builder();
        for (; token == JsonToken.FIELD_NAME; token = p.nextToken()) {
            String name = p.currentName();
            try {
                readProperty(p, ctxt, name, arguments, seen, extras);
            } catch (JsonMappingException | RuntimeException e) {
                throw JsonMappingException.wrapWithPath(e, shape.type, name);
            }
        }
        arguments[arguments.length - 1] = extras.build();
        if (shape.hasPrimitives) {
            fillPrimitiveDefaults(arguments);
        }
        try {
            return shape.construct(arguments);
        } catch (Error e) {
            throw e;
        } catch (Throwable t) {
            throw JsonMappingException.from(
                    p,
                    "cannot construct " + shape.type.getSimpleName() + ": "
                            + t.getClass().getSimpleName(),
                    t);
        }
    }

    /** Reads the value of one property into its argument slot or into the extras. */
    private void readProperty(
            JsonParser p,
            DeserializationContext ctxt,
            String name,
            Object[] arguments,
            boolean[] seen,
            JsonExtras.Builder extras)
            throws IOException {
        JsonToken valueToken = p.nextToken();
        RecordShape.Property property = shape.property(name);
        if (property == null) {
            extras.unknownField(name, ctxt.readTree(p));
            return;
        }
        int index = property.index;
        if (seen[index]) {
            extras.replaced(name);
        }
        seen[index] = true;
        if (valueToken == JsonToken.VALUE_NULL) {
            arguments[index] = null;
            extras.explicitNull(name);
        } else if (property.wireEnum) {
            String text = valueToken == JsonToken.VALUE_STRING ? p.getText() : null;
            Object value = deserializers[index].deserialize(p, ctxt);
            arguments[index] = value;
            if (value instanceof WireEnum && ((WireEnum) value).isUnknown() && text != null) {
                extras.rawValue(name, TextNode.valueOf(text), value);
            }
        } else if (property.wireEnumInside) {
            List<String> unknownValues = new ArrayList<>(2);
            ctxt.setAttribute(WireEnumCodec.UNKNOWN_VALUES, unknownValues);
            Object value;
            try {
                value = deserializers[index].deserialize(p, ctxt);
            } finally {
                ctxt.setAttribute(WireEnumCodec.UNKNOWN_VALUES, null);
            }
            arguments[index] = value;
            if (!unknownValues.isEmpty() && value != null) {
                extras.rawValue(name, WireEnumCodec.rebuild(value, unknownValues.iterator()), value);
            }
        } else {
            arguments[index] = deserializers[index].deserialize(p, ctxt);
        }
    }

    private void fillPrimitiveDefaults(Object[] arguments) {
        for (RecordShape.Property property : shape.properties) {
            if (arguments[property.index] == null && property.rawType.isPrimitive()) {
                arguments[property.index] = primitiveDefault(property.rawType);
            }
        }
    }

    private static Object primitiveDefault(Class<?> type) {
        if (type == boolean.class) {
            return false;
        } else if (type == char.class) {
            return '\0';
        } else if (type == long.class) {
            return 0L;
        } else if (type == double.class) {
            return 0.0d;
        } else if (type == float.class) {
            return 0.0f;
        } else if (type == short.class) {
            return (short) 0;
        } else if (type == byte.class) {
            return (byte) 0;
        }
        return 0;
    }
}
