package org.dipnorm.api;

import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * Mounts the JSON API, {@code /health} and the request log on a Fuseki server builder.
 *
 * <pre>ApiRoutes.mount(fusekiBuilder, new ApiContext(access, catalog, 30_000, 50, 1000));</pre>
 */
public final class ApiRoutes {
    /** The API's routes as OpenAPI paths; the test checks {@code /api/openapi.json} against this list. */
    public static final List<String> PATHS = List.of("/api/processes", "/api/processes/{id}", "/api/states/{slug}",
            "/api/compare", "/api/search", "/api/queries", "/api/queries/{name}", "/api/openapi.json", "/health");

    private ApiRoutes() {}

    public static void mount(FusekiServer.Builder builder, ApiContext ctx) {
        ProcessesServlet processes = new ProcessesServlet(ctx);
        QueriesServlet queries = new QueriesServlet(ctx);
        builder.addServlet("/api/processes", processes)
                .addServlet("/api/processes/*", processes)
                .addServlet("/api/states/*", new StatesServlet(ctx))
                .addServlet("/api/compare", new CompareServlet(ctx))
                .addServlet("/api/search", new SearchServlet(ctx))
                .addServlet("/api/queries", queries)
                .addServlet("/api/queries/*", queries)
                .addServlet("/api/openapi.json", new OpenApiServlet())
                .addServlet("/api/*", new UnknownRouteServlet())
                .addServlet("/health", new HealthServlet(ctx));
        RequestLogFilter log = new RequestLogFilter();
        for (String path : List.of("/api/*", "/reports/*", "/health")) {
            builder.addFilter(path, log);
        }
    }
}
