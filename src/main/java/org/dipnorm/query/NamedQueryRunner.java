package org.dipnorm.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.dipnorm.ParameterException;
import org.dipnorm.UsageException;
import org.dipnorm.vocab.Prefixes;

/**
 * Runs a named SELECT query over an {@link RDFConnection} (local TDB2 or remote), with user
 * values parsed by their declared types and bound into the parsed query.
 */
public final class NamedQueryRunner {
    private final RDFConnection connection;
    private final long timeoutMillis;

    public NamedQueryRunner(RDFConnection connection, long timeoutMillis) {
        this.connection = connection;
        this.timeoutMillis = timeoutMillis;
    }

    /** Parses raw {@code name=value} parameters; an unknown name or a bad value fails naming it. */
    public static Map<String, Node> bind(NamedQuery query, Map<String, String> raw) {
        PrefixMapping prefixes = PrefixMapping.Factory.create()
                .setNsPrefixes(Prefixes.DIPNORM)
                .setNsPrefixes(query.query().getPrefixMapping());
        Map<String, Node> bound = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            QueryParameter p = query.parameter(e.getKey()).orElseThrow(() -> new ParameterException(e.getKey(),
                    "parameter " + e.getKey() + ": query " + query.name() + " takes "
                    + (query.parameters().isEmpty() ? "no parameters"
                            : query.parameters().stream().map(QueryParameter::name).collect(Collectors.joining(", ")))));
            bound.put(p.name(), p.parse(e.getValue(), prefixes));
        }
        return bound;
    }

    /** Runs a CONSTRUCT query with the bindings into a new model. */
    public Model construct(NamedQuery query, Map<String, Node> bindings) {
        if (!query.query().isConstructType()) {
            throw new UsageException("query " + query.name() + " is not a CONSTRUCT query");
        }
        Model result = ModelFactory.createDefaultModel();
        result.setNsPrefixes(Prefixes.DIPNORM);
        QueryExecutionBuilder builder = connection.newQuery().query(query.query()).timeout(timeoutMillis);
        bindings.forEach((name, node) -> builder.substitution(name, result.asRDFNode(node)));
        Txn.executeRead(connection, () -> {
            try (QueryExecution exec = builder.build()) {
                exec.execConstruct(result);
            }
        });
        return result;
    }

    /** Runs the query with the bindings; results are copied so the execution is closed on return. */
    public ResultSetRewindable select(NamedQuery query, Map<String, Node> bindings) {
        return select(query, query.query(), bindings);
    }

    /**
     * One page of the query's rows: at most {@code limit} rows after skipping {@code offset}, set on a
     * copy of the parsed query (combined with a LIMIT or OFFSET the query has itself).
     */
    public ResultSetRewindable select(NamedQuery query, Map<String, Node> bindings, long offset, long limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset=" + offset + ", limit=" + limit + ": must not be negative");
        }
        Query paged = query.query().cloneQuery();
        long ownOffset = paged.hasOffset() ? paged.getOffset() : 0;
        long ownLimit = paged.hasLimit() ? paged.getLimit() : Long.MAX_VALUE;
        paged.setOffset(ownOffset + offset);
        paged.setLimit(Math.max(0, Math.min(limit, ownLimit - offset)));
        return select(query, paged, bindings);
    }

    private ResultSetRewindable select(NamedQuery query, Query parsed, Map<String, Node> bindings) {
        if (!parsed.isSelectType()) {
            throw new UsageException("query " + query.name() + " is not a SELECT query");
        }
        QueryExecutionBuilder builder = connection.newQuery().query(parsed).timeout(timeoutMillis);
        var model = ModelFactory.createDefaultModel();
        bindings.forEach((name, node) -> builder.substitution(name, model.asRDFNode(node)));
        return Txn.calculateRead(connection, () -> {
            try (QueryExecution exec = builder.build()) {
                return ResultSetFactory.copyResults(exec.execSelect());
            }
        });
    }
}
