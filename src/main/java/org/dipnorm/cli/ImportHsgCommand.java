package org.dipnorm.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.mem2.GraphMem2;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.dipnorm.Futures;
import org.dipnorm.InputException;
import org.dipnorm.importer.hsg.HsgImporter;
import org.dipnorm.importer.hsg.ImportSummary;
import org.dipnorm.store.DipnormStore;
import org.dipnorm.store.SourceSet;
import org.dipnorm.validate.ValidationReport;
import org.dipnorm.validate.Validator;
import org.dipnorm.vocab.Graphs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code import hsg --rdcr DIR --pocom DIR}: builds the Office of the Historian graph, checks it
 * with the project's shapes and checks together with the ontology and curated data, and writes it
 * in one transaction; a second run with the same files changes nothing.
 */
@Command(name = "hsg", mixinStandardHelpOptions = true,
        description = "Import the Office of the Historian's rdcr guide and pocom chiefs of mission into the graph "
                + "https://w3id.org/dipnorm/graph/hsg, in one transaction: on any error the store is unchanged.")
final class ImportHsgCommand implements Callable<Integer> {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImportHsgCommand.class);

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--rdcr", paramLabel = "DIR", required = true,
            description = "The rdcr repository (HistoryAtState/rdcr) or its articles/ folder.")
    Path rdcr;

    @Option(names = "--pocom", paramLabel = "DIR", required = true,
            description = "The pocom repository (HistoryAtState/pocom), with people/, missions-countries/ and roles-country-chiefs/.")
    Path pocom;

    @Option(names = "--skip-validation",
            description = "Write without checking the result against the SHACL shapes and queries/checks (faster; for measurements). "
                    + "Ontology and curated files that the store does not hold yet are still checked.")
    boolean skipValidation;

    @Option(names = "--nquads", paramLabel = "FILE",
            description = "Also write the imported graph to FILE as N-Quads, for another store or tdb2.tdbloader.")
    Path nquads;

    @Option(names = "--no-progress", description = "Do not draw a progress bar (it is drawn only on a terminal anyway).")
    boolean noProgress;

    /** How the JVM compiles the import's code (ADR 0006). */
    enum Jit { quick, full }

    @Option(names = "--jit", paramLabel = "MODE", defaultValue = "quick",
            description = "quick (default): the JVM compiles with its quick compiler (C1) only while the import runs; on two cores "
                    + "its optimizing compiler (C2) took about a third of the import's CPU time and did not pay it back in a run this "
                    + "short. full: the JVM's usual compilers (may be faster with many idle cores). Values: ${COMPLETION-CANDIDATES}.")
    Jit jit;

    @Override
    public Integer call() {
        try (QuickCompilation quick = jit == Jit.quick ? QuickCompilation.start() : null) {
            if (quick != null && quick.active()) {
                LOG.info("The JVM compiles with its quick compiler only during the import (--jit full for its usual compilers)");
            }
            return importHsg();
        }
    }

    private int importHsg() {
        long start = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        HsgImporter importer = new HsgImporter(rdcr, pocom);
        try (ConsoleProgress progress = !noProgress && System.console() != null ? new ConsoleProgress() : null) {
            // The files are read and mapped on another thread while the store opens and, when it does not hold the
            // current ontology and curated files, parses them: neither needs the other.
            CompletableFuture<HsgImporter.Records> reading = CompletableFuture.supplyAsync(
                    () -> importer.read(progress == null ? HsgImporter.Progress.NONE : progress), daemon("dipnorm-read"));
            SourceSet sources = store.sources();
            try (DipnormStore db = DipnormStore.open(store.db)) {
                // When the store does not hold the current ontology and curated files (a fresh store, or files
                // changed since), they are parsed and checked on their own here, as `load` checks them (also with
                // --skip-validation, which skips only the check of the import), and written in the import's own
                // transaction: one parse, one commit.
                String hash = sources.contentHash();
                Map<Node, Graph> reload = db.holdsFiles(hash) ? Map.of() : sources.parse();
                Graph ontology = reload.isEmpty() ? db.copyOf(Graphs.ONTOLOGY) : reload.get(Graphs.ONTOLOGY);
                Graph curated = reload.isEmpty() ? db.copyOf(Graphs.CURATED) : reload.get(Graphs.CURATED);
                if (!reload.isEmpty()) {
                    LOG.info("The store does not hold the current ontology and curated files: they are checked and written with the import");
                    requireValid(validate(ontology, curated, GraphFactory.createDefaultGraph(), sources),
                            "in the ontology and curated files", err);
                }
                HsgImporter.Result result = importer.build(Futures.join(reading), ontology, curated);
                LOG.info("Built {} triples in {} ms", result.graph().size(), (System.nanoTime() - start) / 1_000_000);
                if (nquads != null) {
                    writeNQuads(result.graph(), nquads);
                }
                // The check runs while the triples are written; the transaction commits only if it passes.
                CompletableFuture<ValidationReport> check = skipValidation ? CompletableFuture.completedFuture(null)
                        : CompletableFuture.supplyAsync(() -> validate(ontology, curated, result.graph(), sources), daemon("dipnorm-check"));
                Map<Node, Graph> writes = new LinkedHashMap<>(reload);
                writes.put(Graphs.HSG, result.graph());
                boolean changed = db.replaceGraphs(writes, reload.isEmpty() ? null : hash,
                        () -> requireValid(Futures.join(check), "in the imported graph", err));
                ImportSummary summary = result.summary();
                summary.written(result.graph().size(), changed, (System.nanoTime() - start) / 1_000_000);
                summary.sourceFilesWritten(reload.values().stream().mapToLong(Graph::size).sum());
                summary.print(out);
            }
        }
        return DipnormCli.OK;
    }

    /** Runs each task on a thread of its own, named {@code name}, which does not keep the JVM alive. */
    private static java.util.concurrent.Executor daemon(String name) {
        return task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.start();
        };
    }

    /** The shapes and checks over the imported graph together with the ontology and the curated data. */
    private static ValidationReport validate(Graph ontology, Graph curated, Graph imported, SourceSet sources) {
        long start = System.nanoTime();
        // Copying the in-memory graph's indexes is much cheaper than adding its 200k triples one by one.
        Graph union = imported instanceof GraphMem2 mem ? mem.copy() : GraphFactory.createDefaultGraph();
        if (!(imported instanceof GraphMem2)) {
            imported.find().forEachRemaining(union::add);
        }
        ontology.find().forEachRemaining(union::add);
        curated.find().forEachRemaining(union::add);
        ValidationReport report = new Validator().validate(ontology, union, sources.queriesDir().resolve("checks"));
        LOG.info("Validated in {} ms", (System.nanoTime() - start) / 1_000_000);
        return report;
    }

    private static void requireValid(ValidationReport report, String where, PrintWriter err) {
        if (report != null && !report.conforms()) {
            report.violations().stream().limit(50).forEach(err::println);
            err.flush();
            throw new InputException(report.violations().size() + " violation(s) " + where + "; the store was not changed");
        }
    }

    private static void writeNQuads(Graph graph, Path file) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        dsg.addGraph(Graphs.HSG, graph);
        try (OutputStream os = Files.newOutputStream(file)) {
            RDFDataMgr.write(os, dsg, RDFFormat.NQUADS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
