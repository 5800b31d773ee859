package org.dipnorm.api;

import java.util.Set;
import org.apache.jena.rdfconnection.RDFConnection;
import org.dipnorm.service.QueryService;

/**
 * {@code GET /api/queries} (the named queries with their parameters) and
 * {@code GET /api/queries/{name}?param=value…[&limit=&offset=]} (one page of a query's rows).
 */
final class QueriesServlet extends ApiServlet {
    private static final Set<String> PAGING = Set.of("limit", "offset");

    QueriesServlet(ApiContext ctx) {
        super(ctx);
    }

    @Override
    protected Object answer(ApiRequest request, RDFConnection connection) {
        String name = request.pathTail();
        if (name.isEmpty()) {
            request.onlyParams(Set.of());
            return QueryService.list(ctx.catalog());
        }
        long limit = request.limit(ctx);
        long offset = request.offset();
        return new QueryService(ctx.runner(connection), ctx.catalog(), ctx.cached()).run(name, request.paramsExcept(PAGING), offset, limit);
    }
}
