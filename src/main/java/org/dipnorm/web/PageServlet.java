package org.dipnorm.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.rdfconnection.RDFConnection;
import java.time.LocalDate;
import java.util.List;
import org.dipnorm.UsageException;
import org.dipnorm.report.TimelineSvg;
import org.dipnorm.service.ComparisonService;
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

    /** A small SVG timeline for a process (its steps) or a mission (its lifecycle events); null for other resources. */
    private String timeline(RDFConnection conn, ResourceView view) {
        PageModel probe = new PageModel(view, null, "", null);
        ComparisonService service = new ComparisonService(conn, context.catalog());
        try {
            if (probe.isProcess()) {
                String id = view.iri().substring(view.iri().lastIndexOf('/') + 1);
                return TimelineSvg.render(List.of(service.processReport(id, LocalDate.now())), TimelineSvg.Alignment.calendar);
            }
            if (probe.isMission()) {
                return service.missionLane(view.iri(), view.label() == null ? view.iri() : view.label())
                        .map(lane -> TimelineSvg.render(List.of(lane), TimelineSvg.Alignment.calendar)).orElse(null);
            }
        } catch (UsageException e) {
            return null; // e.g. a process with no dated step: the page simply has no timeline
        }
        return null;
    }

    private static int offset(String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
