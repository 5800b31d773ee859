package org.dipnorm.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

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
        double[] peak = {rest};
        ConcurrentClients.Outcome o = ConcurrentClients.run(clients, Duration.ofSeconds(seconds), c -> {
            HttpTimer timer = new HttpTimer();
            String base = bases.get(c % bases.size());
            return i -> timer.get(base + paths.get(i % paths.size()));
        }, () -> peak[0] = Math.max(peak[0], server.rssMiB()));
        Result r = new Result(clients, seconds, o.requests(), o.errors(), o.latency(), rest, peak[0]);
        log.printf("  %d clients, %d s: %,d requests (%.0f/s), %d errors, p50 %.1f ms, p99 %.1f ms; RSS %.0f MiB at rest, %.0f MiB peak%n",
                clients, seconds, r.requests(), r.perSecond(), r.errors(), r.latency().median(), r.latency().percentile(99),
                rest, peak[0]);
        log.flush();
        return r;
    }
}
