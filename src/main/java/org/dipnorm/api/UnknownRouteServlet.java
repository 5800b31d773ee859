package org.dipnorm.api;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.dipnorm.server.Problems;

/** Any other path below {@code /api/}: 404 as problem JSON, pointing at the OpenAPI document. */
final class UnknownRouteServlet extends HttpServlet {
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Problems.send(response, 404, "Not found", request.getRequestURI() + ": no such API route; see /api/openapi.json",
                request.getRequestURI());
    }
}
