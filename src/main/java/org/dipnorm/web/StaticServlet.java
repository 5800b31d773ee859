package org.dipnorm.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * {@code /static/yasgui/4.5.0/…}: the SPARQL editor's bundle from its WebJar on the classpath,
 * cached for a year (the version is in the path, so a new version is a new URL).
 */
final class StaticServlet extends HttpServlet {
    static final String YASGUI = "/static/yasgui/4.5.0/";
    private static final String ROOT = "META-INF/resources/webjars/zazuko__yasgui/4.5.0/build/";
    private static final Map<String, String> FILES = Map.of("yasgui.min.js", "text/javascript;charset=utf-8",
            "yasgui.min.css", "text/css;charset=utf-8");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        String name = path.startsWith(YASGUI) ? path.substring(YASGUI.length()) : "";
        String type = FILES.get(name);
        InputStream in = type == null ? null : getClass().getClassLoader().getResourceAsStream(ROOT + name);
        if (in == null) {
            DataServlet.plain(response, HttpServletResponse.SC_NOT_FOUND, "No such file: " + path);
            return;
        }
        try (in) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(type);
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
            in.transferTo(response.getOutputStream());
        }
    }
}
