package org.dipnorm.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
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
import org.dipnorm.store.VersionedCache;

/**
 * {@code /page/{path}} and {@code /page?iri=…}: a resource page (template {@code page.jte}) with
 * labelled statements, incoming links counted and paged ({@code ?in=OFFSET}), and the evidence.
 */
final class PageServlet extends HttpServlet {
    static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final int PAGE = 50;
    private final WebContext context;
    private final VersionedCache<PageKey, Rendered> cache;

    /** What a rendered page depends on besides the data: the resource, the offset of its incoming links, the links' base. */
    private record PageKey(String iri, int offset, String base, String self) {}

    /** A rendered page: its status (200 or 404) and UTF-8 body. */
    private record Rendered(int status, byte[] body) {}

    PageServlet(WebContext context) {
        this.context = context;
        this.cache = new VersionedCache<>(context.access().data(), context.pageCacheBytes(), r -> r.body().length + 64);
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
        Links links = context.links(request);
        String self = request.getRequestURI();
        // A page is the same for everyone until the data changes: it is rendered once per data version
        // (and kept while the cache has room), unless the client asks for a fresh copy (Cache-Control:
        // no-cache, as a browser's hard reload sends), which is rendered again and replaces the kept one.
        // Not-found pages are not kept: requests for made-up IRIs must not push real pages out.
        boolean fresh = noCache(request);
        VersionedCache.Lookup<Rendered> page = cache.get(new PageKey(iri, offset, links.base(), self), fresh,
                () -> render(iri, offset, links, self), r -> r.status() == HttpServletResponse.SC_OK);
        response.setStatus(page.value().status());
        response.setContentType("text/html;charset=utf-8");
        response.setHeader("Cache-Status", "DipNorm; " + (page.hit() ? "hit" : (fresh ? "fwd=request" : "fwd=uri-miss")
                + (page.stored() ? "; stored" : "")));
        response.setContentLength(page.value().body().length);
        response.getOutputStream().write(page.value().body());
    }

    private Rendered render(String iri, int offset, Links links, String self) {
        ResourceView view;
        String timeline;
        try (RDFConnection conn = context.connect()) {
            view = new ResourceService(conn, context.catalog()).describe(iri, offset, PAGE);
            timeline = timeline(conn, view);
        }
        Utf8ByteOutput out = new Utf8ByteOutput();
        PageModel model = new PageModel(view, links, self, timeline);
        TEMPLATES.render(view.exists() ? "page.jte" : "notfound.jte", model, out);
        return new Rendered(view.exists() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_NOT_FOUND, out.toByteArray());
    }

    private static boolean noCache(HttpServletRequest request) {
        for (String header : new String[] {"Cache-Control", "Pragma"}) {
            String value = request.getHeader(header);
            if (value != null && value.toLowerCase(java.util.Locale.ROOT).contains("no-cache")) {
                return true;
            }
        }
        return false;
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
