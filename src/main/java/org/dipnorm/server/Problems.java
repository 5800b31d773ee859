package org.dipnorm.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** RFC 9457 problem details: {@code application/problem+json} with type, title, status, detail and instance. */
final class Problems {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Problems() {}

    static void send(HttpServletResponse response, int status, String title, String detail, String instance) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", instance);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("utf-8");
        MAPPER.writeValue(response.getWriter(), problem);
    }
}
