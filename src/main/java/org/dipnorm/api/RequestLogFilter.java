package org.dipnorm.api;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request to DipNorm's own routes: method, path, status and milliseconds (Fuseki
 * logs its SPARQL requests itself). The query string is left out: it may hold any user text.
 */
public final class RequestLogFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger("org.dipnorm.request");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(req, res);
        } finally {
            if (req instanceof HttpServletRequest request && res instanceof HttpServletResponse response) {
                LOG.info("{} {} {} {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                        (System.nanoTime() - start) / 1_000_000);
            }
        }
    }
}
