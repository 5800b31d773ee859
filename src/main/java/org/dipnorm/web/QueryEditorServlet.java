package org.dipnorm.web;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dipnorm.query.NamedQuery;
import org.dipnorm.report.JsonReportRenderer;
import org.dipnorm.vocab.Prefixes;

/**
 * {@code /query}: the YASGUI SPARQL editor on our endpoint, with our prefixes, the named queries as
 * a gallery, no calls to outside services (prefix.cc and LOV autocompletion are off), and IRIs in
 * results opening our pages.
 */
public final class QueryEditorServlet extends HttpServlet {
    private final WebContext context;

    QueryEditorServlet(WebContext context) {
        this.context = context;
    }

    /** What {@code query.jte} reads; the JSON is safe to place inside a script element. */
    public record Editor(Links links, String yasgui, List<NamedQuery> gallery, String galleryJson, String prefixesJson) {}

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<NamedQuery> gallery = context.catalog().all().stream().toList();
        List<Map<String, String>> items = gallery.stream().map(q -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("name", q.name());
            m.put("title", q.title());
            m.put("description", q.description());
            m.put("query", q.text().replaceAll("(?m)^#.*\\R", ""));
            return m;
        }).toList();
        Links links = context.links(request);
        Editor editor = new Editor(links, links.base() + StaticServlet.YASGUI, gallery, scriptSafe(compact().writeValueAsString(items)),
                scriptSafe(compact().writeValueAsString(Prefixes.DIPNORM.getNsPrefixMap())));
        StringOutput out = new StringOutput();
        PageServlet.TEMPLATES.render("query.jte", editor, out);
        response.setContentType("text/html;charset=utf-8");
        response.getWriter().write(out.toString());
    }

    /** The shared ObjectMapper, writing on one line (first used on the first request, not at start-up). */
    private static ObjectWriter compact() {
        return JsonReportRenderer.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);
    }

    /** JSON that cannot close the script element it stands in. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
