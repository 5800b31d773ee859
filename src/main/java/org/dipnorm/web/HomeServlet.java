package org.dipnorm.web;

import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdfconnection.RDFConnection;
import org.dipnorm.query.NamedQueryRunner;

/** {@code /}: what is in the graph (named graphs, instances by class), the precedents, and a search box. */
public final class HomeServlet extends HttpServlet {
    private final WebContext context;

    HomeServlet(WebContext context) {
        this.context = context;
    }

    /** What {@code home.jte} reads. */
    public record Home(Links links, List<QuerySolution> graphs, List<QuerySolution> classes, List<QuerySolution> processes) {
        public String text(QuerySolution row, String var) {
            return row.get(var) == null ? "" : row.get(var).isLiteral() ? row.getLiteral(var).getLexicalForm() : row.get(var).toString();
        }

        public String id(QuerySolution row) {
            String iri = row.getResource("process").getURI();
            return iri.substring(iri.lastIndexOf('/') + 1);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRequestURI().length() > 1 && !request.getRequestURI().equals("/")) {
            DataServlet.plain(response, HttpServletResponse.SC_NOT_FOUND, "No such page: " + request.getRequestURI());
            return;
        }
        Home home;
        try (RDFConnection conn = context.connect()) {
            NamedQueryRunner runner = new NamedQueryRunner(conn, 30_000);
            home = new Home(context.links(request), rows(runner, "home-graphs"), rows(runner, "home-classes"), rows(runner, "processes"));
        }
        StringOutput out = new StringOutput();
        PageServlet.TEMPLATES.render("home.jte", home, out);
        response.setContentType("text/html;charset=utf-8");
        response.getWriter().write(out.toString());
    }

    private List<QuerySolution> rows(NamedQueryRunner runner, String name) {
        return ResultSetFormatter.toList(runner.select(context.catalog().get(name).orElseThrow(), Map.of()));
    }
}
