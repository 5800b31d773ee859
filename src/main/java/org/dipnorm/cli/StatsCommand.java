package org.dipnorm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Prologue;
import org.dipnorm.InputException;
import org.dipnorm.query.NamedQuery;
import org.dipnorm.query.NamedQueryRunner;
import org.dipnorm.query.QueryCatalog;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.dipnorm.store.DipnormStore;
import org.dipnorm.vocab.Prefixes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stats}: triples per named graph, instances per class and size on disk; {@code --quality} adds the data-quality report; {@code --disagreements} lists the recorded disagreements. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print the triples in each named graph, the number of instances of each class and the store's size on disk; with --quality, "
                + "per process: steps, date precision, sources by kind, and the facts attested only by weak sources.")
final class StatsCommand implements Callable<Integer> {
    private static final String GRAPHS = "SELECT ?g (COUNT(*) AS ?triples) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g";
    private static final String CLASSES = """
            SELECT ?class (COUNT(DISTINCT ?s) AS ?instances)
            { GRAPH ?g { ?s a ?class } FILTER (?g != <https://w3id.org/dipnorm/graph/ontology>) }
            GROUP BY ?class ORDER BY DESC(?instances) ?class""";

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--quality", description = "Add the data-quality report (queries quality-precision, quality-sources, weak-evidence).")
    boolean quality;

    /** The named queries of the quality report, with the heading each is printed under. */
    private static final String[][] QUALITY = {
        {"quality-precision", "Steps and date precision per process"},
        {"quality-sources", "Sources behind each process's steps, by kind"},
        {"weak-evidence", "Facts attested only by weak sources (C2, tertiary or unverified): check these first"}};

    @Option(names = "--disagreements",
            description = "Instead, list every recorded disagreement (rdcr vs pocom, imported vs curated) with both sides and their sources.")
    boolean disagreements;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (DipnormStore db = StoreSetup.openUpToDate(store, spec.commandLine().getErr())) {
            if (disagreements) {
                Txn.executeRead(db.dataset(), () -> new DisagreementLister(db.dataset()).print(out));
                out.flush();
                return DipnormCli.OK;
            }
            Txn.executeRead(db.dataset(), () -> {
                out.println("Named graphs:");
                table(db, GRAPHS, "g", "triples", out);
                out.println("Instances by class (outside the ontology graph):");
                table(db, CLASSES, "class", "instances", out);
            });
            long used = usedKiB(store.db);
            out.printf("Store on disk: %s%,d bytes allocated in %s (TDB2 files are sparse)%n",
                    used < 0 ? "" : String.format("%,d KiB used, ", used), diskBytes(store.db), store.db);
            if (quality) {
                QueryCatalog catalog = QueryCatalog.load(store.sources().queriesDir());
                try (RDFConnection conn = RDFConnection.connect(db.dataset())) {
                    NamedQueryRunner runner = new NamedQueryRunner(conn, 60_000);
                    for (String[] q : QUALITY) {
                        NamedQuery query = catalog.get(q[0]).orElseThrow(() ->
                                new InputException("queries/" + q[0] + ".rq is missing; stats --quality needs it"));
                        out.println();
                        out.println(q[1] + ":");
                        out.println(ResultSetFormatter.asText(runner.select(query, Map.of()), new Prologue(Prefixes.DIPNORM)));
                    }
                }
            }
        }
        out.flush();
        return DipnormCli.OK;
    }

    /** Bytes of every file below the store folder (TDB2 keeps old generations until compaction). */
    static long diskBytes(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Disk blocks in use, from {@code du -sk} (the allocated size counts the holes of sparse files); -1 without du. */
    static long usedKiB(Path dir) {
        try {
            Process du = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return du.waitFor() == 0 ? Long.parseLong(out.trim().split("\\s+")[0]) : -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void table(DipnormStore db, String query, String key, String count, PrintWriter out) {
        try (QueryExecution exec = QueryExecution.dataset(db.dataset()).query(query).build()) {
            ResultSet rows = exec.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                out.printf("  %8d  %s%n", row.getLiteral(count).getLong(),
                        FmtUtils.stringForNode(row.get(key).asNode(), Prefixes.DIPNORM));
            }
        }
    }
}
