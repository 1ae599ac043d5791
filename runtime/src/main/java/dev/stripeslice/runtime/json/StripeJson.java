package dev.stripeslice.runtime.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The shared JSON configuration for generated types. */
public final class StripeJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new StripeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // Unknown fields are kept as trees and written back: keep their decimals digit for digit.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private StripeJson() {}

    /**
     * The shared, configured mapper. Do not reconfigure it; call {@code copy()} for a variant.
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
