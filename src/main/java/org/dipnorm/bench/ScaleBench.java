package org.dipnorm.bench;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dipnorm.InputException;

/**
 * {@code bench scale}: for each scale, generate synthetic data ({@link SyntheticData}), bulk-load it with the
 * ontology and curated data into a fresh TDB2 store in its own JVM, then serve every store and time the same requests
 * as at 1× on several server JVMs per scale ({@link ScaleSessions}). At the concurrency scale, 64 readers run while a
 * batch is written through the server, and the API runs again through {@code serve --endpoint} against a separate Fuseki holding the store.
 */
final class ScaleBench {
    /** One request timed at every scale; {@code local} operations touch only their neighbourhood. */
    record Probe(String name, String path, boolean local) {}

    /** The figures of one scale. */
    record ScaleResult(int scale, long quads, double generateMillis, double loadMillis, double bulkMillis, long diskKiB,
            double startupMillis, double restMiB, Map<Probe, ServerSamples> latency) {}

    /** Remote mode at one scale: the same routes local and through a separate Fuseki, and N servers behind one store. */
    record RemoteResult(int scale, Map<Probe, Samples[]> localVsRemote, List<ThroughputBench.Result> servers) {}

    /** What the run measured, and where it stopped and why. */
    record Run(List<ScaleResult> scales, int sessions, double servingMinutes, ConcurrencyBench.Result concurrency,
            int concurrencyScale, long batchTriples, RemoteResult remote, List<String> stops, long seed, double minutes) {}

    static final List<Probe> PROBES = List.of(
            new Probe("resource page (a mission)", "/page/mission/united-states-liaison-office-beijing", true),
            new Probe("process page", "/page/process/us-vietnam-1975", true),
            new Probe("state page, incoming links paged", "/page/state/united-states?in=50", true),
            new Probe("API: one process", "/api/processes/us-vietnam-1975", true),
            new Probe("API: one state", "/api/states/china", true),
            new Probe("three-process report (JSON)",
                    "/reports/compare?process=us-china-1971&process=us-vietnam-1975&process=us-dprk-1994&format=json", true),
            new Probe("search page (text index)", "/search?q=liaison", false),
            new Probe("API: search", "/api/search?q=liaison%20office%20in%20hanoi", false),
            new Probe("durations query (interim office to embassy)", "/api/queries/interim-to-embassy", false),
            new Probe("API: processes, first page of 50", "/api/processes?limit=50", false),
            new Probe("API: processes of one party, paged", "/api/processes?party=vietnam&limit=50", true),
            new Probe("home page (whole-graph counts)", "/", false),
            new Probe("VoID (whole-graph counts)", "/.well-known/void", false));

    /** The API routes remote mode runs (pages need the embedded store's text index only for search). */
    static final List<Probe> REMOTE = List.of(PROBES.get(3), PROBES.get(4), PROBES.get(5), PROBES.get(9), PROBES.get(0));

    private final Path jar;
    private final Path home;
    private final Path work;
    private final long seed;
    private final int warmup;
    private final int iterations;
    private final int sessions;
    private final double probeSeconds;
    private final double maxMinutes;
    private final long maxQuads;
    private final String loadHeap;
    private final PrintWriter log;

    ScaleBench(Path jar, Path home, Path work, long seed, int warmup, int iterations, int sessions, double probeSeconds,
            double maxMinutes, long maxQuads, String loadHeap, PrintWriter log) {
        this.jar = jar;
        this.home = home;
        this.work = work;
        this.seed = seed;
        this.warmup = warmup;
        this.iterations = iterations;
        this.sessions = sessions;
        this.probeSeconds = probeSeconds;
        this.maxMinutes = maxMinutes;
        this.maxQuads = maxQuads;
        this.loadHeap = loadHeap;
        this.log = log;
    }

