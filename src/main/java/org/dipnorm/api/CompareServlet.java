package org.dipnorm.api;

import java.util.List;
import java.util.Set;
import org.apache.jena.rdfconnection.RDFConnection;
import org.dipnorm.ParameterException;
import org.dipnorm.service.ComparisonService;

/** {@code GET /api/compare?process=a&process=b…[&as-of=YYYY-MM-DD]}: the comparison report's model, as the report's JSON. */
final class CompareServlet extends ApiServlet {
    /** More processes than this in one comparison is refused: each costs four queries. */
    static final int MAX_PROCESSES = 20;

    CompareServlet(ApiContext ctx) {
        super(ctx);
    }

    @Override
    protected Object answer(ApiRequest request, RDFConnection connection) {
        request.onlyParams(Set.of("process", "as-of"));
        String[] ids = request.rawValues("process");
        if (ids.length > MAX_PROCESSES) {
            throw new ParameterException("process", "process: at most " + MAX_PROCESSES + " processes in one comparison, got " + ids.length);
        }
        return new ComparisonService(ctx.runner(connection), ctx.catalog()).compare(List.of(ids), ComparisonService.asOf("as-of", request.param("as-of")));
    }

}
