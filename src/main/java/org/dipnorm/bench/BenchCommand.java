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
 * {@code bench api|report|throughput|pages|startup|all}, and {@code generate|load-synthetic|scale|plan} for how cost
 * grows with the data: the benchmark harness. Servers run in their own JVMs
 * from the DipNorm jar; {@code all --out src/docs/benchmarks.md} refreshes the page with the method and tables.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        subcommands = {GenerateCommand.class, LoadSyntheticCommand.class, ScaleCommand.class, PlanCommand.class},
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

    @Option(names = "--page-warmup", defaultValue = "2",
            description = "Warm-up rounds of the page benchmark, not counted (default: ${DEFAULT-VALUE}).")
    int pageWarmup;

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

    private PageBench pageBench() {
        return new PageBench(clients, pageWarmup, rounds, slice);
    }

    private ServerProcess server() throws Exception {
        return ServerProcess.dipnorm(jar(), home, db, logDir().resolve("serve.log"));
    }

    Workload workload() {
        return new Workload(QueryCatalog.load(SourceSet.of(home, List.of()).queriesDir()));
    }

    private Path logDir() throws java.io.IOException {
        Path dir = db.toAbsolutePath().getParent().resolve("bench-logs");
        Files.createDirectories(dir);
        return dir;
    }

    Path jar() {
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

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
