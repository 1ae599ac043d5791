package dev.stripeslice.runtime;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.stripeslice.runtime.json.JsonReader;
import dev.stripeslice.runtime.json.JsonReads;
import dev.stripeslice.runtime.json.StripeJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/** How a 2xx body becomes the result of a call. */
abstract class BodyReader {
    /** The result, or null for the JSON value {@code null}. */
    abstract @Nullable Object read(byte[] body) throws IOException;

    /** What the body was read as, for error messages. */
    abstract String description();

    /** Whether the body is bytes, not JSON (a PDF), so the request does not ask for JSON. */
    boolean binary() {
        return false;
    }

    /** With a generated reader: no mapper, no reflection. */
    static BodyReader of(JsonReader<?> reader) {
        return new BodyReader() {
            @Override
            @Nullable
            Object read(byte[] body) throws IOException {
                return JsonReads.read(body, reader);
            }

            @Override
            String description() {
                return "the response type";
            }
        };
    }

    /** The body as a stream of its bytes. */
    static final BodyReader BYTES = new BodyReader() {
        @Override
        Object read(byte[] body) {
            return new ByteArrayInputStream(body);
        }

        @Override
        String description() {
            return InputStream.class.getSimpleName();
        }

        @Override
        boolean binary() {
            return true;
        }
    };

    /**
     * With {@link StripeJson#mapper()}, for a type given as a class or type reference. Each type gets one
     * {@link ObjectReader}, built once, on a thread of its own while the first request is on the wire: building it
     * (the mapper first, then a codec for every record the type reaches) takes longer than a round trip in a fresh
     * JVM.
     */
    static final class ByMapper {
        private static final Executor BUILDER_THREAD = task -> {
            Thread thread = new Thread(task, "stripe-slice-decoder-setup");
            thread.setDaemon(true);
            thread.start();
        };

        private final Map<JavaType, BodyReader> readers = new ConcurrentHashMap<>();

        BodyReader readerFor(JavaType type) {
            if (type.getRawClass() == InputStream.class) {
                return BYTES;
            }
            BodyReader reader = readers.get(type);
            return reader != null ? reader : readers.computeIfAbsent(type, ByMapper::startBuilding);
        }

        private static BodyReader startBuilding(JavaType type) {
            CompletableFuture<ObjectReader> reader =
                    CompletableFuture.supplyAsync(() -> StripeJson.mapper().readerFor(type), BUILDER_THREAD);
            return new BodyReader() {
                @Override
                @Nullable
                Object read(byte[] body) throws IOException {
                    return reader.join().readValue(body);
                }

                @Override
                String description() {
                    return type.getRawClass().getSimpleName();
                }
            };
        }
    }
}
