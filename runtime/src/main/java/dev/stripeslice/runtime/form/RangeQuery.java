package dev.stripeslice.runtime.form;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Stripe's range filter on an integer param, such as a list's {@code created}: sent as
 * {@code created[gte]=1700000000&created[lt]=1710000000}. Every bound is optional; at least one must be set.
 *
 * @param gt greater than
 * @param gte greater than or equal to
 * @param lt less than
 * @param lte less than or equal to
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RangeQuery(
        @JsonProperty("gt") @Nullable Long gt,
        @JsonProperty("gte") @Nullable Long gte,
        @JsonProperty("lt") @Nullable Long lt,
        @JsonProperty("lte") @Nullable Long lte)
        implements FormParams {

    public RangeQuery {
        if (gt == null && gte == null && lt == null && lte == null) {
            throw new IllegalArgumentException("a range needs at least one bound (gt, gte, lt or lte)");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void writeForm(FormWriter form) {
        form.put("gt", gt).put("gte", gte).put("lt", lt).put("lte", lte);
    }

    /** Builds a {@link RangeQuery}. */
    public static final class Builder {
        private @Nullable Long gt;
        private @Nullable Long gte;
        private @Nullable Long lt;
        private @Nullable Long lte;

        private Builder() {}

        /** Only values greater than {@code value}. */
        public Builder gt(long value) {
            this.gt = value;
            return this;
        }

        /** Only values greater than or equal to {@code value}. */
        public Builder gte(long value) {
            this.gte = value;
            return this;
        }

        /** Only values less than {@code value}. */
        public Builder lt(long value) {
            this.lt = value;
            return this;
        }

        /** Only values less than or equal to {@code value}. */
        public Builder lte(long value) {
            this.lte = value;
            return this;
        }

        /**
         * The range.
         *
         * @throws IllegalArgumentException when no bound is set
         */
        public RangeQuery build() {
            return new RangeQuery(gt, gte, lt, lte);
        }
    }
}
