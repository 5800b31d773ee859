package org.dipnorm.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.rdfconnection.RDFConnection;
import org.dipnorm.service.ResourceService;
import org.dipnorm.service.ResourceView;

/**
 * {@code /page/{path}} and {@code /page?iri=…}: a resource page (template {@code page.jte}) with
 * labelled statements, incoming links counted and paged ({@code ?in=OFFSET}), and the evidence.
 */
final class PageServlet extends HttpServlet {
    static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final int PAGE = 50;
    private final WebContext context;

    PageServlet(WebContext context) {
        this.context = context;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        String iri = path.isEmpty() ? request.getParameter("iri") : Links.canonical(path);
        if (iri == null || iri.isBlank() || !iri.matches("[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|^`\\\\]+")) {
            DataServlet.plain(response, HttpServletResponse.SC_BAD_REQUEST, "iri: give an absolute IRI, e.g. /page?iri=http://schema.org/City");
            return;
        }
        int offset = offset(request.getParameter("in"));
        ResourceView view;
        try (RDFConnection conn = context.connect()) {
            view = new ResourceService(conn, context.catalog()).describe(iri, offset, PAGE);
        }
        Links links = context.links(request);
        StringOutput out = new StringOutput();
        response.setContentType("text/html;charset=utf-8");
        if (!view.exists()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            TEMPLATES.render("notfound.jte", new PageModel(view, links, request.getRequestURI()), out);
        } else {
            response.setStatus(HttpServletResponse.SC_OK);
            TEMPLATES.render("page.jte", new PageModel(view, links, request.getRequestURI()), out);
        }
        response.getWriter().write(out.toString());
    }

    private static int offset(String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
