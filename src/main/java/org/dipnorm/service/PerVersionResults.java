package org.dipnorm.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;
import org.dipnorm.query.NamedQuery;
import org.dipnorm.query.NamedQueryRunner;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.store.DataState;

/**
 * The rows of the whole-graph named queries (header {@code # cache: per-version}: the durations of every
 * process, every process in date order…) run without parameters, computed once per data version — in the
 * background, at start and after every write — so that a request pages through rows already there instead
 * of ordering the whole store. With parameters such a query runs as any other.
 *
 * <pre>new PerVersionResults(access.data(), catalog).precompute();</pre>
 */
public final class PerVersionResults {
    /**
     * Whole-graph queries run in the background, not in a request: they may take much longer than a request's query
     * (the durations query takes some 30 s at 1,000× on two cores, and longer while other servers start beside it).
     */
    static final long TIMEOUT_MILLIS = 600_000;

    private final DataState data;
    private final QueryCatalog catalog;

    private record Table(List<Var> vars, List<Binding> rows) {}

    public PerVersionResults(DataState data, QueryCatalog catalog) {
        this.data = data;
        this.catalog = catalog;
    }

    /** Registers every cached query of the catalog, to be computed in the background now and after every write. */
    public void precompute() {
        for (NamedQuery q : catalog.all()) {
            if (q.perVersion()) {
                data.precompute(key(q), conn -> table(conn, q));
            }
        }
    }

    /**
     * Rows {@code offset} to {@code offset + limit} of the query's answer for the current data version, if the
     * query is cached and runs without parameters; the same rows as {@link NamedQueryRunner#select(NamedQuery,
     * Map, long, long)} would give.
     */
    Optional<ResultSetRewindable> page(NamedQuery query, Map<String, ?> bindings, long offset, long limit) {
        if (!query.perVersion() || !bindings.isEmpty()) {
            return Optional.empty();
        }
        Table table = data.perVersion(key(query), conn -> table(conn, query));
        int from = (int) Math.min(offset, table.rows().size());
        int to = (int) Math.min(from + Math.min(limit, Integer.MAX_VALUE), table.rows().size());
        ResultSet rows = ResultSet.adapt(RowSetStream.create(table.vars(), table.rows().subList(from, to).iterator()));
        return Optional.of(ResultSetFactory.makeRewindable(rows));
    }

    private static String key(NamedQuery query) {
        return "query:" + query.name();
    }

    private static Table table(RDFConnection conn, NamedQuery query) {
        ResultSetRewindable rs = new NamedQueryRunner(conn, TIMEOUT_MILLIS).select(query, Map.of());
        List<Var> vars = Var.varList(rs.getResultVars());
        List<Binding> rows = new ArrayList<>();
        while (rs.hasNext()) {
            rows.add(rs.nextBinding());
        }
        return new Table(vars, List.copyOf(rows));
    }
}
