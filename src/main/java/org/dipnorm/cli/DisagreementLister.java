package org.dipnorm.cli;

import java.io.PrintWriter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.util.FmtUtils;
import org.dipnorm.vocab.Prefixes;

/**
 * Prints every {@code dipn:Disagreement}: what differs, then each side (an event or an appointment)
 * with its label, and each attestation with its source's address and quote.
 */
final class DisagreementLister {
    private static final String QUERY = """
            PREFIX dipn: <https://w3id.org/dipnorm/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX schema: <http://schema.org/>
            SELECT ?d ?label ?note ?side ?sideLabel ?url ?locator WHERE {
              ?d a dipn:Disagreement ; rdfs:label ?label .
              OPTIONAL { ?d skos:note ?note }
              { ?d dipn:compares ?side . OPTIONAL { ?side rdfs:label ?sideLabel } }
              UNION
              { ?d dipn:attestedBy ?a . ?a prov:wasQuotedFrom/schema:url ?url . OPTIONAL { ?a dipn:locator ?locator } }
            } ORDER BY ?d ?side ?url""";

    private final Dataset dataset;

    DisagreementLister(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Prints the list and a count; call inside a read transaction. */
    void print(PrintWriter out) {
        int count = 0;
        String current = null;
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(QUERY).build()) {
            ResultSet rows = exec.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                String d = FmtUtils.stringForNode(row.get("d").asNode(), Prefixes.DIPNORM);
                if (!d.equals(current)) {
                    current = d;
                    count++;
                    out.printf("%n%s  %s%n", d, row.getLiteral("label").getString());
                    if (row.contains("note")) {
                        out.printf("    %s%n", row.getLiteral("note").getString());
                    }
                }
                if (row.contains("side")) {
                    out.printf("    side:   %s%s%n", FmtUtils.stringForNode(row.get("side").asNode(), Prefixes.DIPNORM),
                            row.contains("sideLabel") ? "  " + row.getLiteral("sideLabel").getString() : "");
                } else {
                    out.printf("    source: %s%s%n", row.getResource("url").getURI(),
                            row.contains("locator") ? "  (" + row.getLiteral("locator").getString() + ")" : "");
                }
            }
        }
        out.printf("%n%d disagreement(s)%n", count);
    }
}
