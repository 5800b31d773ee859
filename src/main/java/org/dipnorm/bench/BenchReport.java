package org.dipnorm.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Markdown page {@code src/docs/benchmarks.md}: the method, then the tables of one run. */
final class BenchReport {
    private BenchReport() {}

    static String markdown(List<LatencyBench.Result> api, LatencyBench.Result report, ThroughputBench.Result load,
            Map<PageBench.Mode, PageBench.Result> pages, PageBench bench, StartupBench.Result startup, int warmup, int iterations) {
        StringBuilder md = new StringBuilder();
        md.append("""
                # Benchmarks

                Refreshed by `java -jar target/dipnorm.jar bench all --out src/docs/benchmarks.md` (a few minutes; not part of
                `mvn verify`). Figures are from one run on a shared, noisy 2-core machine: read the **ratios**, measured side by
                side in the same run, not the absolute times.

                ## Method

                - **Servers** run in their own JVM, started from `target/dipnorm.jar` over the same TDB2 folder
                  (`--db`, default `.dipnorm/bench-db`, loaded with the project's ontology and data), on a free loopback port.
                  The client is the `bench` JVM (java.net.http, HTTP/1.1 keep-alive).
                - **API latency vs raw SPARQL.** For each route, the SPARQL queries its service runs — the same named queries,
                  with the same values substituted into the parsed query and the same LIMIT/OFFSET — are POSTed one after
                  the other to `/dipnorm/sparql` of the *same* server (`Accept: application/sparql-results+json`), and their
                  times summed. After %d warm-up rounds, %d rounds alternate the route and its queries; the ratio is
                  median(route) / median(sum of its queries). Target ≤ 1.2×.
                - **Comparison report (issue #5).** The same, for the three-process report as JSON against its twelve queries
                  (`report-process`, `report-steps`, `report-order`, `report-commitments` for each process). Target ≤ 1.5×.
                - **Throughput.** %d client threads, each with its own connection, send the API routes above in turn for %d s;
                  an error is any answer other than 200 or any exception. Target: zero errors; p50 and p99 reported.
                - **Resource pages (issue #4).** %s client threads, each with its own connection, fetch the same four resources
                  (a process, a state, a mission, an event) four ways: the HTML page `/page/…` as served (rendered once per
                  data version and kept, `serve --page-cache`); the same page with `Cache-Control: no-cache`, which makes the
                  server render it for every request (its queries and template, as before the cache); Fuseki's own
                  `DESCRIBE <iri>` of the resource as Turtle over `/dipnorm/sparql` (the baseline); and the page revalidated
                  with `If-None-Match` and its ETag (304, no body). The four take turns in slices of %d s for %d rounds, after
                  %d warm-up rounds that are not counted, so that a disturbance of the machine falls on all of them; the ratio
                  is requests per second over those of DESCRIBE. Targets: pages ≥ 0.8×, revalidation ≥ 5×, zero errors (an
                  error is any other status or an exception).
                - **Memory** is the server process's resident set (`VmRSS`): at rest after the warm-up, and the peak sampled
                  every 250 ms under the throughput load. The JVM runs with its default heap settings.
                - **Start-up.** From spawning the JVM to the first answered `ASK {}`: `serve` (checks the content hash of the
                  files, opens the store, loads the named queries, mounts API and reports) against plain Fuseki main
                  (`FusekiMainCmd --loc=DB /ds`, from the same jar) over the same loaded TDB2, alternating, %d runs each,
                  medians. Target ≤ 1.3×.

                """.formatted(warmup, iterations, load.clients(), load.seconds(), bench.clients(), bench.sliceSeconds(), bench.rounds(), bench.warmupRounds(),
                        startup.runs()));
        md.append("## Results (").append(LocalDate.now()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ").append(System.getProperty("java.version")).append(")\n\n");
        md.append("| what | DipNorm (median) | same SPARQL over HTTP (median) | ratio | target | ASK {} (median) |\n");
        md.append("|---|---:|---:|---:|---|---:|\n");
        for (LatencyBench.Result r : api) {
            md.append(row(r, "`GET " + r.call().path() + "`", 1.2));
        }
        md.append(row(report, "`GET /reports/compare?…3 processes…&format=json`", 1.5));
        md.append("\n*ASK {}* is an empty query sent in the same rounds: the bare cost of one request to the endpoint (HTTP, "
                + "Fuseki's dispatch, result writing). Each of a route's queries pays it when sent on its own, the route pays it "
                + "once and runs its queries in-process. In our runs the queries also took longer through the endpoint than the "
                + "whole route did in-process, by more than ASK {} accounts for; we have not established why (Fuseki logs each "
                + "query's full text and streams JSON results; the route copies results in memory).\n");
        md.append("\n| throughput | value | target |\n|---|---:|---|\n");
        md.append(String.format(Locale.ROOT, "| clients × seconds | %d × %d | 16 × 30 |%n", load.clients(), load.seconds()));
        md.append(String.format(Locale.ROOT, "| requests (per second) | %,d (%.0f/s) | |%n", load.requests(), load.perSecond()));
        md.append(String.format(Locale.ROOT, "| errors | %d | 0 %s |%n", load.errors(), load.errors() == 0 ? "✓" : "✗"));
        md.append(String.format(Locale.ROOT, "| latency p50 / p99 | %.1f ms / %.1f ms | |%n", load.latency().median(),
                load.latency().percentile(99)));
        md.append(String.format(Locale.ROOT, "| server RSS at rest / peak under load | %.0f MiB / %.0f MiB | |%n", load.restMiB(),
                load.peakMiB()));
        md.append(pages(pages));
        md.append("\n| start-up, to first answered query | `serve` | fuseki-main | ratio | target |\n|---|---:|---:|---:|---|\n");
        md.append(String.format(Locale.ROOT, "| median of %d runs | %.0f ms | %.0f ms | %.2f× | ≤ 1.3× %s |%n", startup.runs(),
                startup.dipnorm().median(), startup.fuseki().median(), startup.ratio(), startup.ratio() <= 1.3 ? "✓" : "✗"));
        double best = startup.dipnorm().percentile(0) / startup.fuseki().percentile(0);
        md.append(String.format(Locale.ROOT, "| fastest run (least disturbed by other load) | %.0f ms | %.0f ms | %.2f× | |%n",
                startup.dipnorm().percentile(0), startup.fuseki().percentile(0), best));
        return md.toString();
    }

