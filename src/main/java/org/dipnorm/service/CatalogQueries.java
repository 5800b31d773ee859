package org.dipnorm.service;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.dipnorm.query.NamedQuery;
import org.dipnorm.query.NamedQueryRunner;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.query.QueryParameter;
import org.dipnorm.vocab.Prefixes;

/** The named queries a service runs, by name, with values already bound as RDF terms. */
final class CatalogQueries {
    private final NamedQueryRunner runner;
    private final QueryCatalog catalog;
    private final PerVersionResults cached;

    CatalogQueries(NamedQueryRunner runner, QueryCatalog catalog) {
        this(runner, catalog, null);
    }

    /** With {@code cached}, a whole-graph query run without parameters pages through its rows of this data version. */
    CatalogQueries(NamedQueryRunner runner, QueryCatalog catalog, PerVersionResults cached) {
        this.runner = runner;
        this.catalog = catalog;
        this.cached = cached;
    }

    List<QuerySolution> rows(String name, Map<String, Node> bindings) {
        return rows(name, bindings, 0, Long.MAX_VALUE);
    }

    List<QuerySolution> rows(String name, Map<String, Node> bindings, long offset, long limit) {
        NamedQuery query = query(name);
        if (cached != null) {
            var page = cached.page(query, bindings, offset, limit);
            if (page.isPresent()) {
                return Rows.list(page.get());
            }
        }
        return Rows.list(offset == 0 && limit == Long.MAX_VALUE ? runner.select(query, bindings)
                : runner.select(query, bindings, offset, limit));
    }

    /** An IRI checked as a query parameter would be (absolute, no spaces, quotes or brackets), as a term to bind. */
    static Node iri(String parameter, String iri) {
        return new QueryParameter(parameter, QueryParameter.Type.IRI, "").parse("<" + iri + ">", Prefixes.DIPNORM);
    }

    private NamedQuery query(String name) {
        return catalog.get(name).orElseThrow(() -> new IllegalStateException("queries/" + name + ".rq is missing"));
    }
}
