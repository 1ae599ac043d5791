package dev.stripeslice.localstripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormDecoderTest {
    @Test
    void decodesPairsInOrder() {
        assertThat(FormDecoder.pairs("a=1&b%5Bc%5D=x+y&d&e=%E2%82%AC&&f="))
                .containsExactly(
                        Map.entry("a", "1"),
                        Map.entry("b[c]", "x y"),
                        Map.entry("d", ""),
                        Map.entry("e", "\u20ac"),
                        Map.entry("f", ""));
        assertThat(FormDecoder.pairs("")).isEmpty();
        assertThat(FormDecoder.pairs("bad=%zz")).containsExactly(Map.entry("bad", "%zz"));
    }

    @Test
    void buildsABracketTree() {
        var tree = FormDecoder.tree(FormDecoder.pairs(
                "components[payment_element][features][payment_method_allow_redisplay_filters][0]=always"
                        + "&components[payment_element][enabled]=true&expand[]=customer&expand[]=components"));
        assertThat(tree.toString())
                .isEqualTo(
                        "{\"components\":{\"payment_element\":{\"features\":{\"payment_method_allow_redisplay_filters\":"
                                + "{\"0\":\"always\"}},\"enabled\":\"true\"}},\"expand\":{\"0\":\"customer\",\"1\":\"components\"}}");
    }

    @Test
    void splitsKeyPaths() {
        assertThat(FormDecoder.keyPath("a[b][0]")).containsExactly("a", "b", "0");
        assertThat(FormDecoder.keyPath("a[]")).containsExactly("a", "");
        assertThat(FormDecoder.keyPath("a[b")).containsExactly("a[b");
        assertThat(FormDecoder.keyPath("a[b]x]")).containsExactly("a[b]x]");
        assertThat(FormDecoder.keyPath("[a]")).containsExactly("[a]");
    }

    @Test
    void lastScalarWinsButScalarAndHashConflict() {
        assertThat(FormDecoder.tree(FormDecoder.pairs("a=1&a=2")).toString()).isEqualTo("{\"a\":\"2\"}");
        assertThatThrownBy(() -> FormDecoder.tree(FormDecoder.pairs("a[b]=1&a=2")))
                .isInstanceOf(ApiError.class);
        assertThatThrownBy(() -> FormDecoder.tree(List.of(Map.entry("a", "1"), Map.entry("a[b]", "2"))))
                .isInstanceOf(ApiError.class);
    }
}
