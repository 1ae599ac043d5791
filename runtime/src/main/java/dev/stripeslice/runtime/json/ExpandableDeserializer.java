package dev.stripeslice.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/** A string becomes an id-only {@link Expandable}; an object is decoded as the type argument. */
final class ExpandableDeserializer extends StdDeserializer<Expandable<?>> implements ResolvableDeserializer {
    private static final long serialVersionUID = 1L;

    private final transient JavaType valueType;
    private transient JsonDeserializer<?> valueDeserializer;

    ExpandableDeserializer(JavaType expandableType, JavaType valueType) {
        super(expandableType);
        this.valueType = valueType;
    }

    @Override
    public void resolve(DeserializationContext ctxt) throws JsonMappingException {
        valueDeserializer = ctxt.findContextualValueDeserializer(valueType, null);
    }

    @Override
    public boolean isCachable() {
        return true;
    }

    @Override
    public Expandable<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return Expandable.ofId(p.getText());
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.FIELD_NAME) {
            Object value = valueDeserializer.deserialize(p, ctxt);
            return Expandable.decoded(value, p.getCodec());
        }
        return (Expandable<?>) ctxt.handleUnexpectedToken(valueType, p);
    }
}
