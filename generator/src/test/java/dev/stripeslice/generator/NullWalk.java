package dev.stripeslice.generator;

import dev.stripeslice.runtime.json.Expandable;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Walks decoded records reflectively and lists every accessor that returns null although its type is not
 * {@code @Nullable}: where the generated types promise a value the JSON did not have.
 */
final class NullWalk {
    private NullWalk() {}

    /** {@code path.component} of every broken promise under {@code value}. */
    static List<String> brokenPromises(Object value) {
        List<String> broken = new ArrayList<>();
        walk(value, value.getClass().getSimpleName(), broken);
        return broken;
    }

    private static void walk(@Nullable Object value, String path, List<String> broken) {
        if (value == null) {
            return;
        }
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object child;
                try {
                    child = component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                String childPath = path + "." + component.getName();
                if (child == null && !component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                    broken.add(childPath);
                }
                walk(child, childPath, broken);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", broken);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> walk(child, path + "[" + key + "]", broken));
        } else if (value instanceof Expandable<?> expandable) {
            expandable.expanded().ifPresent(object -> walk(object, path, broken));
        }
    }
}
