package org.dipnorm.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Closed-loop load: {@code clients} threads, each with its own {@link Client} (its own connection), send
 * request after request until the time is up. The benchmarks of throughput and of pages share it.
 */
final class ConcurrentClients {
    private ConcurrentClients() {}

    /** One client thread's requests: {@code send(i)} sends its i-th request and returns its time in ms, or throws (an error). */
    interface Client {
        double send(int i) throws Exception;
    }

    /** The time of every request that succeeded, the number that failed, and the wall time of the whole run. */
    record Outcome(List<Double> millis, long errors, double seconds) {
        long requests() {
            return millis.size() + errors;
        }

        Samples latency() {
            return Samples.of(millis.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    /**
     * Runs the clients for {@code duration}; client c starts at request c, so that the clients do not all
     * ask for the same thing at once. Meanwhile {@code sample} runs every 250 ms on the calling thread.
     */
    static Outcome run(int clients, Duration duration, IntFunction<Client> client, Runnable sample) throws Exception {
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<Double>>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int first = c;
                futures.add(pool.submit(() -> {
                    Client mine = client.apply(first);
                    List<Double> times = new ArrayList<>();
                    for (int i = first; System.nanoTime() < end; i++) {
                        try {
                            times.add(mine.send(i));
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                    return times;
                }));
            }
            while (System.nanoTime() < end) {
                Thread.sleep(Math.max(1, Math.min(250, (end - System.nanoTime()) / 1_000_000)));
                sample.run();
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> f : futures) {
                all.addAll(f.get());
            }
            return new Outcome(all, errors.get(), (System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }
}
