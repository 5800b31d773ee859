package org.dipnorm.web;

import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.dipnorm.query.NamedQuery;
import org.dipnorm.query.NamedQueryRunner;

/**
 * {@code /search?q=…[&type=IRI]}: ranked full-text search over labels, names and quotes (jena-text,
 * Lucene), the words escaped so they are searched as words, with a filter by type.
 */
public final class SearchServlet extends HttpServlet {
    private static final int MAX_LENGTH = 200;
    private final WebContext context;

    SearchServlet(WebContext context) {
        this.context = context;
    }

    /** One hit: the resource, its label, the matching text, its types, and what it attests (for a quote). */
    public record Hit(String resource, String label, String match, List<String> types, String attests, double score) {}

    /** What {@code search.jte} reads. */
    public record Results(Links links, String q, String type, List<Hit> hits, Map<String, Integer> typeCounts, String error) {
        public String typeLink(String t) {
            return links.base() + "/search?q=" + enc(q) + "&type=" + enc(t);
        }

        public String allLink() {
            return links.base() + "/search?q=" + enc(q);
        }

        public String curie(String iri) {
            return new PageModel(null, links, "", null).curie(iri);
        }

        private static String enc(String s) {
            return java.net.URLEncoder.encode(s == null ? "" : s, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q") == null ? "" : request.getParameter("q").strip();
        String type = request.getParameter("type");
        List<Hit> hits = new ArrayList<>();
        Map<String, Integer> typeCounts = new LinkedHashMap<>();
        String error = null;
        int status = HttpServletResponse.SC_OK;
        if (q.length() > MAX_LENGTH) {
            error = "q: at most " + MAX_LENGTH + " characters";
            status = HttpServletResponse.SC_BAD_REQUEST;
        } else if (!q.isEmpty()) {
            NamedQuery search = context.catalog().get("search").orElseThrow();
            try (RDFConnection conn = context.connect()) {
                searchInto(conn, search, q, type, hits, typeCounts);
            } catch (org.apache.jena.query.QueryException e) {
                error = "Search needs the text index of the embedded store; this server reads a remote endpoint without one.";
                status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            }
        }
        StringOutput out = new StringOutput();
        PageServlet.TEMPLATES.render("search.jte", new Results(context.links(request), q, type, hits, typeCounts, error), out);
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        response.getWriter().write(out.toString());
    }

    private static void searchInto(RDFConnection conn, NamedQuery search, String q, String type, List<Hit> hits,
            Map<String, Integer> typeCounts) {
        NamedQueryRunner runner = new NamedQueryRunner(conn, 30_000);
        var bindings = NamedQueryRunner.bind(search, Map.of("q", QueryParserBase.escape(q)));
        for (QuerySolution r : ResultSetFormatter.toList(runner.select(search, bindings))) {
            List<String> types = r.contains("types") && !r.getLiteral("types").getString().isBlank()
                    ? Arrays.asList(r.getLiteral("types").getString().split(" ")) : List.of();
            types.forEach(t -> typeCounts.merge(t, 1, Integer::sum));
            if (type == null || type.isEmpty() || types.contains(type)) {
                hits.add(new Hit(r.getResource("resource").getURI(), text(r, "label"), text(r, "match"), types,
                        r.contains("attests") && r.get("attests").isURIResource() ? r.getResource("attests").getURI() : null,
                        r.getLiteral("score").getDouble()));
            }
        }
    }

    private static String text(QuerySolution r, String var) {
        return r.contains(var) ? r.get(var).isLiteral() ? r.getLiteral(var).getLexicalForm() : r.get(var).toString() : null;
    }
}
