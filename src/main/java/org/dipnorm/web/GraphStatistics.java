package org.dipnorm.web;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdfconnection.RDFConnection;
import org.dipnorm.query.NamedQueryRunner;
import org.dipnorm.query.QueryCatalog;

/**
 * Whole-graph figures for the home page and VoID — triples per named graph (the store's shared
 * {@link org.dipnorm.store.DataState#graphCounts}), instances per class and the precedents (the named
 * queries {@code home-classes} and {@code processes}). They scan the whole store, so they are computed once per data version, in the
 * background after each write ({@link org.dipnorm.store.DataState#precompute}), never per request.
 */
record GraphStatistics(Map<String, Long> graphs, List<QuerySolution> classes, List<QuerySolution> processes) {
    static final String KEY = "graph-statistics";

    static GraphStatistics compute(QueryCatalog catalog, Map<String, Long> graphs, RDFConnection conn) {
        NamedQueryRunner runner = new NamedQueryRunner(conn, 120_000);
        return new GraphStatistics(graphs, rows(catalog, runner, "home-classes"), rows(catalog, runner, "processes"));
    }

    private static List<QuerySolution> rows(QueryCatalog catalog, NamedQueryRunner runner, String name) {
        return List.copyOf(ResultSetFormatter.toList(runner.select(catalog.get(name).orElseThrow(), Map.of())));
    }

    long totalTriples() {
        return graphs.values().stream().mapToLong(Long::longValue).sum();
    }
}
