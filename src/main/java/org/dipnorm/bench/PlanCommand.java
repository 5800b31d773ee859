package org.dipnorm.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.system.Txn;
import org.dipnorm.store.DipnormStore;
import org.dipnorm.vocab.Prefixes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench plan --query NAME --param k=v}: a named query with its parameters substituted, as the services run it,
 * and its algebra after ARQ's optimizer (what {@code qparse --print=opt} shows for that text); with {@code --time},
 * its rows and times over the store {@code --db}. How scans were found and their fixes shown in {@code src/docs/scaling.md}.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Print a named query with its parameters substituted and its plan after ARQ's optimizer (as qparse --print=opt); "
                + "with --time, run it three times over --db and print the rows and milliseconds.")
final class PlanCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Option(names = "--query", required = true, description = "Name of a query in queries/.")
    String name;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "An IRI parameter, prefixed (proc:us-china-1971) or full; repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--time", description = "Also run it over the TDB2 store --db (three runs) and print the rows and times.")
    boolean time;

    @Override
    public Integer call() {
        Map<String, Node> values = new LinkedHashMap<>();
        params.forEach((k, v) -> values.put(k, NodeFactory.createURI(Prefixes.DIPNORM.expandPrefix(v))));
        Query query = QueryFactory.create(bench.workload().substituted(name, values));
        bench.out().println(Algebra.optimize(Algebra.compile(query)));
        if (time) {
            try (DipnormStore store = DipnormStore.open(bench.db)) {
                for (int i = 0; i < 3; i++) {
                    long start = System.nanoTime();
                    long rows = Txn.calculateRead(store.dataset(), () -> {
                        try (QueryExecution qe = QueryExecutionFactory.create(query, store.dataset())) {
                            return (long) ResultSetFormatter.consume(qe.execSelect());
                        }
                    });
                    bench.out().printf("%d rows in %.1f ms%n", rows, (System.nanoTime() - start) / 1e6);
                }
            }
        }
        bench.out().flush();
        return 0;
    }
}
