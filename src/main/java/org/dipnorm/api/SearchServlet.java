package org.dipnorm.api;

import java.util.Set;
import org.apache.jena.rdfconnection.RDFConnection;
import org.dipnorm.service.SearchService;

/** {@code GET /api/search?q=TEXT[&limit=&offset=]}: labels and attested quotes that contain the text. */
final class SearchServlet extends ApiServlet {
    SearchServlet(ApiContext ctx) {
        super(ctx);
    }

    @Override
    protected Object answer(ApiRequest request, RDFConnection connection) {
        request.onlyParams(Set.of("q", "limit", "offset"));
        String q = request.param("q");
        long limit = request.limit(ctx);
        long offset = request.offset();
        return new SearchService(ctx.runner(connection), ctx.catalog(), ctx.textIndex()).search(q, offset, limit, ctx.maxRows());
    }
}
