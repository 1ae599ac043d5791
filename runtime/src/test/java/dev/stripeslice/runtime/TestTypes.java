package dev.stripeslice.runtime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stripeslice.runtime.form.FormParams;
import dev.stripeslice.runtime.form.FormWriter;
import dev.stripeslice.runtime.json.Expandable;
import dev.stripeslice.runtime.json.JsonExtras;
import dev.stripeslice.runtime.json.StripeObject;
import dev.stripeslice.runtime.json.WireEnum;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Hand-written types in the shape the generator emits. */
final class TestTypes {
    private TestTypes() {}

    enum Redisplay implements WireEnum {
        ALWAYS("always"),
        LIMITED("limited"),
        UNKNOWN(null);

        private final @Nullable String wireValue;

        Redisplay(@Nullable String wireValue) {
            this.wireValue = wireValue;
        }

        @JsonValue
        @Override
        public String wireValue() {
            if (wireValue == null) {
                throw new IllegalStateException("UNKNOWN has no wire value");
            }
            return wireValue;
        }

        @Override
        public boolean isUnknown() {
            return wireValue == null;
        }

        @JsonCreator
        public static Redisplay fromWireValue(String value) {
            for (Redisplay candidate : values()) {
                if (value.equals(candidate.wireValue)) {
                    return candidate;
                }
            }
            return UNKNOWN;
        }
    }

    record Features(
            @JsonProperty("payment_method_redisplay") @Nullable
            Redisplay redisplay,

            @JsonProperty("payment_method_allow_redisplay_filters") @Nullable
            List<Redisplay> filters,

            JsonExtras extras)
            implements StripeObject {}

    record PaymentElement(
            @JsonProperty("enabled") Boolean enabled,
            @JsonProperty("features") @Nullable Features features,
            JsonExtras extras)
            implements StripeObject {}

    record Components(@JsonProperty("payment_element") PaymentElement paymentElement, JsonExtras extras)
            implements StripeObject {}

    record Session(
            @JsonProperty("object") String object,
            @JsonProperty("client_secret") String clientSecret,
            @JsonProperty("components") @Nullable Components components,
            @JsonProperty("created") Long created,
            @JsonProperty("customer") Expandable<JsonNode> customer,
            @JsonProperty("customer_account") @Nullable String customerAccount,
            @JsonProperty("expires_at") Long expiresAt,
            @JsonProperty("livemode") Boolean livemode,
            JsonExtras extras)
            implements StripeObject {
        @Override
        public String toString() {
            return "Session[clientSecret=<redacted>, extras=" + extras + "]";
        }
    }

    record Customer(
            @JsonProperty("id") String id,
            @JsonProperty("object") String object,
            @JsonProperty("email") @Nullable String email,
            JsonExtras extras)
            implements StripeObject {}

    record Holder(
            @JsonProperty("customer") @Nullable Expandable<Customer> customer,
            @JsonProperty("metadata") @Nullable Map<String, String> metadata,
            @JsonProperty("modes") @Nullable Map<String, Redisplay> modes,
            @JsonProperty("amount") long amount,
            @JsonProperty("ratio") @Nullable Double ratio,
            JsonExtras extras)
            implements StripeObject {}

    /** A params record in the generated shape. */
    record FeatureParams(
            @Nullable List<Redisplay> filters,
            @Nullable Redisplay redisplay,
            @Nullable Map<String, Object> extraParams) implements FormParams {
        @Override
        public void writeForm(FormWriter form) {
            form.put("payment_method_allow_redisplay_filters", filters)
                    .put("payment_method_redisplay", redisplay)
                    .putExtra(extraParams);
        }
    }

    record ElementParams(Boolean enabled, @Nullable FeatureParams features) implements FormParams {
        @Override
        public void writeForm(FormWriter form) {
            form.put("enabled", enabled).put("features", features);
        }
    }

    record CreateParams(
            @Nullable ElementParams paymentElement,
            @Nullable String customer,
            @Nullable List<String> expand,
            @Nullable Object metadata,
            @Nullable Map<String, Object> extraParams)
            implements FormParams {
        @Override
        public void writeForm(FormWriter form) {
            form.put("components", (FormParams) f -> f.put("payment_element", paymentElement))
                    .put("customer", customer)
                    .put("expand", expand)
                    .put("metadata", metadata)
                    .putExtra(extraParams);
        }
    }
}
