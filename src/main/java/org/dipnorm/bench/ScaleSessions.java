package org.dipnorm.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dipnorm.InputException;

/**
 * The timed part of {@code bench scale}, in {@code sessions} sessions one after another. A session starts a fresh
 * {@code serve} JVM over every scale's store, warms each, times each request on all of them in turn, round after
 * round (the order rotating every round), and stops them. Whatever else loads the machine meanwhile weighs on every
 * scale alike; and since each scale is served by as many JVMs as there are sessions, a request's p50 at a scale is
 * the median of its JVMs' p50s ({@link ServerSamples}): one JVM's luck does not decide a ratio.
 */
final class ScaleSessions {
    /** What the sessions measured on one scale's JVMs; start-up and resident memory are medians over them. */
    record Served(Map<ScaleBench.Probe, ServerSamples> latency, double startupMillis, double rssMiB) {}

    private final Path jar;
    private final Path home;
    private final int sessions;
    private final int warmup;
    private final int iterations;
    private final double probeSeconds;
    private final PrintWriter log;

    /**
     * {@code iterations} and {@code probeSeconds} are what one request gets per scale over all sessions: each session
     * times it for its share of them (at least 3 rounds).
     */
    ScaleSessions(Path jar, Path home, int sessions, int warmup, int iterations, double probeSeconds, PrintWriter log) {
        this.jar = jar;
        this.home = home;
        this.sessions = sessions;
        this.warmup = warmup;
        this.iterations = iterations;
        this.probeSeconds = probeSeconds;
        this.log = log;
    }

    /** One {@link Served} per store, in the order given. */
    List<Served> run(List<ScaleBench.Loaded> stores) throws Exception {
        int n = stores.size();
        List<Map<ScaleBench.Probe, List<Samples>>> times = new ArrayList<>();
        double[][] startup = new double[n][sessions];
        double[][] rss = new double[n][sessions];
        for (int i = 0; i < n; i++) {
            Map<ScaleBench.Probe, List<Samples>> m = new LinkedHashMap<>();
            ScaleBench.PROBES.forEach(p -> m.put(p, new ArrayList<>()));
            times.add(m);
        }
        for (int session = 1; session <= sessions; session++) {
            log.printf("Serving, session %d of %d: a fresh server JVM per scale%n", session, sessions);
            List<ServerProcess> servers = new ArrayList<>();
            try {
                for (ScaleBench.Loaded l : stores) {
                    servers.add(ServerProcess.dipnorm(jar, home, l.db(), l.dir().resolve("serve-" + session + ".log")));
                }
                for (ServerProcess server : servers) {
                    warm(server.baseUrl(), warmup);
                }
                for (ScaleBench.Probe p : ScaleBench.PROBES) {
                    List<Samples> s = time(p, servers, stores);
                    for (int i = 0; i < n; i++) {
                        times.get(i).get(p).add(s.get(i));
                    }
                }
                for (int i = 0; i < n; i++) {
                    startup[i][session - 1] = servers.get(i).startupMillis();
                    rss[i][session - 1] = servers.get(i).rssMiB();
                }
            } finally {
                for (ServerProcess s : servers) {
                    s.close();
                }
            }
        }
        List<Served> served = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<ScaleBench.Probe, ServerSamples> latency = new LinkedHashMap<>();
            times.get(i).forEach((p, s) -> latency.put(p, new ServerSamples(List.copyOf(s))));
            served.add(new Served(latency, Samples.of(startup[i]).median(), Samples.of(rss[i]).median()));
        }
        if (sessions > 1) {
            log.println("p50, median of the JVMs' p50s (lowest–highest):");
            for (ScaleBench.Probe p : ScaleBench.PROBES) {
                StringBuilder line = new StringBuilder(String.format("  %-46s", p.name()));
                for (int i = 0; i < n; i++) {
                    ServerSamples s = served.get(i).latency().get(p);
                    line.append(String.format(Locale.ROOT, "  %d×: %.1f ms (%.1f–%.1f)", stores.get(i).scale(), s.median(), s.lowest(),
                            s.highest()));
                }
                log.println(line);
            }
            log.flush();
        }
        return served;
    }

    /** One session's times of {@code p} on every server, in rounds whose order rotates; a server on which it fails gets none. */
    private List<Samples> time(ScaleBench.Probe p, List<ServerProcess> servers, List<ScaleBench.Loaded> stores) throws InterruptedException {
        int n = servers.size();
        List<List<Double>> times = new ArrayList<>();
        servers.forEach(s -> times.add(new ArrayList<>()));
        boolean[] failed = new boolean[n];
        HttpTimer timer = new HttpTimer();
        int rounds = Math.max(3, (int) Math.ceil(iterations / (double) sessions));
        long deadline = System.nanoTime() + (long) (probeSeconds / sessions * n * 1e9);
        for (int round = 0; round < rounds && (round < 3 || System.nanoTime() < deadline); round++) {
            for (int k = 0; k < n; k++) {
                int i = (round + k) % n;
                if (failed[i]) {
                    continue;
                }
                try {
                    times.get(i).add(timer.get(servers.get(i).baseUrl() + p.path()));
                } catch (InputException | IOException e) {
                    failed[i] = true;
                    times.get(i).clear();
                    log.printf("  %d×: %s failed: %s%n", stores.get(i).scale(), p.name(),
                            String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                }
            }
        }
        List<Samples> samples = new ArrayList<>();
        StringBuilder line = new StringBuilder(String.format("  %-46s p50", p.name()));
        for (int i = 0; i < n; i++) {
            Samples s = Samples.of(times.get(i).stream().mapToDouble(Double::doubleValue).toArray());
            samples.add(s);
            line.append(String.format(Locale.ROOT, "  %d×: %.1f ms", stores.get(i).scale(), s.median()));
        }
        log.println(line.append(String.format(" (%d rounds)", times.stream().mapToInt(List::size).max().orElse(0))));
        log.flush();
        return samples;
    }

    /**
     * Before any timing, every request in turn: the JIT, TDB2's caches and the OS page cache are warm for all of
     * them, so the first requests timed do not pay for the store being freshly opened. Whole-graph ones once only
     * (the first waits for the per-version rows the server computes in the background after it starts).
     */
    static void warm(String base, int warmup) {
        HttpTimer timer = new HttpTimer();
        for (int round = 0; round < warmup; round++) {
            for (ScaleBench.Probe p : ScaleBench.PROBES) {
                if (p.local() || round == 0) {
                    try {
                        timer.get(base + p.path());
                    } catch (Exception e) {
                        // reported when the request is timed
                    }
                }
            }
        }
    }
}
