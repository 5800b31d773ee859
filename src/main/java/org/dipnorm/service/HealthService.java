package org.dipnorm.service;

import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.dipnorm.store.StoreAccess;

/**
 * What {@code /health} says: whether the store answers, the triples in each named graph, and the data
 * version (the content hash of the files of the last load). The same SPARQL runs locally and remotely.
 */
public final class HealthService {
    private static final String VERSION = """
            SELECT ?hash ?loaded { GRAPH <https://w3id.org/dipnorm/graph/meta> {
              <https://w3id.org/dipnorm/id/load/files> <https://w3id.org/dipnorm/ontology#contentHash> ?hash .
              OPTIONAL { <https://w3id.org/dipnorm/id/load/files> <http://purl.org/dc/terms/modified> ?loaded } } }""";

    /** The answer: {@code status} "ok" or "unavailable" (then {@code error} says why). */
    public record Health(String status, String mode, String location, boolean storeOpen, Map<String, Long> graphs,
            String dataVersion, String loadedAt, String error) {}

    private final StoreAccess access;
    private final long timeoutMillis;

    public HealthService(StoreAccess access, long timeoutMillis) {
        this.access = access;
        this.timeoutMillis = timeoutMillis;
    }

    public Health check() {
        try (RDFConnection conn = access.connect()) {
            String[] version = new String[2];
            Txn.executeRead(conn, () -> {
                try (QueryExecution qe = conn.newQuery().query(VERSION).timeout(timeoutMillis).build()) {
                    ResultSet rs = qe.execSelect();
                    if (rs.hasNext()) {
                        QuerySolution r = rs.next();
                        version[0] = r.getLiteral("hash").getLexicalForm();
                        version[1] = r.contains("loaded") ? r.getLiteral("loaded").getLexicalForm() : null;
                    }
                }
            });
            // Counting every triple is a whole-store scan: done once per data version, not per health check.
            Map<String, Long> graphs = access.data().graphCounts();
            return new Health("ok", access.mode(), access.location(), true, graphs, version[0], version[1], null);
        } catch (RuntimeException e) {
            return new Health("unavailable", access.mode(), access.location(), false, Map.of(), null, null,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
