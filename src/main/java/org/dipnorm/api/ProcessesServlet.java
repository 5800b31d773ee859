package org.dipnorm.api;

import java.util.Set;
import org.apache.jena.rdfconnection.RDFConnection;
import org.dipnorm.service.ProcessService;
import org.dipnorm.service.StateService;

/** {@code GET /api/processes[?party=SLUG&limit=&offset=]} (a page) and {@code GET /api/processes/{id}} (one process). */
final class ProcessesServlet extends ApiServlet {
    ProcessesServlet(ApiContext ctx) {
        super(ctx);
    }

    @Override
    protected Object answer(ApiRequest request, RDFConnection connection) {
        ProcessService service = new ProcessService(ctx.runner(connection), ctx.catalog(), ctx.cached());
        String id = request.pathTail();
        if (!id.isEmpty()) {
            request.onlyParams(Set.of());
            return service.get(id);
        }
        request.onlyParams(Set.of("party", "limit", "offset"));
        String party = request.param("party");
        long limit = request.limit(ctx);
        long offset = request.offset();
        return service.list(party == null ? null : StateService.stateIri(party), offset, limit);
    }
}
