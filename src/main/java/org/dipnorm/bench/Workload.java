package org.dipnorm.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.service.SearchService;
import org.dipnorm.vocab.Prefixes;

/**
 * The requests the benchmarks send: each API or report route with the SPARQL queries its service runs
 * for it, with the same values bound, the same LIMIT/OFFSET, as text to send straight to the endpoint.
 */
final class Workload {
    /** One route and the queries behind it. */
    record Call(String name, String path, List<String> sparql) {}

    private static final String PROC = Prefixes.DIPNORM.getNsPrefixURI("proc");
    private static final String STATE = Prefixes.DIPNORM.getNsPrefixURI("state");
    /** The server's defaults: page size 50, at most 1000 rows. */
    private static final long PAGE = 50;
    private static final long MAX = 1000;

    private final QueryCatalog catalog;

    Workload(QueryCatalog catalog) {
        this.catalog = catalog;
    }

    /** The API routes of the latency and throughput runs. */
    List<Call> apiCalls() {
        Map<String, Node> vietnam = Map.of("process", iri(PROC + "us-vietnam-1975"));
        Map<String, Node> china = Map.of("state", iri(STATE + "china"));
        Map<String, Node> party = Map.of("party", iri(STATE + "china"));
        Node words = NodeFactory.createLiteralString(SearchService.wordQuery("liaison").orElseThrow());
        Node cap = NodeFactory.createLiteralDT(Integer.toString(SearchService.INDEX_HITS_CAP), XSDDatatype.XSDinteger);
        return List.of(
                new Call("processes (page of 50)", "/api/processes",
                        List.of(text("api-process-count", Map.of(), -1, -1), text("api-processes", Map.of(), 0, PAGE))),
                new Call("one process", "/api/processes/us-vietnam-1975",
                        List.of(text("api-process", vietnam, -1, -1), text("report-steps", vietnam, -1, -1),
                                text("api-process-events", vietnam, -1, -1), text("api-process-sources", vietnam, -1, -1))),
                new Call("one state", "/api/states/china",
                        List.of(text("api-state", china, -1, -1), text("api-state-missions", china, 0, MAX + 1),
                                text("api-state-events", china, 0, MAX + 1), text("api-process-count", party, -1, -1),
                                text("api-processes", party, 0, MAX))),
                // embedded, the route asks the text index how many labels and quotes could hold the text, then
                // reads those (SearchService); the scan of api-search is for remote endpoints
                new Call("search", "/api/search?q=liaison", List.of(
                        text("api-search-hits", Map.of("words", words, "cap", cap), -1, -1),
                        text("api-search-text", Map.of("q", NodeFactory.createLiteralString("liaison"), "words", words, "cap", cap), 0, MAX))),
                new Call("named query", "/api/queries/interim-to-embassy",
                        List.of(text("interim-to-embassy", Map.of(), 0, PAGE + 1))));
    }

    /** Issue #5's three-process comparison report, as JSON, and its queries. */
    Call report() {
        List<String> ids = List.of("us-china-1971", "us-vietnam-1975", "us-dprk-1994");
        List<String> sparql = new ArrayList<>();
        for (String id : ids) {
            Map<String, Node> p = Map.of("process", iri(PROC + id));
            for (String q : List.of("report-process", "report-steps", "report-order", "report-commitments")) {
                sparql.add(text(q, p, -1, -1));
            }
        }
        return new Call("comparison report, 3 processes (JSON)",
                "/reports/compare?process=us-china-1971&process=us-vietnam-1975&process=us-dprk-1994&format=json", sparql);
    }

    /** A named query with the values substituted into the parsed query, as text. */
    String substituted(String name, Map<String, Node> values) {
        return text(name, values, -1, -1);
    }

    /** A named query with the values substituted into the parsed query, as the runner does; offset/limit when not negative. */
    private String text(String name, Map<String, Node> values, long offset, long limit) {
        Query query = catalog.get(name).orElseThrow(() -> new IllegalStateException("queries/" + name + ".rq is missing")).query()
                .cloneQuery();
        if (limit >= 0) {
            query.setOffset(offset);
            query.setLimit(limit);
        }
        Map<Var, Node> vars = new HashMap<>();
        values.forEach((k, v) -> vars.put(Var.alloc(k), v));
        return QueryTransformOps.syntaxSubstitute(query, vars).toString();
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
