package dev.stripeslice.runtime.json;

import java.io.IOException;

/**
 * Reads one JSON value from a {@link JsonInput}, without an {@code ObjectMapper}: generated clients have one per
 * response record, union and page type (in the generated {@code JsonReaders} class of their package).
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface JsonReader<T> {
    /**
     * Reads the value that comes next in {@code in} (never {@code null}: the caller handles JSON null), leaving
     * {@code in} just after it.
     */
    T read(JsonInput in) throws IOException;
}
