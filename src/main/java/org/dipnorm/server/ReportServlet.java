package org.dipnorm.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.rdfconnection.RDFConnection;
import org.dipnorm.UsageException;
import org.dipnorm.api.ApiContext;
import org.dipnorm.query.NamedQueryRunner;
import org.dipnorm.report.ReportFormat;
import org.dipnorm.report.ReportRenderer;
import org.dipnorm.report.TimelineSvg;
import org.dipnorm.service.ComparisonService;
import org.dipnorm.service.ReportModel;
import org.dipnorm.web.WebContext;

/**
 * {@code GET /reports/compare?process=a&process=b[&format=html|md|json|csv][&align=calendar|relative][&as-of=YYYY-MM-DD]}:
 * the comparison report. Bad input gets 400, an unknown process 404, each as {@code application/problem+json}.
 */
final class ReportServlet extends HttpServlet {
    private final ApiContext ctx;
    private final WebContext web;

    ReportServlet(ApiContext ctx, WebContext web) {
        this.ctx = ctx;
        this.web = web;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String[] ids = request.getParameterValues("process");
            ReportFormat format = ReportFormat.parse(param(request, "format", "html"));
            TimelineSvg.Alignment align = alignment(param(request, "align", "calendar"));
            LocalDate asOf = ComparisonService.asOf("as-of", request.getParameter("as-of"));
            ReportModel report;
            try (RDFConnection conn = ctx.access().connect()) {
                report = new ComparisonService(new NamedQueryRunner(conn, ctx.timeoutMillis()), ctx.catalog())
                        .compare(ids == null ? List.of() : List.of(ids), asOf);
            }
            // links follow --base like every page (WebContext), not only the URL the request came to
            String body = ReportRenderer.of(format, web.base(request), align).render(report);
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(format.mediaType());
            response.setCharacterEncoding("utf-8");
            response.getWriter().write(body);
        } catch (RuntimeException e) {
            Problems.send(response, e, request);
        }
    }

    private static String param(HttpServletRequest request, String name, String fallback) {
        String v = request.getParameter(name);
        return v == null || v.isEmpty() ? fallback : v;
    }

    private static TimelineSvg.Alignment alignment(String value) {
        try {
            return TimelineSvg.Alignment.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("align=" + value + ": use calendar or relative");
        }
    }

}
