package org.dipnorm.service;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.dipnorm.service.ReportModel.When;

/** Reading values out of result rows, the same way for every service. */
final class Rows {
    private Rows() {}

    static List<QuerySolution> list(ResultSet rs) {
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    /** The lexical form of a literal, or the IRI of a resource; null when unbound. */
    static String text(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n == null ? null : n.isLiteral() ? ((Literal) n).getLexicalForm() : n.toString();
    }

    static String uri(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : null;
    }

    static int integer(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n == null ? 0 : n.asLiteral().getInt();
    }

    /**
     * The date of a row with {@code ?date ?precision ?earliest ?latest}: the date at its precision, or
     * "earliest/latest" for an interval; null when the row has no bounds.
     */
    static When when(QuerySolution r) {
        if (!r.contains("earliest")) {
            return null;
        }
        String earliest = text(r, "earliest");
        String latest = text(r, "latest");
        return new When(r.contains("date") ? text(r, "date") : earliest + "/" + latest, text(r, "precision"), earliest, latest);
    }
}
