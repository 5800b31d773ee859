package org.dipnorm.web;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.util.LinkedHashMap;
import java.util.Map;

/** The linked-data routes (path spec → servlet) that the server mounts on Fuseki's Jetty. */
public final class LinkedDataRoutes {
    private LinkedDataRoutes() {}

    public static Map<String, HttpServlet> of(WebContext context) {
        context.precomputeStatistics();
        Map<String, HttpServlet> routes = new LinkedHashMap<>();
        routes.put("/id/*", new IdServlet(context));
        routes.put("/data/*", new DataServlet(context));
        PageServlet page = new PageServlet(context);
        routes.put("/page/*", page);
        routes.put("/page", page);
        routes.put("/search", new SearchServlet(context));
        routes.put("/query", new QueryEditorServlet(context));
        routes.put("/static/*", new StaticServlet());
        VocabularyServlet vocabulary = new VocabularyServlet(context);
        routes.put("/ontology", vocabulary);
        routes.put("/vocab/*", vocabulary);
        routes.put("/.well-known/void", new VoidServlet(context));
        routes.put("", new HomeServlet(context));
        return routes;
    }

    /** Filters (path spec → filter): conditional GET on everything built from the data. */
    public static Map<String, Filter> filters(WebContext context) {
        Map<String, Filter> filters = new LinkedHashMap<>();
        ConditionalGetFilter conditional = new ConditionalGetFilter(context);
        for (String path : new String[] {"/id/*", "/data/*", "/page/*", "/page", "/search", "/reports/*", "/ontology", "/vocab/*",
            "/.well-known/void"}) {
            filters.put(path, conditional);
        }
        return filters;
    }
}
