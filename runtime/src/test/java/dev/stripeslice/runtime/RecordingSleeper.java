package dev.stripeslice.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/** Records requested waits and returns at once. */
final class RecordingSleeper implements Sleeper {
    private final List<Duration> delays = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void sleep(Duration delay) {
        delays.add(delay);
    }

    @Override
    public Executor after(Duration delay) {
        delays.add(delay);
        return ForkJoinPool.commonPool();
    }

    List<Duration> delays() {
        synchronized (delays) {
            return List.copyOf(delays);
        }
    }
}
