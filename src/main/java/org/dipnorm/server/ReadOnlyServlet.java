package org.dipnorm.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Answers the update route of a read-only server with 403 and a sentence saying why, instead of a bare 404. */
final class ReadOnlyServlet extends HttpServlet {
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println("This DipNorm endpoint is read-only: SPARQL Update and graph-store writes are refused.");
    }
}
