package dev.stripeslice.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stripeslice.runtime.TestTypes.CreateParams;
import dev.stripeslice.runtime.TestTypes.ElementParams;
import dev.stripeslice.runtime.TestTypes.FeatureParams;
import dev.stripeslice.runtime.TestTypes.Redisplay;
import dev.stripeslice.runtime.form.AnyOf;
import dev.stripeslice.runtime.form.FormParams;
import dev.stripeslice.runtime.form.FormWriter;
import dev.stripeslice.runtime.form.ParamChecks;
import dev.stripeslice.runtime.form.RangeQuery;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormWriterTest {
    private static String encode(FormParams params) {
        FormWriter form = new FormWriter();
        params.writeForm(form);
        return form.encode();
    }

    @Test
    void encodesStripesExample() {
        CreateParams params = new CreateParams(
                new ElementParams(true, new FeatureParams(List.of(Redisplay.ALWAYS), null, null)),
                null,
                List.of("customer"),
                null,
                null);
        assertThat(encode(params))
                .isEqualTo("components[payment_element][enabled]=true"
                        + "&components[payment_element][features][payment_method_allow_redisplay_filters][0]=always"
                        + "&expand[0]=customer");
    }

    @Test
    void pairsKeepPutOrderAndSkipNulls() {
        FormWriter form = new FormWriter()
                .put("b", "2")
                .put("a", null)
                .put("c", 3L)
                .put("d", false)
                .put("e", 7);
        assertThat(form.pairs())
                .containsExactly(
                        Map.entry("b", "2"), Map.entry("c", "3"), Map.entry("d", "false"), Map.entry("e", "7"));
        assertThat(form.encode()).isEqualTo("b=2&c=3&d=false&e=7");
    }

    @Test
    void escapesValuesButKeepsBracketsInKeys() {
        FormWriter form = new FormWriter().put("metadata", Map.of("note & [x]", "a b+c=d/é&[]"));
        assertThat(form.encode()).isEqualTo("metadata[note+%26+[x]]=a+b%2Bc%3Dd%2F%C3%A9%26%5B%5D");
    }

    @Test
    void mapsAndNestedLists() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("order", "42");
        metadata.put("skip", null);
        metadata.put("tags", List.of("x", Map.of("k", "v")));
        FormWriter form = new FormWriter().put("metadata", metadata);
        assertThat(form.encode()).isEqualTo("metadata[order]=42&metadata[tags][0]=x&metadata[tags][1][k]=v");
    }

    @Test
    void emptyCollectionsAndEmptyValueClear() {
        FormWriter form = new FormWriter()
                .put("metadata", Map.of())
                .put("expand", List.of())
                .put("description", FormWriter.EMPTY);
        assertThat(form.encode()).isEqualTo("metadata=&expand=&description=");
    }

    @Test
    void nestedParamsWithNothingSetAreNotSent() {
        CreateParams params =
                new CreateParams(new ElementParams(true, new FeatureParams(null, null, null)), null, null, null, null);
        assertThat(encode(params)).isEqualTo("components[payment_element][enabled]=true");
        CreateParams nothingInside =
                new CreateParams(new ElementParams(null, new FeatureParams(null, null, null)), null, null, null, null);
        assertThat(encode(nothingInside)).isEmpty();
    }

    @Test
    void emptyParamsObjectIsRefusedWhereRequired() {
        assertThat(ParamChecks.notEmpty("features", new FeatureParams(List.of(Redisplay.ALWAYS), null, null)))
                .isNotNull();
        assertThat(ParamChecks.<FeatureParams>notEmpty("features", null)).isNull();
        assertThatThrownBy(() -> ParamChecks.notEmpty("features", new FeatureParams(null, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("features must have at least one field set: an object with nothing set is not sent,"
                        + " and Stripe requires this one");
        FeatureParams set = new FeatureParams(List.of(Redisplay.ALWAYS), null, null);
        assertThat(ParamChecks.notEmpty("items", List.of(set, set))).hasSize(2);
        assertThatThrownBy(() -> ParamChecks.notEmpty("items", List.of(set, new FeatureParams(null, null, null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("items[1] has no field set: an empty object in a list cannot be sent");
    }

    @Test
    void onlyClearableFieldsMayBeCleared() {
        ParamChecks.onlyClearable(Set.of("description"), Set.of("description", "email"));
        assertThatThrownBy(() -> ParamChecks.onlyClearable(Set.of("name"), Set.of("description")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name cannot be cleared: the spec does not let Stripe unset it here");
    }

    @Test
    void refusesUnknownEnumFallback() {
        assertThatThrownBy(() -> encode(new FeatureParams(List.of(Redisplay.UNKNOWN), null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("payment_method_allow_redisplay_filters[0]")
                .hasMessageContaining("unknown");
        assertThatThrownBy(() -> new FormWriter().put("r", Redisplay.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void extraParamsAtTopAndNestedLevels() {
        Map<String, Object> nestedExtra = new LinkedHashMap<>();
        nestedExtra.put("beta_flag", true);
        nestedExtra.put("limits", Map.of("max", 3));
        Map<String, Object> topExtra = new LinkedHashMap<>();
        topExtra.put("preview", "on");
        CreateParams params = new CreateParams(
                new ElementParams(true, new FeatureParams(null, Redisplay.LIMITED, nestedExtra)),
                "cus_1",
                null,
                null,
                topExtra);
        assertThat(encode(params))
                .isEqualTo("components[payment_element][enabled]=true"
                        + "&components[payment_element][features][payment_method_redisplay]=limited"
                        + "&components[payment_element][features][beta_flag]=true"
                        + "&components[payment_element][features][limits][max]=3"
                        + "&customer=cus_1&preview=on");
    }

    @Test
    void extraParamThatDuplicatesATypedOneIsRefused() {
        assertThatThrownBy(() -> encode(new CreateParams(null, "cus_1", null, null, Map.of("customer", "cus_2"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customer");
    }

    @Test
    void numbersAreWrittenPlainly() {
        FormWriter form = new FormWriter()
                .put("a", new BigDecimal("1E+3"))
                .put("b", 0.5d)
                .put("c", 1e10d)
                .put("d", 12.0f);
        assertThat(form.encode()).isEqualTo("a=1000&b=0.5&c=10000000000&d=12.0");
        assertThatThrownBy(() -> new FormWriter().put("x", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unsupportedValuesAndNullListElementsAreRefused() {
        assertThatThrownBy(() -> new FormWriter().put("x", new Object()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x'");
        assertThatThrownBy(() -> new FormWriter().put("x", java.util.Arrays.asList("a", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x[1]");
    }

    @Test
    void emptyFormAndToStringWithoutValues() {
        assertThat(new FormWriter().encode()).isEmpty();
        FormWriter form = new FormWriter().put("client_secret", "cs_live_abc");
        assertThat(form.toString()).contains("client_secret").doesNotContain("cs_live_abc");
    }

    @Test
    void pairsAreASnapshot() {
        FormWriter form = new FormWriter().put("a", "1");
        List<Map.Entry<String, String>> pairs = form.pairs();
        form.put("b", "2");
        assertThat(pairs).hasSize(1);
        assertThatThrownBy(() -> pairs.add(Map.entry("c", "3"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anyOfIsSentAsTheShapeItHolds() {
        AnyOf<RangeQuery, Long> exact = AnyOf.second(1700000000L);
        AnyOf<RangeQuery, Long> range = AnyOf.first(
                RangeQuery.builder().gte(1700000000L).lt(1710000000L).build());
        AnyOf<Redisplay, Long> keyword = AnyOf.first(Redisplay.ALWAYS);
        FormWriter form =
                new FormWriter().put("created", exact).put("due", range).put("trial_end", keyword);
        assertThat(form.encode())
                .isEqualTo("created=1700000000&due[gte]=1700000000&due[lt]=1710000000&trial_end=always");
        assertThat(exact.getFirst()).isNull();
        assertThat(exact.getSecond()).isEqualTo(1700000000L);
        assertThat(exact).isEqualTo(AnyOf.second(1700000000L)).isNotEqualTo(AnyOf.first(1700000000L));
    }

    @Test
    void aRangeNeedsABoundAndAnAnyOfAValue() {
        assertThatThrownBy(() -> RangeQuery.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one bound");
        assertThatThrownBy(() -> AnyOf.first(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anEmptyStringInAnAnyOfIsRefusedLikeAPlainOne() {
        assertThatThrownBy(() -> ParamChecks.notEmpty("card", AnyOf.second("")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("card must not be empty");
        assertThat(ParamChecks.notEmpty("card", AnyOf.second("tok_visa"))).isEqualTo(AnyOf.second("tok_visa"));
    }
}
