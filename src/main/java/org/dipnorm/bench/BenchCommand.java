package org.dipnorm.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dipnorm.UsageException;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.store.SourceSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench api|report|throughput|pages|startup|all}: the benchmark harness. Servers run in their own JVMs
 * from the DipNorm jar; {@code all --out src/docs/benchmarks.md} refreshes the page with the method and tables.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks on loopback: API and report latency against the same SPARQL over HTTP, throughput and memory "
                + "under concurrent clients, start-up against plain Fuseki main. Not part of mvn verify.")
public final class BenchCommand {
    @Spec
    CommandSpec spec;

    @Option(names = "--home", paramLabel = "DIR", defaultValue = ".", description = "Project folder with ontology/, data/, queries/ (default: ${DEFAULT-VALUE}).")
    Path home;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = ".dipnorm/bench-db",
            description = "TDB2 folder the servers use; loaded on first use (default: ${DEFAULT-VALUE}). Not one a running serve holds.")
    Path db;

    @Option(names = "--jar", paramLabel = "FILE", description = "The DipNorm jar to start servers from (default: the running jar, or target/dipnorm.jar).")
    Path jar;

    @Option(names = "--warmup", defaultValue = "30", description = "Warm-up rounds per route (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--iterations", defaultValue = "200", description = "Measured rounds per route (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--clients", defaultValue = "16", description = "Concurrent clients of the throughput run (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", description = "Length of the throughput run (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--rounds", defaultValue = "3", description = "Rounds of the page benchmark, each a slice of every mode (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--slice", defaultValue = "10", description = "Seconds of each slice of the page benchmark (default: ${DEFAULT-VALUE}).")
    int slice;

    @Option(names = "--runs", defaultValue = "7", description = "Start-ups of each server (default: ${DEFAULT-VALUE}).")
    int runs;

    @Command(name = "api", description = "Latency of each API route against the sum of its SPARQL queries (target ≤ 1.2×).")
    int api() throws Exception {
        try (ServerProcess server = server()) {
            new LatencyBench(warmup, iterations).run(server, workload().apiCalls(), out());
        }
        return 0;
    }

    @Command(name = "report", description = "The three-process comparison report (JSON) against its twelve SPARQL queries (target ≤ 1.5×).")
    int report() throws Exception {
        try (ServerProcess server = server()) {
            new LatencyBench(warmup, iterations).run(server, List.of(workload().report()), out());
        }
        return 0;
    }

    @Command(name = "throughput", description = "Concurrent clients on the API routes: requests, errors, p50/p99, memory.")
    int throughput() throws Exception {
        try (ServerProcess server = server()) {
            new LatencyBench(warmup, 1).run(server, workload().apiCalls(), new PrintWriter(PrintWriter.nullWriter()));
            new ThroughputBench(clients, seconds).run(server, workload().apiCalls(), out());
        }
        return 0;
    }

    @Command(name = "pages", description = "Resource pages against Fuseki's DESCRIBE of the same resources, and revalidated with "
            + "their ETag, under concurrent clients (targets ≥ 0.8× and ≥ 5×).")
    int pages() throws Exception {
        try (ServerProcess server = server()) {
            out().print(BenchReport.pages(pageBench().run(server, PageBench.TARGETS, out())));
            out().flush();
        }
        return 0;
    }

    @Command(name = "startup", description = "Start-up of serve against plain Fuseki main over the same TDB2 (target ≤ 1.3×).")
    int startup() throws Exception {
        try (ServerProcess loaded = server()) {
            out().printf("  store ready in %s%n", db);
        }
        new StartupBench(runs).run(jar(), home, db, logDir(), out());
        return 0;
    }

    @Command(name = "all", description = "Every benchmark in one run; with --out, write the Markdown page with the method and tables.")
    int all(@Option(names = "--out", paramLabel = "FILE", description = "Markdown file to (re)write, e.g. src/docs/benchmarks.md.")
            Path outFile) throws Exception {
        PrintWriter out = out();
        Workload workload = workload();
        List<LatencyBench.Result> api;
        LatencyBench.Result report;
        ThroughputBench.Result load;
        Map<PageBench.Mode, PageBench.Result> pages;
        try (ServerProcess server = server()) {
            out.println("API latency against the same SPARQL over HTTP:");
            api = new LatencyBench(warmup, iterations).run(server, workload.apiCalls(), out);
            out.println("Comparison report against its SPARQL queries:");
            report = new LatencyBench(warmup, iterations).run(server, List.of(workload.report()), out).get(0);
            out.println("Throughput and memory:");
            load = new ThroughputBench(clients, seconds).run(server, workload.apiCalls(), out);
            out.println("Resource pages against DESCRIBE:");
            pages = pageBench().run(server, PageBench.TARGETS, out);
        }
        out.println("Start-up against fuseki-main:");
        StartupBench.Result startup = new StartupBench(runs).run(jar(), home, db, logDir(), out);
        String md = BenchReport.markdown(api, report, load, pages, pageBench(), startup, warmup, iterations);
        if (outFile != null) {
            Files.writeString(outFile, md, StandardCharsets.UTF_8);
            out.println("Wrote " + outFile);
        } else {
            out.print(md);
        }
        out.flush();
        return 0;
    }

    @Command(name = "generate", description = "Write synthetic data at N times the curated data (N-Quads, curated graph) into DIR/synthetic.nq; "
            + "deterministic for a seed. Never into data/.")
    int generate(@Option(names = "--scale", required = true, description = "N: the store holds N times the curated data (N−1 synthetic copies).")
            int scale,
            @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).") long seed,
            @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write synthetic.nq into.") Path dir)
            throws Exception {
        if (scale < 1) {
            throw new UsageException("--scale=" + scale + ": must be 1 or more");
        }
        Path abs = dir.toAbsolutePath().normalize();
        if (abs.startsWith(home.resolve("data").toAbsolutePath().normalize())) {
            throw new UsageException("--out=" + dir + ": generated data never goes into data/");
        }
        Files.createDirectories(dir);
        Path file = dir.resolve("synthetic.nq");
        SyntheticData generator = SyntheticData.of(SourceSet.of(home, List.of()).parse().get(org.dipnorm.vocab.Graphs.CURATED));
        SyntheticData.Counts c;
        try (java.io.OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            c = generator.write(scale, seed, os);
        }
        out().printf("Wrote %,d quads (%d synthetic copies, %,d synthetic states) to %s%n", c.quads(), c.copies(), c.states(), file);
        c.instances().forEach((type, n) -> out().printf("  %,9d  %s%n", n, type));
        return 0;
    }

    @Command(name = "load-synthetic", description = "Load ontology/ and data/ (validated), then bulk-add generated N-Quads into the store; "
            + "prints one line 'loaded quads=… millis=…'. For bench scale, in its own JVM.")
    int loadSynthetic(@Option(names = "--file", required = true, description = "N-Quads from bench generate.") List<Path> files)
            throws Exception {
        long start = System.nanoTime();
        try (org.dipnorm.store.DipnormStore store = org.dipnorm.store.DipnormStore.open(db)) {
            SourceSet sources = SourceSet.of(home, List.of());
            org.dipnorm.validate.ValidationReport report = new org.dipnorm.validate.Validator().validate(sources);
            if (!report.conforms()) {
                throw new org.dipnorm.InputException(report.violations().size() + " violation(s) in the project's files");
            }
            store.load(sources.parse(), sources.contentHash());
            long real = store.size(org.dipnorm.vocab.Graphs.CURATED) + store.size(org.dipnorm.vocab.Graphs.ONTOLOGY);
            long bulkStart = System.nanoTime();
            long added = store.bulkAdd(files);
            Runtime rt = Runtime.getRuntime();
            out().printf("loaded quads=%d millis=%.0f bulkMillis=%.0f heapMiB=%.0f%n", real + added, (System.nanoTime() - start) / 1e6,
                    (System.nanoTime() - bulkStart) / 1e6, (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
        }
        return 0;
    }

    @Command(name = "scale", description = "Generate, load and serve 1×, 10×, 100×… the curated data; time each page, API route and report "
            + "against 1×; 64 readers during a write; remote mode. With --out, write the Markdown page and its SVG chart.")
    int scale(@Option(names = "--scales", split = ",", defaultValue = "1,10,100,1000", description = "Scales to run (default: ${DEFAULT-VALUE}).")
            List<Integer> scales,
            @Option(names = "--seed", defaultValue = "42", description = "Random seed of the generator (default: ${DEFAULT-VALUE}).") long seed,
            @Option(names = "--work", paramLabel = "DIR", defaultValue = ".dipnorm/scale",
                    description = "Folder for the generated data and stores (default: ${DEFAULT-VALUE}).") Path work,
            @Option(names = "--out", paramLabel = "FILE", description = "Markdown file to (re)write, e.g. src/docs/scaling.md; the chart goes beside it.")
            Path outFile,
            @Option(names = "--probe-seconds", defaultValue = "15", description = "Time spent on each request at each scale, at most (default: ${DEFAULT-VALUE}).")
            double probeSeconds,
            @Option(names = "--max-minutes", defaultValue = "40", description = "Skip a scale that would end the run after this (default: ${DEFAULT-VALUE}).")
            double maxMinutes,
            @Option(names = "--max-quads", defaultValue = "60000000", description = "Skip a scale with more quads (default: ${DEFAULT-VALUE}).")
            long maxQuads,
            @Option(names = "--load-heap", defaultValue = "6g", description = "Heap of the loading JVM (default: ${DEFAULT-VALUE}).") String loadHeap,
            @Option(names = "--concurrency-scale", defaultValue = "100", description = "Scale of the concurrency and remote runs (default: ${DEFAULT-VALUE}).")
            int concurrencyScale,
            @Option(names = "--readers", defaultValue = "64", description = "Concurrent readers during the write (default: ${DEFAULT-VALUE}).") int readers,
            @Option(names = "--batch-copies", defaultValue = "2", description = "Copies of the curated data written during the reads (default: ${DEFAULT-VALUE}).")
            int batchCopies,
            @Option(names = "--remote-servers", defaultValue = "3", description = "Most DipNorm servers behind one Fuseki (default: ${DEFAULT-VALUE}).")
            int remoteServers,
            @Option(names = "--fuseki-jar", paramLabel = "FILE", defaultValue = "target/fuseki/jena-fuseki-server.jar",
                    description = "The stock Fuseki server jar for remote mode; skipped when missing (default: ${DEFAULT-VALUE}).") Path fusekiJar)
            throws Exception {
        PrintWriter out = out();
        ScaleBench bench = new ScaleBench(jar(), home.toAbsolutePath(), work.toAbsolutePath(), seed, Math.min(warmup, 10),
                Math.min(iterations, 100), probeSeconds, maxMinutes, maxQuads, loadHeap, out);
        ScaleBench.Run run = bench.run(scales, concurrencyScale, readers, batchCopies, remoteServers,
                Files.isRegularFile(fusekiJar) ? fusekiJar.toAbsolutePath() : null);
        String svgName = outFile == null ? "scaling.svg" : outFile.getFileName().toString().replaceFirst("\\.md$", "") + ".svg";
        String md = ScaleReport.markdown(run, svgName, home.resolve("src/docs/scaling-notes.md"));
        if (outFile != null) {
            Files.writeString(outFile, md, StandardCharsets.UTF_8);
            Files.writeString(outFile.resolveSibling(svgName), ScaleReport.svg(run), StandardCharsets.UTF_8);
            out.println("Wrote " + outFile + " and " + outFile.resolveSibling(svgName));
        } else {
            out.print(md);
        }
        out.flush();
        return run.concurrency() != null && (run.concurrency().errors() > 0 || !run.concurrency().consistent()) ? 1 : 0;
    }

    @Command(name = "plan", description = "Print a named query with its parameters substituted, as the server runs it, and its plan after "
            + "ARQ's optimizer (what qparse --print=opt shows); with --time, run it over --db and print the rows and milliseconds.")
    int plan(@Option(names = "--query", required = true, description = "Name of a query in queries/.") String name,
            @Option(names = "--param", paramLabel = "NAME=VALUE", description = "An IRI parameter, prefixed (proc:us-china-1971) or full.")
            java.util.Map<String, String> params,
            @Option(names = "--time", description = "Also run it over the TDB2 store --db (three runs) and print the rows and times.") boolean time) {
        java.util.Map<String, org.apache.jena.graph.Node> values = new java.util.LinkedHashMap<>();
        if (params != null) {
            params.forEach((k, v) -> values.put(k, org.apache.jena.graph.NodeFactory.createURI(
                    org.dipnorm.vocab.Prefixes.DIPNORM.expandPrefix(v))));
        }
        String text = workload().substituted(name, values);
        org.apache.jena.query.Query query = org.apache.jena.query.QueryFactory.create(text);
        out().println(org.apache.jena.sparql.algebra.Algebra.optimize(org.apache.jena.sparql.algebra.Algebra.compile(query)));
        if (time) {
            try (org.dipnorm.store.DipnormStore store = org.dipnorm.store.DipnormStore.open(db)) {
                for (int i = 0; i < 3; i++) {
                    long start = System.nanoTime();
                    long rows = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> {
                        try (var qe = org.apache.jena.query.QueryExecutionFactory.create(query, store.dataset())) {
                            return (long) org.apache.jena.query.ResultSetFormatter.consume(qe.execSelect());
                        }
                    });
                    out().printf("%d rows in %.1f ms%n", rows, (System.nanoTime() - start) / 1e6);
                }
            }
        }
        return 0;
    }

    private PageBench pageBench() {
        return new PageBench(clients, rounds, slice);
    }

    private ServerProcess server() throws Exception {
        return ServerProcess.dipnorm(jar(), home, db, logDir().resolve("serve.log"));
    }

    private Workload workload() {
        return new Workload(QueryCatalog.load(SourceSet.of(home, List.of()).queriesDir()));
    }

    private Path logDir() throws java.io.IOException {
        Path dir = db.toAbsolutePath().getParent().resolve("bench-logs");
        Files.createDirectories(dir);
        return dir;
    }

    private Path jar() {
        Path j = jar;
        if (j == null) {
            try {
                Path running = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                j = running.toString().endsWith(".jar") ? running : Path.of("target/dipnorm.jar");
            } catch (java.net.URISyntaxException e) {
                j = Path.of("target/dipnorm.jar");
            }
        }
        if (!Files.isRegularFile(j)) {
            throw new UsageException("--jar=" + j + ": no such file; build it with mvn -DskipTests package");
        }
        return j.toAbsolutePath();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
