package dev.stripeslice.runtime.form;

import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Checks generated params records run when they are built. */
public final class ParamChecks {
  private ParamChecks() {}

  /**
   * Refuses an empty string, list or map: on the wire it becomes {@code name=}, which Stripe reads as
   * unsetting the field, and the spec does not allow that for this field. Null (not sent) passes.
   */
  public static <T> @Nullable T notEmpty(String wireName, @Nullable T value) {
    boolean empty =
        (value instanceof CharSequence text && text.length() == 0)
            || (value instanceof Collection<?> collection && collection.isEmpty())
            || (value instanceof Map<?, ?> map && map.isEmpty());
    if (empty) {
      throw new IllegalArgumentException(
          wireName
              + " must not be empty: Stripe reads an empty value as unsetting the field,"
              + " and the spec does not allow that here");
    }
    return value;
  }
}
