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

    /**
     * Both clients, each warmed up, then measured in {@code rounds} alternating slices of {@code measureMillis /
     * rounds} (ours first in odd rounds, theirs first in even ones), so that a burst of other work on the machine
     * or a JIT compilation of shared JDK code lands on both rather than on one: the results of ours and theirs.
     */
    static List<Result> compare(
            Call ours, Call theirs, int threads, long warmupMillis, long measureMillis, int rounds)
            throws InterruptedException {
        phase(ours, threads, warmupMillis, null);
        phase(theirs, threads, warmupMillis, null);
        Tally oursTally = new Tally("ours", threads);
        Tally theirTally = new Tally("stripe-java", threads);
        long slice = Math.max(1, measureMillis / rounds);
        for (int round = 0; round < rounds; round++) {
            boolean oursFirst = round % 2 == 0;
            (oursFirst ? oursTally : theirTally).measure(oursFirst ? ours : theirs, slice);
            (oursFirst ? theirTally : oursTally).measure(oursFirst ? theirs : ours, slice);
        }
        return List.of(oursTally.result(), theirTally.result());
    }

    /** What the measured slices of one client add up to. */
    private static final class Tally {
        private final String name;
        private final int threads;
        private final List<long[]> samples = new ArrayList<>();
        private final AtomicLong failures = new AtomicLong();
        private long calls;
        private long elapsed;

        Tally(String name, int threads) {
            this.name = name;
            this.threads = threads;
        }

        void measure(Call call, long millis) throws InterruptedException {
            long[][] perThread = new long[threads][];
            long[] counts = new long[threads];
            elapsed += phase(call, threads, millis, new Recording(perThread, counts, failures));
            for (int t = 0; t < threads; t++) {
                calls += counts[t];
                samples.add(Arrays.copyOf(perThread[t], (int) Math.min(counts[t], MAX_SAMPLES_PER_THREAD)));
            }
        }

        Result result() {
            long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Result(
                    name,
                    threads,
                    calls,
                    failures.get(),
                    calls * 1e9 / elapsed,
                    percentile(all, 0.50) / 1e3,
                    percentile(all, 0.99) / 1e3);
        }
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