    Run run(List<Integer> scales, int concurrencyScale, int readers, int batchCopies, int remoteServers, Path fusekiJar)
            throws Exception {
        long start = System.nanoTime();
        SyntheticData generator = SyntheticData.of(curated());
        long quadsAt1 = -1;
        List<ScaleResult> results = new ArrayList<>();
        List<String> stops = new ArrayList<>();
        ConcurrencyBench.Result concurrency = null;
        long batchTriples = 0;
        RemoteResult remote = null;
        double lastLoadMinutes = 0;
        int lastScale = 0;
        List<Loaded> stores = new ArrayList<>();
        for (int scale : scales) {
            double elapsed = minutes(start);
            // Generating and loading grow about linearly; timing is capped per request; keep some for the rest.
            double estimate = lastScale == 0 ? 0 : lastLoadMinutes * scale / lastScale;
            // timing, plus about 20 s per server JVM to start and warm, then concurrency and remote mode
            double reserve = (PROBES.size() * probeSeconds + sessions * 20.0) * (stores.size() + 1) / 60 + 10;
            long estimatedQuads = quadsAt1 < 0 ? 0 : quadsAt1 * scale;
            if (estimatedQuads > maxQuads) {
                stops.add(String.format("%d×: about %,d quads, over --max-quads %,d", scale, estimatedQuads, maxQuads));
                continue;
            }
            if (elapsed + estimate + reserve > maxMinutes) {
                stops.add(String.format("%d×: %.0f min spent, about %.0f more to generate and load (%d× took %.1f min, which grows "
                        + "about linearly) and %.0f to time and test, over --max-minutes %.0f", scale, elapsed, estimate, lastScale,
                        lastLoadMinutes, reserve, maxMinutes));
                continue;
            }
            long scaleStart = System.nanoTime();
            Path dir = work.resolve("scale-" + scale);
            deleteTree(dir);
            Files.createDirectories(dir);
            log.printf("Scale %d×%n", scale);
            log.flush();
            Path nq = dir.resolve("synthetic.nq");
            long t0 = System.nanoTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 20)) {
                generator.write(scale, seed, out);
            }
            double generateMillis = (System.nanoTime() - t0) / 1e6;
            Path db = dir.resolve("db");
            Map<String, String> loaded = loadInOwnJvm(db, nq, dir.resolve("load.log"));
            long quads = Long.parseLong(loaded.get("quads"));
            if (quadsAt1 < 0) {
                quadsAt1 = quads / scale;
            }
            long disk = duKiB(db) + duKiB(dir.resolve("db-text"));
            log.printf("  generated in %.1f s; loaded %,d quads in %s ms; %,d KiB on disk%n", generateMillis / 1000, quads,
                    loaded.get("millis"), disk);
            log.flush();
            Files.deleteIfExists(nq);
            stores.add(new Loaded(scale, dir, db, quads, generateMillis, Double.parseDouble(loaded.get("millis")),
                    Double.parseDouble(loaded.get("bulkMillis")), disk));
            lastLoadMinutes = minutes(scaleStart);
            lastScale = scale;
        }
        double servingMinutes = 0;
        if (!stores.isEmpty()) {
            long servingStart = System.nanoTime();
            List<ScaleSessions.Served> served = new ScaleSessions(jar, home, sessions, warmup, iterations, probeSeconds, log)
                    .run(stores);
            for (int i = 0; i < stores.size(); i++) {
                Loaded l = stores.get(i);
                ScaleSessions.Served s = served.get(i);
                results.add(new ScaleResult(l.scale(), l.quads(), l.generateMillis(), l.loadMillis(), l.bulkMillis(), l.diskKiB(),
                        s.startupMillis(), s.rssMiB(), s.latency()));
            }
            servingMinutes = minutes(servingStart);
        }
        for (Loaded l : stores) {
            if (l.scale() == concurrencyScale) {
                ByteArrayOutputStream batch = new ByteArrayOutputStream();
                batchTriples = generator.writeBatch(l.scale(), batchCopies, seed, batch).quads();
                if (fusekiJar != null) {
                    remote = remote(l.scale(), l.db(), l.dir(), fusekiJar, 16, remoteServers);
                }
                concurrency = concurrency(l.db(), l.dir(), readers, batch.toByteArray(), batchTriples);
            }
        }
        return new Run(results, sessions, servingMinutes, concurrency, concurrencyScale, batchTriples, remote, stops, seed, minutes(start));
    }

    /** A store loaded at one scale. */
    record Loaded(int scale, Path dir, Path db, long quads, double generateMillis, double loadMillis, double bulkMillis,
            long diskKiB) {}

    /** Times {@code p}; a request that fails (e.g. 503 after the query timeout) ends it, and its samples are empty. */
    private Samples time(String base, Probe p) throws Exception {
        HttpTimer timer = new HttpTimer();
        List<Double> times = new ArrayList<>();
        try {
            for (int i = 0; i < Math.min(warmup, 3); i++) {
                timer.get(base + p.path());
            }
            long deadline = System.nanoTime() + (long) (probeSeconds * 1e9);
            while (times.size() < iterations && (times.size() < 5 || System.nanoTime() < deadline)) {
                times.add(timer.get(base + p.path()));
            }
        } catch (InputException | java.io.IOException e) {
            log.printf("  %-48s failed: %s%n", p.name(), e.getMessage().lines().findFirst().orElse(""));
            log.flush();
            return Samples.of(new double[0]);
        }
        Samples s = Samples.of(times.stream().mapToDouble(Double::doubleValue).toArray());
        log.printf("  %-48s p50 %8.2f ms  p99 %8.2f ms  (%d)%n", p.name(), s.median(), s.percentile(99), s.count());
        log.flush();
        return s;
    }

    private ConcurrencyBench.Result concurrency(Path db, Path dir, int readers, byte[] batch, long batchTriples) throws Exception {
        Path passwords = dir.resolve("passwords");
        Files.writeString(passwords, "bench: bench-" + seed + "\n");
        log.printf("Concurrency: %d readers while %,d triples are written through the server%n", readers, batchTriples);
        try (ServerProcess server = ServerProcess.dipnorm(jar, home, db, dir.resolve("serve-update.log"),
                List.of("--allow-update", "--password-file", passwords.toString(), "--max-request-bytes",
                        Long.toString(batch.length + (1L << 20))))) {
            List<String> paths = PROBES.stream().filter(Probe::local).map(Probe::path).toList();
            ConcurrencyBench.Result r = new ConcurrencyBench(readers, 5_000).run(server.baseUrl(), paths, batch, "bench", "bench-" + seed);
            log.printf("  write %d in %.0f ms; %,d reads, %d errors, p50 %.1f ms, p99 %.1f ms; counts %s (before %d, after %d)%n",
                    r.writeStatus(), r.writeMillis(), r.reads(), r.errors(), r.latency().median(), r.latency().percentile(99), r.counts(),
                    r.before(), r.after());
            log.flush();
            return r;
        }
    }

    private RemoteResult remote(int scale, Path db, Path dir, Path fusekiJar, int clients, int maxServers) throws Exception {
        log.println("Remote mode: serve --endpoint against a separate Fuseki over the same store");
        Map<Probe, Samples[]> lr = new LinkedHashMap<>();
        try (ServerProcess local = ServerProcess.dipnorm(jar, home, db, dir.resolve("serve-local.log"))) {
            ScaleSessions.warm(local.baseUrl(), warmup);
            for (Probe p : REMOTE) {
                lr.put(p, new Samples[] {time(local.baseUrl(), p), null});
            }
        }
        List<ThroughputBench.Result> servers = new ArrayList<>();
        try (ServerProcess fuseki = ServerProcess.fusekiServer(fusekiJar, db, dir.resolve("fuseki"), "4g")) {
            List<ServerProcess> front = new ArrayList<>();
            try {
                for (int n = 1; n <= maxServers; n++) {
                    front.add(ServerProcess.dipnormRemote(jar, home, fuseki.sparqlUrl(), dir.resolve("serve-remote-" + n + ".log")));
                    if (n == 1) {
                        ScaleSessions.warm(front.get(0).baseUrl(), warmup);
                        for (Probe p : REMOTE) {
                            lr.get(p)[1] = time(front.get(0).baseUrl(), p);
                        }
                    }
                    List<String> bases = front.stream().map(ServerProcess::baseUrl).toList();
                    ThroughputBench.Result r = new ThroughputBench(clients, 20).runSpread(bases, fuseki,
                            REMOTE.stream().filter(Probe::local).map(Probe::path).toList(), log);
                    servers.add(r);
                }
            } finally {
                for (ServerProcess s : front) {
                    s.close();
                }
            }
        }
        return new RemoteResult(scale, lr, servers);
    }

    /** {@code bench load-synthetic} in its own JVM: the figures it prints on its last line, as key=value pairs. */
    private Map<String, String> loadInOwnJvm(Path db, Path nq, Path logFile) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + loadHeap, "-jar",
                jar.toString(), "bench", "--home", home.toString(), "--db", db.toString(), "load-synthetic", "--file", nq.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        if (!p.waitFor(2, TimeUnit.HOURS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new InputException("bench load-synthetic failed; see " + logFile + ":\n" + Files.readString(logFile));
        }
        Map<String, String> figures = new LinkedHashMap<>();
        for (String line : Files.readAllLines(logFile)) {
            if (line.startsWith("loaded ")) {
                for (String kv : line.substring(7).trim().split("\\s+")) {
                    String[] parts = kv.split("=", 2);
                    figures.put(parts[0], parts[1]);
                }
            }
        }
        if (!figures.containsKey("quads")) {
            throw new InputException("bench load-synthetic printed no figures; see " + logFile);
        }
        return figures;
    }

    private org.apache.jena.graph.Graph curated() {
        return org.dipnorm.store.SourceSet.of(home, List.of()).parse().get(org.dipnorm.vocab.Graphs.CURATED);
    }

    /** Disk blocks in use, from {@code du -sk} (TDB2 files are sparse); 0 when the folder is missing. */
    static long duKiB(Path dir) throws IOException, InterruptedException {
        if (!Files.exists(dir)) {
            return 0;
        }
        Process du = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
        String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return du.waitFor() == 0 ? Long.parseLong(out.trim().split("\\s+")[0]) : -1;
    }

    private static double minutes(long since) {
        return (System.nanoTime() - since) / 6e10;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
