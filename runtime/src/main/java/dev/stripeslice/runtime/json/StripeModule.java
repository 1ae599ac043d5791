package dev.stripeslice.runtime.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import org.jspecify.annotations.Nullable;

/**
 * The Jackson module behind {@link StripeJson#mapper()}: lossless codecs for {@link StripeObject}
 * records and {@link Expandable} fields. Register it to use the generated types with your own
 * {@code ObjectMapper}.
 */
public final class StripeModule extends Module {
    /** A module to register with {@code ObjectMapper.registerModule}. */
    public StripeModule() {}

    @Override
    public String getModuleName() {
        return "stripe-slice";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public @Nullable JsonDeserializer<?> findBeanDeserializer(
                    JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
                Class<?> raw = type.getRawClass();
                if (raw == Expandable.class) {
                    JavaType valueType = type.containedTypeCount() == 1
                            ? type.containedType(0)
                            : config.constructType(JsonNode.class);
                    return new ExpandableDeserializer(type, valueType);
                }
                if (UnionCodec.isUnion(raw)) {
                    return new UnionCodec.Deserializer(raw);
                }
                if (UnionCodec.isUnknownRecord(raw)) {
                    return new UnionCodec.UnknownDeserializer(raw);
                }
                return RecordShape.isStripeRecord(raw) ? new RecordDeserializer(RecordShape.of(raw), type) : null;
            }

            @Override
            public @Nullable JsonDeserializer<?> findEnumDeserializer(
                    Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
                return WireEnumCodec.isWireEnum(type) ? new WireEnumCodec.Deserializer(type) : null;
            }
        });
        context.addSerializers(new Serializers.Base() {
            @Override
            public @Nullable JsonSerializer<?> findSerializer(
                    SerializationConfig config, JavaType type, BeanDescription beanDesc) {
                Class<?> raw = type.getRawClass();
                if (Expandable.class.isAssignableFrom(raw)) {
                    return new ExpandableSerializer();
                }
                if (WireEnumCodec.isWireEnum(raw)) {
                    return new WireEnumCodec.Serializer(raw);
                }
                if (UnknownObject.class.isAssignableFrom(raw)) {
                    return new UnionCodec.UnknownSerializer();
                }
                return RecordShape.isStripeRecord(raw) ? new RecordSerializer(RecordShape.of(raw)) : null;
            }
        });
    }
}
