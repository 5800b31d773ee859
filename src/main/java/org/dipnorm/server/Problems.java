package org.dipnorm.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.dipnorm.NotFoundException;
import org.dipnorm.ParameterException;
import org.dipnorm.UsageException;
import org.dipnorm.report.JsonReportRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RFC 9457 problem details: {@code application/problem+json} with type, title, status, detail and
 * instance, and {@code parameter} naming a bad parameter. The status comes from the exception's type.
 */
public final class Problems {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {}

    /** A problem with a given status. */
    public static void send(HttpServletResponse response, int status, String title, String detail, String instance)
            throws IOException {
        send(response, status, title, detail, instance, null);
    }

    /**
     * Answers a failed request: 404 for {@link NotFoundException}, 400 for other {@link UsageException}s,
     * 503 for a query cut by its timeout, 502 when a remote endpoint failed, 500 otherwise (logged).
     */
    public static void send(HttpServletResponse response, Throwable e, HttpServletRequest request) throws IOException {
        String instance = request.getRequestURI();
        if (e instanceof NotFoundException) {
            send(response, 404, "Not found", e.getMessage(), instance, null);
        } else if (e instanceof UsageException u) {
            send(response, 400, "Bad request", u.getMessage(), instance,
                    u instanceof ParameterException p ? p.parameter() : null);
        } else if (e instanceof TextIndexParseException) {
            // a full-text query (the search named query) that Lucene cannot parse is the caller's input
            send(response, 400, "Bad request", "q: not a valid full-text query (" + e.getMessage().replace('\n', ' ') + ")", instance, "q");
        } else if (e instanceof QueryCancelledException) {
            send(response, 503, "Query timeout", "the query took longer than the server's query timeout and was cut; "
                    + "narrow it or ask for fewer rows", instance, null);
        } else if (e instanceof QueryExceptionHTTP q) {
            LOG.warn("{} {}: the SPARQL endpoint answered {} {}", request.getMethod(), instance, q.getStatusCode(), q.getMessage());
            send(response, q.getStatusCode() == 503 ? 503 : 502, "SPARQL endpoint failed",
                    "the SPARQL endpoint answered " + q.getStatusCode() + ": " + q.getMessage(), instance, null);
        } else {
            LOG.error("{} {} failed", request.getMethod(), instance, e);
            send(response, 500, "Internal error", e.getClass().getSimpleName() + ": " + e.getMessage(), instance, null);
        }
    }

    private static void send(HttpServletResponse response, int status, String title, String detail, String instance,
            String parameter) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", instance);
        if (parameter != null) {
            problem.put("parameter", parameter);
        }
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("utf-8");
        JsonReportRenderer.mapper().writeValue(response.getWriter(), problem);
    }
}