    /** The resource-page table: requests per second of each mode, and its ratio to DESCRIBE. */
    static String pages(Map<PageBench.Mode, PageBench.Result> pages) {
        StringBuilder md = new StringBuilder();
        PageBench.Result describe = pages.get(PageBench.Mode.DESCRIBE);
        md.append("\n| resource pages, 16 connections | requests (per second) | errors | p50 / p99 | vs DESCRIBE | target |\n");
        md.append("|---|---:|---:|---:|---:|---|\n");
        for (PageBench.Result r : pages.values()) {
            double ratio = r.perSecond() / describe.perSecond();
            String target = switch (r.mode()) {
                case PAGE, RENDER -> "≥ 0.8× " + (ratio >= 0.8 && r.errors() == 0 ? "✓" : "✗");
                case REVALIDATE -> "≥ 5× " + (ratio >= 5 && r.errors() == 0 ? "✓" : "✗");
                case DESCRIBE -> "baseline" + (r.errors() == 0 ? "" : " ✗ errors");
            };
            md.append(String.format(Locale.ROOT, "| %s | %,d (%.0f/s) | %d | %.1f ms / %.1f ms | %.2f× | %s |%n", r.mode().label,
                    r.requests(), r.perSecond(), r.errors(), r.latency().median(), r.latency().percentile(99), ratio, target));
        }
        return md.toString();
    }

    private static String row(LatencyBench.Result r, String what, double target) {
        return String.format(Locale.ROOT, "| %s — %s | %.2f ms | %.2f ms (%d %s) | %.2f× | ≤ %.1f× %s | %.2f ms |%n", r.call().name(),
                what, r.route().median(), r.sparql().median(), r.call().sparql().size(), r.call().sparql().size() == 1 ? "query" : "queries",
                r.ratio(), target, r.ratio() <= target ? "✓" : "✗", r.ask().median());
    }
}
