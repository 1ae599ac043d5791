package dev.stripeslice.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Codecs for generated enums. Jackson's own enum support asks every constant for its
 * {@code @JsonValue} up front, which the {@code UNKNOWN} fallback refuses, so these replace it.
 */
final class WireEnumCodec {
  private WireEnumCodec() {}

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
      return unknown;
    }
  }

  static final class Serializer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;

    Serializer(Class<?> type) {
      super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      WireEnum wireEnum = (WireEnum) value;
      if (wireEnum.isUnknown()) {
        throw JsonMappingException.from(gen, "cannot write the unknown fallback of "
            + value.getClass().getSimpleName() + ": the value it stood for is not known here");
      }
      gen.writeString(wireEnum.wireValue());
    }
  }
}
