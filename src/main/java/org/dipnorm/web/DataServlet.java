package org.dipnorm.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFDataMgr;
import org.dipnorm.service.ResourceService;

/** {@code /data/{path}[.ttl|.jsonld|.rdf|.nt]}: the statements about a resource, by suffix, {@code ?format=} or {@code Accept}. */
final class DataServlet extends HttpServlet {
    private static final List<Variant> RDF = List.of(Variant.TURTLE, Variant.JSONLD, Variant.RDFXML, Variant.NTRIPLES);
    private final WebContext context;

    DataServlet(WebContext context) {
        this.context = context;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        Optional<Variant> variant = Optional.empty();
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/') && dot >= 0) {
            Optional<Variant> bySuffix = Variant.named(path.substring(dot + 1)).filter(Variant::isRdf);
            if (bySuffix.isPresent()) {
                variant = bySuffix;
                path = path.substring(0, dot);
            }
        }
        String format = request.getParameter("format");
        if (variant.isEmpty() && format != null) {
            variant = Variant.named(format).filter(Variant::isRdf);
            if (variant.isEmpty()) {
                plain(response, HttpServletResponse.SC_BAD_REQUEST, "format=" + format + ": " + ContentNegotiation.notAcceptable(RDF));
                return;
            }
        }
        response.setHeader("Vary", "Accept");
        if (variant.isEmpty()) {
            variant = ContentNegotiation.choose(request.getHeader("Accept"), RDF);
        }
        if (variant.isEmpty()) {
            plain(response, HttpServletResponse.SC_NOT_ACCEPTABLE, ContentNegotiation.notAcceptable(RDF));
            return;
        }
        Model model;
        try (RDFConnection conn = context.connect()) {
            model = new ResourceService(conn, context.catalog()).data(Links.canonical(path));
        }
        if (model.isEmpty()) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, "No statements about " + Links.canonical(path) + " in this store.");
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(variant.get().mediaType() + (variant.get() == Variant.RDFXML ? "" : ";charset=utf-8"));
        RDFDataMgr.write(response.getOutputStream(), model, variant.get().format());
    }

    static void plain(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println(text);
    }
}
