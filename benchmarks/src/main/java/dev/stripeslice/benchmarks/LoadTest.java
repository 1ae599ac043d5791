package dev.stripeslice.benchmarks;

import dev.stripeslice.customersession.StripeClient;
import dev.stripeslice.runtime.ClientConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whole {@code create} calls against {@link LocalEndpoint}, N threads sharing one client, for a fixed time after a
 * warm-up: calls per second and p50/p99 latency. Each run is bounded in time and in calls.
 */
final class LoadTest {
    private static final int MAX_SAMPLES_PER_THREAD = 1 << 20;

    /** One call; throws on failure. */
    interface Call {
        void run() throws Exception;
    }

    record Result(
            String client,
            int threads,
            long calls,
            long failures,
            double callsPerSecond,
            double p50Micros,
            double p99Micros) {}

    private LoadTest() {}

    static Call ours(String baseUrl) {
        StripeClient client = new StripeClient(
                ClientConfig.builder().apiKey("sk_test_bench").baseUrl(baseUrl).build());
        var params = OurParams.create();
        return () -> client.customerSessions().create(params);
    }

    static Call stripeJava(String baseUrl) {
        com.stripe.StripeClient client = com.stripe.StripeClient.builder()
                .setApiKey("sk_test_bench")
                .setApiBase(baseUrl)
                .build();
        var params = StripeJavaParams.create();
        return () -> client.v1().customerSessions().create(params);
    }

    /** Calls for a while without measuring: warms the JDK code both clients share (sockets, TLS) as well. */
    static void warm(Call call, long millis) throws InterruptedException {
        phase(call, 1, millis, null);
    }

    static Result run(String name, Call call, int threads, long warmupMillis, long measureMillis)
            throws InterruptedException {
        phase(call, threads, warmupMillis, null);
        long[][] samples = new long[threads][];
        long[] counts = new long[threads];
        AtomicLong failures = new AtomicLong();
        long elapsed = phase(call, threads, measureMillis, new Recording(samples, counts, failures));
        long calls = Arrays.stream(counts).sum();
        int recorded = 0;
        for (int t = 0; t < threads; t++) {
            recorded += (int) Math.min(counts[t], MAX_SAMPLES_PER_THREAD);
        }
        long[] all = new long[recorded];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            int n = (int) Math.min(counts[t], MAX_SAMPLES_PER_THREAD);
            System.arraycopy(samples[t], 0, all, at, n);
            at += n;
        }
        Arrays.sort(all);
        return new Result(
                name,
                threads,
                calls,
                failures.get(),
                calls * 1e9 / elapsed,
                percentile(all, 0.50) / 1e3,
                percentile(all, 0.99) / 1e3);
    }

    private record Recording(long[][] samples, long[] counts, AtomicLong failures) {}

    /** Runs {@code threads} callers until the deadline; returns the elapsed nanoseconds. */
    private static long phase(Call call, int threads, long millis, Recording recording) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        long[] deadline = new long[1];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            Thread worker = new Thread(
                    () -> {
                        long[] mine = recording == null ? null : new long[MAX_SAMPLES_PER_THREAD];
                        long count = 0;
                        try {
                            start.await();
                            while (System.nanoTime() < deadline[0]) {
                                long begin = System.nanoTime();
                                try {
                                    call.run();
                                } catch (Exception e) {
                                    if (recording != null
                                            && recording.failures().incrementAndGet() == 1) {
                                        e.printStackTrace();
                                    }
                                }
                                long took = System.nanoTime() - begin;
                                if (mine != null && count < MAX_SAMPLES_PER_THREAD) {
                                    mine[(int) count] = took;
                                }
                                count++;
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } finally {
                            if (recording != null) {
                                recording.samples()[index] = mine;
                                recording.counts()[index] = count;
                            }
                            done.countDown();
                        }
                    },
                    "load-" + t);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        long begin = System.nanoTime();
        deadline[0] = begin + millis * 1_000_000L;
        start.countDown();
        done.await();
        return System.nanoTime() - begin;
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
