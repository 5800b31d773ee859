package org.dipnorm.web;

import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFDataMgr;
import org.dipnorm.query.NamedQuery;
import org.dipnorm.query.NamedQueryRunner;

/**
 * {@code /ontology} and {@code /vocab/{scheme}}: documentation of every class and property (label,
 * definition, superclasses, subclasses, domain and range, usage count) or every concept of a scheme,
 * as HTML or, by {@code Accept}, as RDF.
 */
public final class VocabularyServlet extends HttpServlet {
    public static final String ONTOLOGY = "https://w3id.org/dipnorm/ontology";
    public static final String VOCAB = "https://w3id.org/dipnorm/vocab/";
    private final WebContext context;

    VocabularyServlet(WebContext context) {
        this.context = context;
    }

    /** What {@code vocab.jte} reads. */
    public record Doc(Links links, String title, String iri, boolean ontology, List<QuerySolution> rows) {
        public String text(QuerySolution r, String var) {
            return r.get(var) == null ? "" : r.get(var).isLiteral() ? r.getLiteral(var).getLexicalForm() : r.get(var).toString();
        }

        public String local(String iri) {
            int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
            return iri.substring(cut + 1);
        }

        public List<String> iris(QuerySolution r, String var) {
            String s = text(r, var);
            return s.isBlank() ? List.of() : List.of(s.split(" "));
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean ontology = request.getRequestURI().equals("/ontology");
        String scheme = ontology ? null : request.getRequestURI().replaceFirst("^/vocab/", "");
        if (!ontology && !scheme.matches("[a-z][a-z-]*")) {
            DataServlet.plain(response, HttpServletResponse.SC_NOT_FOUND, "No such vocabulary: " + request.getRequestURI());
            return;
        }
        String iri = ontology ? ONTOLOGY : VOCAB + scheme;
        response.setHeader("Vary", "Accept");
        Optional<Variant> variant = ContentNegotiation.choose(request.getHeader("Accept"), List.of(Variant.values()));
        if (variant.isEmpty()) {
            DataServlet.plain(response, HttpServletResponse.SC_NOT_ACCEPTABLE, ContentNegotiation.notAcceptable(List.of(Variant.values())));
            return;
        }
        try (RDFConnection conn = context.connect()) {
            NamedQueryRunner runner = new NamedQueryRunner(conn, 30_000);
            if (variant.get().isRdf()) {
                NamedQuery q = context.catalog().get("vocabulary-data").orElseThrow();
                Model m = runner.construct(q, NamedQueryRunner.bind(q, Map.of("ns", iri)));
                if (m.isEmpty()) {
                    DataServlet.plain(response, HttpServletResponse.SC_NOT_FOUND, "No such vocabulary: " + iri);
                    return;
                }
                response.setContentType(variant.get().mediaType());
                RDFDataMgr.write(response.getOutputStream(), m, variant.get().format());
                return;
            }
            NamedQuery q = context.catalog().get(ontology ? "ontology-terms" : "vocab-concepts").orElseThrow();
            List<QuerySolution> rows = ResultSetFormatter.toList(runner.select(q,
                    ontology ? Map.of() : NamedQueryRunner.bind(q, Map.of("scheme", "<" + iri + ">"))));
            if (rows.isEmpty()) {
                DataServlet.plain(response, HttpServletResponse.SC_NOT_FOUND, "No such vocabulary: " + iri);
                return;
            }
            StringOutput out = new StringOutput();
            PageServlet.TEMPLATES.render("vocab.jte", new Doc(context.links(request),
                    ontology ? "The DipNorm ontology (dipn:)" : "Vocabulary: " + scheme, iri, ontology, rows), out);
            response.setContentType("text/html;charset=utf-8");
            response.getWriter().write(out.toString());
        }
    }
}
