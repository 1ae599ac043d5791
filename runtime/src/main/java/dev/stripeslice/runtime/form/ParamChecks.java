package dev.stripeslice.runtime.form;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Checks generated params records run when they are built. */
public final class ParamChecks {
    private ParamChecks() {}

    /**
     * Refuses an empty params object (it writes no field, so nothing would be sent for a field Stripe
     * requires; the record calls this only for required ones); a list holding one (its index would be
     * missing on the wire); and an empty string, list or map: on the wire it becomes {@code name=},
     * which Stripe reads as unsetting the field, and the spec does not allow that for this field. Null
     * (not sent) passes.
     */
    public static <T> @Nullable T notEmpty(String wireName, @Nullable T given) {
        // A param of two shapes is checked as the one it holds.
        Object value = given instanceof AnyOf<?, ?> anyOf ? anyOf.value() : given;
        if (value instanceof FormParams params && writesNothing(params)) {
            throw new IllegalArgumentException(wireName
                    + " must have at least one field set: an object with nothing set is not sent,"
                    + " and Stripe requires this one");
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof FormParams element && writesNothing(element)) {
                    throw new IllegalArgumentException(
                            wireName + "[" + i + "] has no field set: an empty object in a list cannot be sent");
                }
            }
        }
        boolean empty = (value instanceof CharSequence text && text.length() == 0)
                || (value instanceof Collection<?> collection && collection.isEmpty())
                || (value instanceof Map<?, ?> map && map.isEmpty());
        if (empty) {
            throw new IllegalArgumentException(wireName
                    + " must not be empty: Stripe reads an empty value as unsetting the field,"
                    + " and the spec does not allow that here");
        }
        return given;
    }

    /**
     * Refuses a field to clear that the spec does not let Stripe unset.
     *
     * @param clearedFields wire names the caller asked to clear
     * @param clearable wire names the spec lets be cleared
     */
    public static void onlyClearable(Set<String> clearedFields, Set<String> clearable) {
        for (String field : clearedFields) {
            if (!clearable.contains(field)) {
                throw new IllegalArgumentException(
                        field + " cannot be cleared: the spec does not let Stripe unset it here");
            }
        }
    }

    private static boolean writesNothing(FormParams params) {
        FormWriter form = new FormWriter();
        params.writeForm(form);
        return form.pairs().isEmpty() && form.files().isEmpty();
    }
}
