package org.dipnorm.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** {@code /id/{path}}: 303 See Other to {@code /page/{path}} (HTML) or {@code /data/{path}} (RDF) by {@code Accept}. */
final class IdServlet extends HttpServlet {
    private final WebContext context;

    IdServlet(WebContext context) {
        this.context = context;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        response.setHeader("Vary", "Accept");
        List<Variant> offers = List.of(Variant.values());
        Optional<Variant> v = ContentNegotiation.choose(request.getHeader("Accept"), offers);
        if (v.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().println(ContentNegotiation.notAcceptable(offers));
            return;
        }
        String base = context.base(request);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", base + (v.get().isRdf() ? "/data/" : "/page/") + path);
    }
}
