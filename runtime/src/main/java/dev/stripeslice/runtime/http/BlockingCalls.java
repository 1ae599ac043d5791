package dev.stripeslice.runtime.http;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that run blocking {@link HttpTransport#send} calls for {@link HttpTransport#sendAsync}:
 * created on first use, daemon, and idle ones end after a minute (a cached pool).
 */
final class BlockingCalls {
    private static final AtomicInteger COUNT = new AtomicInteger();

    static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "stripe-slice-http-" + COUNT.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private BlockingCalls() {}
}
