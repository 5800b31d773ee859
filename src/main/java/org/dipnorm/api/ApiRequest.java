package org.dipnorm.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.dipnorm.ParameterException;

/** The parameters of an API request, read strictly: each at most once, integers in range, errors naming the parameter. */
final class ApiRequest {
    private final HttpServletRequest request;

    ApiRequest(HttpServletRequest request) {
        this.request = request;
    }

    /** The single value of {@code name}, or null; a repeated parameter is refused. */
    String param(String name) {
        String[] values = request.getParameterValues(name);
        if (values == null) {
            return null;
        }
        if (values.length > 1) {
            throw new ParameterException(name, name + ": give it once, not " + values.length + " times");
        }
        return values[0];
    }

    /** Every value of a repeatable parameter (none: an empty array). */
    String[] rawValues(String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? new String[0] : values;
    }

    /** An integer parameter between {@code min} and {@code max}, {@code fallback} when absent. */
    long integer(String name, long fallback, long min, long max) {
        String v = param(name);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        long n;
        try {
            n = v.length() > 18 ? Long.MIN_VALUE : Long.parseLong(v);
        } catch (NumberFormatException e) {
            n = Long.MIN_VALUE;
        }
        if (n < min || n > max) {
            throw new ParameterException(name, name + "=" + shorten(v) + ": expected an integer from " + min + " to " + max);
        }
        return n;
    }

    long offset() {
        return integer("offset", 0, 0, 1_000_000);
    }

    long limit(ApiContext ctx) {
        return integer("limit", ctx.defaultLimit(), 1, ctx.maxRows());
    }

    /** The path below the servlet's mapping without its leading slash, or "" (e.g. "us-china-1971" for /api/processes/us-china-1971). */
    String pathTail() {
        String info = request.getPathInfo();
        return info == null || info.equals("/") ? "" : info.substring(1);
    }

    /** Every parameter except {@code reserved}, each given once. */
    Map<String, String> paramsExcept(Set<String> reserved) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String name : request.getParameterMap().keySet()) {
            if (!reserved.contains(name)) {
                params.put(name, param(name));
            }
        }
        return params;
    }

    /** Refuses parameters this route does not take, so a typo is not silently ignored. */
    void onlyParams(Set<String> allowed) {
        for (String name : request.getParameterMap().keySet()) {
            if (!allowed.contains(name)) {
                throw new ParameterException(name, shorten(name) + ": not a parameter of " + request.getRequestURI()
                        + "; it takes " + (allowed.isEmpty() ? "none" : String.join(", ", allowed)));
            }
        }
    }

    static String shorten(String value) {
        return value.length() > 80 ? value.substring(0, 80) + "…" : value;
    }
}
