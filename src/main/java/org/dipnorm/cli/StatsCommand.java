package org.dipnorm.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryExecution;
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

/** {@code stats}: triples per named graph and instances per class in the store; {@code --disagreements} lists the recorded disagreements. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print the triples in each named graph and the number of instances of each class.")
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
        }
        out.flush();
        return DipnormCli.OK;
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
