package org.dipnorm.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.dipnorm.UsageException;
import org.dipnorm.query.NamedQuery;
import org.dipnorm.query.NamedQueryRunner;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.query.QueryParameter;
import org.dipnorm.store.DipnormStore;
import org.dipnorm.store.StoreAccess;
import org.dipnorm.vocab.Prefixes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code query NAME --param k=v --format text|json|csv}, or {@code query --list}. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a named query of queries/ over the store, or list them with --list.")
final class QueryCommand implements Callable<Integer> {
    /** Output formats of a query's results. */
    enum Format { text, json, csv }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The query's name (its file name without .rq).")
    String name;

    @Option(names = "--list", description = "List the named queries with their parameters and descriptions.")
    boolean list;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A parameter value, bound into the parsed query (IRIs may be prefixed, e.g. proc:us-china-1971); repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--timeout", paramLabel = "MS", defaultValue = "60000",
            description = "Query timeout in milliseconds (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Run the query against this SPARQL 1.1 query endpoint instead of the store (its default graph "
                    + "must be the union of the named graphs).")
    String endpoint;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        QueryCatalog catalog = QueryCatalog.load(store.sources().queriesDir());
        if (list) {
            for (NamedQuery q : catalog.all()) {
                out.printf("%-28s %s%n", q.name(), q.title());
                for (QueryParameter p : q.parameters()) {
                    out.printf("%-28s   --param %s=… (%s) %s%n", "", p.name(), p.type().name().toLowerCase(), p.description());
                }
            }
            out.flush();
            return DipnormCli.OK;
        }
        if (name == null) {
            throw new UsageException("NAME: give a query name, or --list to see them");
        }
        NamedQuery query = catalog.get(name).orElseThrow(() ->
                new UsageException("NAME: no query named '" + name + "'; see query --list"));
        var bindings = NamedQueryRunner.bind(query, params);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        if (query.query().isConstructType()) {
            if (format == Format.csv) {
                throw new UsageException("--format csv: query " + name + " gives RDF; use text (Turtle) or json (JSON-LD)");
            }
            try (DipnormStore db = StoreSetup.openUpToDate(store, spec.commandLine().getErr());
                 RDFConnection conn = RDFConnection.connect(db.dataset())) {
                RDFDataMgr.write(buffer, new NamedQueryRunner(conn, timeout).construct(query, bindings),
                        format == Format.json ? RDFFormat.JSONLD_PRETTY : RDFFormat.TURTLE_PRETTY);
            }
            out.print(buffer.toString(StandardCharsets.UTF_8));
            out.flush();
            return DipnormCli.OK;
        }
        ResultSetRewindable rows;
        if (endpoint != null) {
            try (RDFConnection conn = StoreAccess.remote(endpoint).connect()) {
                rows = new NamedQueryRunner(conn, timeout).select(query, bindings);
            }
        } else {
            try (DipnormStore db = StoreSetup.openUpToDate(store, spec.commandLine().getErr());
                 RDFConnection conn = RDFConnection.connect(db.dataset())) {
                rows = new NamedQueryRunner(conn, timeout).select(query, bindings);
            }
        }
        switch (format) {
            case json -> ResultSetFormatter.outputAsJSON(buffer, rows);
            case csv -> ResultSetFormatter.outputAsCSV(buffer, rows);
            default -> ResultSetFormatter.out(buffer, rows, Prefixes.DIPNORM);
        }
        out.print(buffer.toString(StandardCharsets.UTF_8));
        out.flush();
        return DipnormCli.OK;
    }
}
