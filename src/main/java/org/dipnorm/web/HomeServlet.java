package org.dipnorm.web;

import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;

/** {@code /}: what is in the graph (named graphs, instances by class), the precedents, and a search box. */
public final class HomeServlet extends HttpServlet {
    private final WebContext context;

    HomeServlet(WebContext context) {
        this.context = context;
    }

    /** What {@code home.jte} reads. */
    public record Home(Links links, Map<String, Long> graphs, List<QuerySolution> classes, List<QuerySolution> processes) {
        /** At most this many precedents are listed on the home page; the rest are one click away, paged. */
        public static final int SHOWN = 100;

        public List<QuerySolution> shownProcesses() {
            return processes.subList(0, Math.min(SHOWN, processes.size()));
        }

        /** The class page that lists every process, paged. */
        public String allProcessesPage() {
            return links.page("https://w3id.org/dipnorm/ontology#NormalizationProcess");
        }

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
        GraphStatistics stats = context.statistics();
        Home home = new Home(context.links(request), stats.graphs(), stats.classes(), stats.processes());
        StringOutput out = new StringOutput();
        PageServlet.TEMPLATES.render("home.jte", home, out);
        response.setContentType("text/html;charset=utf-8");
        response.getWriter().write(out.toString());
    }
}
