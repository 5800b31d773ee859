package org.dipnorm.api;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.rdfconnection.RDFConnection;
import org.dipnorm.report.JsonReportRenderer;
import org.dipnorm.server.Problems;

/**
 * Base of the JSON routes: GET only, the answer is a record written by the shared mapper, and any
 * exception becomes {@code application/problem+json} with the status its type maps to.
 */
abstract class ApiServlet extends HttpServlet {
    protected final ApiContext ctx;

    ApiServlet(ApiContext ctx) {
        this.ctx = ctx;
    }

    /** The answer to a GET, to be written as JSON. */
    protected abstract Object answer(ApiRequest request, RDFConnection connection);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
                response.setHeader("Allow", "GET, HEAD");
                Problems.send(response, 405, "Method not allowed", request.getMethod() + ": the API is read-only and answers GET",
                        request.getRequestURI());
                return;
            }
            Object body;
            try (RDFConnection connection = ctx.access().connect()) {
                body = answer(new ApiRequest(request), connection);
            }
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/json");
            response.setCharacterEncoding("utf-8");
            response.setHeader("Cache-Control", "no-cache");
            JsonReportRenderer.mapper().writeValue(response.getWriter(), body);
        } catch (RuntimeException e) {
            Problems.send(response, e, request);
        }
    }
}
