package org.dipnorm.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.dipnorm.store.DataVersion;

/**
 * ETag and Last-Modified tied to the data version for pages, data, search and reports: a client
 * revalidating with {@code If-None-Match} (or {@code If-Modified-Since}) gets 304 without the
 * page being rebuilt. The ETag covers the URL and the Accept header, since /id and /data negotiate.
 */
final class ConditionalGetFilter implements Filter {
    private final WebContext context;

    ConditionalGetFilter(WebContext context) {
        this.context = context;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        DataVersion version = context.dataVersion();
        String variant = request.getRequestURI() + "?" + Objects.toString(request.getQueryString(), "") + " " + Objects.toString(
                request.getHeader("Accept"), "");
        String etag = "\"" + version.hash().substring(0, Math.min(16, version.hash().length())) + "-"
                + Long.toHexString(version.loadedAt().toEpochMilli()) + "-" + Integer.toHexString(variant.hashCode()) + "\"";
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", version.lastModifiedMillis());
        response.setHeader("Cache-Control", "no-cache");
        String ifNoneMatch = request.getHeader("If-None-Match");
        long ifModifiedSince = ifNoneMatch == null ? request.getDateHeader("If-Modified-Since") : -1;
        boolean fresh = ifNoneMatch != null ? ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*")
                : ifModifiedSince >= 0 && version.lastModifiedMillis() <= ifModifiedSince;
        if (fresh) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        chain.doFilter(req, res);
    }
}
