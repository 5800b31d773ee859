package org.dipnorm.api;

import java.util.Set;
import org.apache.jena.rdfconnection.RDFConnection;
import org.dipnorm.ParameterException;
import org.dipnorm.service.StateService;

/** {@code GET /api/states/{slug}}: a state with its missions, events and processes. */
final class StatesServlet extends ApiServlet {
    StatesServlet(ApiContext ctx) {
        super(ctx);
    }

    @Override
    protected Object answer(ApiRequest request, RDFConnection connection) {
        request.onlyParams(Set.of());
        String slug = request.pathTail();
        if (slug.isEmpty()) {
            throw new ParameterException("slug", "slug: name a state, e.g. /api/states/china");
        }
        return new StateService(ctx.runner(connection), ctx.catalog()).get(slug, ctx.maxRows());
    }
}
