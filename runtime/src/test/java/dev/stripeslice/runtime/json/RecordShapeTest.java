package dev.stripeslice.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RecordShapeTest {
    record Item(
            @JsonProperty("id") @Nullable String id,
            @JsonProperty("has_more") boolean hasMore,
            JsonExtras extras) implements StripeObject {}

    record NoExtras(@JsonProperty("id") String id) implements StripeObject {
        @Override
        public JsonExtras extras() {
            return JsonExtras.empty();
        }
    }

    @Test
    void shapeIsComputedOncePerClass() {
        assertThat(RecordShape.of(Item.class)).isSameAs(RecordShape.of(Item.class));
    }

    @Test
    void readsWireNamesAndTheId() {
        RecordShape shape = RecordShape.of(Item.class);
        assertThat(shape.properties).extracting(p -> p.name).containsExactly("id", "has_more");
        assertThat(shape.hasPrimitives).isTrue();
        assertThat(shape.id(new Item("it_1", false, JsonExtras.empty()))).isEqualTo("it_1");
        assertThat(ObjectIds.idOf(new Item("it_2", false, JsonExtras.empty()))).isEqualTo("it_2");
    }

    @Test
    void aRecordWithoutTrailingExtrasIsRefused() {
        assertThatThrownBy(() -> RecordShape.of(NoExtras.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JsonExtras");
    }
}
