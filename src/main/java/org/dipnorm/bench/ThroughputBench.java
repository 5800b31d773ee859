package org.dipnorm.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code clients} threads, each sending the API routes in turn on its own keep-alive connection for
 * {@code seconds}, on loopback; counts errors (anything but 200, or an exception), latency percentiles,
 * and the server's resident memory, sampled every 250 ms.
 */
final class ThroughputBench {
    /** What one run measured. */
    record Result(int clients, int seconds, long requests, long errors, Samples latency, double restMiB, double peakMiB) {
        double perSecond() {
            return requests / (double) seconds;
        }
    }

    private final int clients;
    private final int seconds;

    ThroughputBench(int clients, int seconds) {
        this.clients = clients;
        this.seconds = seconds;
    }

    Result run(ServerProcess server, List<Workload.Call> calls, PrintWriter log) throws Exception {
        return run(List.of(server.baseUrl()), server, calls.stream().map(Workload.Call::path).toList(), log);
    }

    /**
     * Clients spread over several servers ({@code bases}, client c on server c mod n), sending {@code paths} in
     * turn; memory is sampled from {@code measured} (e.g. the one store behind stateless servers).
     */
    Result runSpread(List<String> bases, ServerProcess measured, List<String> paths, PrintWriter log) throws Exception {
        log.printf("  %d server(s):%n", bases.size());
        return run(bases, measured, paths, log);
    }

    private Result run(List<String> bases, ServerProcess server, List<String> paths, PrintWriter log) throws Exception {
        System.gc();
        Thread.sleep(2_000);
        double rest = server.rssMiB();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Double>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            futures.add(pool.submit(() -> {
                HttpTimer timer = new HttpTimer();
                List<Double> times = new ArrayList<>();
                for (int i = first; System.nanoTime() < end; i++) {
                    try {
                        times.add(timer.get(bases.get(first % bases.size()) + paths.get(i % paths.size())));
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                return times;
            }));
        }
        double peak = rest;
        while (System.nanoTime() < end) {
            Thread.sleep(250);
            peak = Math.max(peak, server.rssMiB());
        }
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        Result r = new Result(clients, seconds, all.size() + errors.get(), errors.get(),
                Samples.of(all.stream().mapToDouble(Double::doubleValue).toArray()), rest, peak);
        log.printf("  %d clients, %d s: %,d requests (%.0f/s), %d errors, p50 %.1f ms, p99 %.1f ms; RSS %.0f MiB at rest, %.0f MiB peak%n",
                clients, seconds, r.requests(), r.perSecond(), r.errors(), r.latency().median(), r.latency().percentile(99),
                rest, peak);
        log.flush();
        return r;
    }
}
