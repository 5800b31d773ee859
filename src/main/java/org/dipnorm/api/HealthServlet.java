package org.dipnorm.api;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.dipnorm.report.JsonReportRenderer;
import org.dipnorm.service.HealthService;
import org.dipnorm.service.HealthService.Health;

/** {@code GET /health}: 200 with the store's graphs and data version, or 503 when the store does not answer. */
final class HealthServlet extends HttpServlet {
    private final HealthService health;

    HealthServlet(ApiContext ctx) {
        this.health = new HealthService(ctx.access(), ctx.timeoutMillis());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Health h = health.check();
        response.setStatus(h.storeOpen() ? 200 : 503);
        response.setContentType("application/json");
        response.setCharacterEncoding("utf-8");
        response.setHeader("Cache-Control", "no-cache");
        JsonReportRenderer.mapper().writeValue(response.getWriter(), h);
    }
}
