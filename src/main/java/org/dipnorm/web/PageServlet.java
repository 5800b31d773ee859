package org.dipnorm.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdfconnection.RDFConnection;
import org.dipnorm.report.TimelineSvg;
import org.dipnorm.service.ComparisonService;
import org.dipnorm.service.ReportModel.ProcessReport;
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
        String timeline = null;
        try (RDFConnection conn = context.connect()) {
            view = new ResourceService(conn, context.catalog()).describe(iri, offset, PAGE);
            timeline = timeline(conn, view);
        }
        Links links = context.links(request);
        StringOutput out = new StringOutput();
        response.setContentType("text/html;charset=utf-8");
        if (!view.exists()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            TEMPLATES.render("notfound.jte", new PageModel(view, links, request.getRequestURI(), timeline), out);
        } else {
            response.setStatus(HttpServletResponse.SC_OK);
            TEMPLATES.render("page.jte", new PageModel(view, links, request.getRequestURI(), timeline), out);
        }
        response.getWriter().write(out.toString());
    }

    /** A small SVG timeline for a process (its steps) or a mission (its lifecycle events); null for other resources or undated ones. */
    private String timeline(RDFConnection conn, ResourceView view) {
        PageModel probe = new PageModel(view, null, "", null);
        ComparisonService service = new ComparisonService(conn, context.catalog());
        String label = view.label() == null ? view.iri() : view.label();
        Optional<ProcessReport> lane = probe.isProcess() ? service.processLane(view.iri(), label)
                : probe.isMission() ? service.missionLane(view.iri(), label) : Optional.empty();
        return lane.map(l -> TimelineSvg.render(List.of(l), TimelineSvg.Alignment.calendar)).orElse(null);
    }

    private static int offset(String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
