package dev.stripeslice.runtime;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/** Waits between retries; replaced in tests so that they never really wait. */
interface Sleeper {
    Sleeper SYSTEM = new Sleeper() {
        @Override
        public void sleep(Duration delay) throws InterruptedException {
            Thread.sleep(delay.toMillis());
        }

        @Override
        public Executor after(Duration delay) {
            return CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS);
        }
    };

    /** Blocks the calling thread for the delay. */
    void sleep(Duration delay) throws InterruptedException;

    /** An executor that runs its tasks once the delay has passed, without blocking a thread. */
    Executor after(Duration delay);
}
