package org.dipnorm.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.dipnorm.NotFoundException;
import org.dipnorm.query.NamedQuery;
import org.dipnorm.query.NamedQueryRunner;
import org.dipnorm.query.QueryCatalog;

/** The named queries of {@code queries/} as a service: list them, or run one with typed, validated parameters, one page at a time. */
public final class QueryService {
    private final NamedQueryRunner runner;
    private final QueryCatalog catalog;
    private final PerVersionResults cached;

    public QueryService(NamedQueryRunner runner, QueryCatalog catalog) {
        this(runner, catalog, null);
    }

    /** With {@code cached}, a whole-graph query run without parameters pages through its rows of this data version. */
    public QueryService(NamedQueryRunner runner, QueryCatalog catalog, PerVersionResults cached) {
        this.runner = runner;
        this.catalog = catalog;
        this.cached = cached;
    }

    /** A named query and its parameters, as listed. */
    public record QueryInfo(String name, String title, String description, List<ParameterInfo> parameters) {}

    /** A declared parameter: its name, type (iri, string, date, integer) and description. */
    public record ParameterInfo(String name, String type, String description) {}

    /** An RDF term as in the SPARQL 1.1 JSON results format: type uri, literal or bnode, with datatype or language. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Term(String type, String value, String datatype, String lang) {}

    /** One page of a query's rows; {@code truncated} is true when more rows follow. */
    public record QueryResult(String name, Map<String, String> parameters, List<String> columns,
            List<Map<String, Term>> rows, long offset, long limit, boolean truncated) {}

    public static List<QueryInfo> list(QueryCatalog catalog) {
        return catalog.all().stream().map(q -> new QueryInfo(q.name(), q.title(), q.description(), q.parameters().stream()
                .map(p -> new ParameterInfo(p.name(), p.type().name().toLowerCase(java.util.Locale.ROOT), p.description()))
                .toList())).toList();
    }

    /** Runs {@code name} with raw parameter values; an unknown query is NotFoundException, a bad value a ParameterException. */
    public QueryResult run(String name, Map<String, String> params, long offset, long limit) {
        NamedQuery query = catalog.get(name).orElseThrow(() -> new NotFoundException("query " + name
                + ": no such named query; GET /api/queries lists them"));
        var bindings = NamedQueryRunner.bind(query, params);
        ResultSetRewindable rs = (cached == null ? java.util.Optional.<ResultSetRewindable>empty()
                : cached.page(query, bindings, offset, limit + 1))
                .orElseGet(() -> runner.select(query, bindings, offset, limit + 1));
        List<String> columns = rs.getResultVars();
        List<Map<String, Term>> rows = new ArrayList<>();
        while (rs.hasNext() && rows.size() < limit) {
            QuerySolution r = rs.next();
            Map<String, Term> row = new LinkedHashMap<>();
            for (String c : columns) {
                RDFNode n = r.get(c);
                if (n != null) {
                    row.put(c, term(n));
                }
            }
            rows.add(row);
        }
        return new QueryResult(name, params, columns, rows, offset, limit, rs.hasNext());
    }

    private static Term term(RDFNode n) {
        if (n.isURIResource()) {
            return new Term("uri", n.asResource().getURI(), null, null);
        }
        if (n.isAnon()) {
            return new Term("bnode", n.asResource().getId().getLabelString(), null, null);
        }
        Literal l = n.asLiteral();
        String lang = l.getLanguage().isEmpty() ? null : l.getLanguage();
        return new Term("literal", l.getLexicalForm(), lang == null ? l.getDatatypeURI() : null, lang);
    }
}
