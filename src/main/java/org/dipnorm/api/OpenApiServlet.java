package org.dipnorm.api;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /api/openapi.json}: the OpenAPI 3 description of the JSON API (a resource, checked against the routes by a test). */
final class OpenApiServlet extends HttpServlet {
    static final String RESOURCE = "/org/dipnorm/api/openapi.json";
    private final byte[] document;

    OpenApiServlet() {
        try (InputStream in = OpenApiServlet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setContentType("application/json");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.getOutputStream().write(document);
    }
}
