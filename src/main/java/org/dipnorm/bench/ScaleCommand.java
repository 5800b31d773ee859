package org.dipnorm.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dipnorm.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench scale --out src/docs/scaling.md}: how cost grows with the data, in one run (see {@link ScaleBench});
 * writes the page, its chart beside it, and appends {@code src/docs/scaling-notes.md} (the findings, written by hand).
 * Exits 1 when a reader failed or saw a half-written store during the write.
 */
@Command(name = "scale", mixinStandardHelpOptions = true,
        description = "Generate, load and serve 1×, 10×, 100×… the curated data; time pages, API routes and reports against 1×; "
                + "64 readers during a write; remote mode. With --out, write the Markdown page and its SVG chart.")
final class ScaleCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Option(names = "--scales", split = ",", defaultValue = "1,10,100,1000", description = "Scales to run, the first one the baseline (default: ${DEFAULT-VALUE}).")
    List<Integer> scales;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = ".dipnorm/scale", description = "Folder for the generated data and stores (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--out", paramLabel = "FILE", description = "Markdown file to (re)write, e.g. src/docs/scaling.md; the chart goes beside it.")
    Path outFile;

    @Option(names = "--probe-seconds", defaultValue = "6",
            description = "Seconds spent timing each request per scale, over all sessions; each session times it at least 3 rounds "
                    + "(default: ${DEFAULT-VALUE}).")
    double probeSeconds;

    @Option(names = "--sessions", defaultValue = "3",
            description = "Sessions of timing, one after another, each on a fresh server JVM per scale; a request's p50 is the median "
                    + "of its JVMs' p50s (default: ${DEFAULT-VALUE}).")
    int sessions;

    @Option(names = "--max-minutes", defaultValue = "45", description = "Skip a scale that would end the run after this (default: ${DEFAULT-VALUE}).")
    double maxMinutes;

    @Option(names = "--max-quads", defaultValue = "60000000", description = "Skip a scale with more quads (default: ${DEFAULT-VALUE}).")
    long maxQuads;

    @Option(names = "--load-heap", defaultValue = "6g", description = "Heap of the loading JVM (default: ${DEFAULT-VALUE}).")
    String loadHeap;

    @Option(names = "--concurrency-scale", defaultValue = "100", description = "Scale of the concurrency and remote runs (default: ${DEFAULT-VALUE}).")
    int concurrencyScale;

    @Option(names = "--readers", defaultValue = "64", description = "Concurrent readers during the write (default: ${DEFAULT-VALUE}).")
    int readers;

    @Option(names = "--batch-copies", defaultValue = "2", description = "Copies of the curated data written during the reads (default: ${DEFAULT-VALUE}).")
    int batchCopies;

    @Option(names = "--remote-servers", defaultValue = "3", description = "Most DipNorm servers in front of one Fuseki (default: ${DEFAULT-VALUE}).")
    int remoteServers;

    @Option(names = "--fuseki-jar", paramLabel = "FILE", defaultValue = "target/fuseki/jena-fuseki-server.jar",
            description = "The stock Fuseki server jar for remote mode (mvn verify puts it there); skipped when missing (default: ${DEFAULT-VALUE}).")
    Path fusekiJar;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = bench.out();
        if (sessions < 1 || sessions > 20) {
            throw new UsageException("--sessions=" + sessions + ": must be 1 to 20");
        }
        ScaleBench scale = new ScaleBench(bench.jar(), bench.home.toAbsolutePath(), work.toAbsolutePath(), seed, Math.min(bench.warmup, 10),
                Math.min(bench.iterations, 100), sessions, probeSeconds, maxMinutes, maxQuads, loadHeap, out);
        ScaleBench.Run run = scale.run(scales, concurrencyScale, readers, batchCopies, remoteServers,
                Files.isRegularFile(fusekiJar) ? fusekiJar.toAbsolutePath() : null);
        String svgName = outFile == null ? "scaling.svg" : outFile.getFileName().toString().replaceFirst("\\.md$", "") + ".svg";
        String md = ScaleReport.markdown(run, svgName, bench.home.resolve("src/docs/scaling-notes.md"));
        if (outFile != null) {
            Files.writeString(outFile, md, StandardCharsets.UTF_8);
            Files.writeString(outFile.resolveSibling(svgName), ScaleReport.svg(run), StandardCharsets.UTF_8);
            out.println("Wrote " + outFile + " and " + outFile.resolveSibling(svgName));
        } else {
            out.print(md);
        }
        out.flush();
        ConcurrencyBench.Result c = run.concurrency();
        return c != null && (c.errors() > 0 || !c.consistent()) ? 1 : 0;
    }
}
