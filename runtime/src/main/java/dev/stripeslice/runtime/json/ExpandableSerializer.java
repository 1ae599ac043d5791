package dev.stripeslice.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Optional;

/** Writes an {@link Expandable} back in the shape it arrived in: an id string or the object. */
final class ExpandableSerializer extends StdSerializer<Expandable<?>> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings({"unchecked", "rawtypes"})
    ExpandableSerializer() {
        super((Class) Expandable.class);
    }

    @Override
    public void serialize(Expandable<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        Optional<?> expanded = value.expanded();
        if (expanded.isPresent()) {
            Object object = expanded.get();
            provider.findValueSerializer(object.getClass()).serialize(object, gen, provider);
        } else {
            gen.writeString(value.id());
        }
    }
}
