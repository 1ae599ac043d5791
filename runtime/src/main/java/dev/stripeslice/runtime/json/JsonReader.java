package dev.stripeslice.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads one JSON value from a streaming parser, without an {@code ObjectMapper}: generated clients have one per
 * response record, union and page type (in the generated {@code JsonReaders} class of their package).
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface JsonReader<T> {
    /**
     * Reads the value whose first token {@code p} is at (never {@code null}: the caller handles JSON null), leaving
     * {@code p} at the value's last token.
     */
    T read(JsonParser p) throws IOException;
}
