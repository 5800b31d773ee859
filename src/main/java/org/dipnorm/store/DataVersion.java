package org.dipnorm.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;

/** The version of the data a response is made from: the content hash and time of the last write (the load record). */
public record DataVersion(String hash, Instant loadedAt) {
    private static final String QUERY = """
            SELECT ?hash ?modified WHERE { GRAPH <https://w3id.org/dipnorm/graph/meta> {
              OPTIONAL { <https://w3id.org/dipnorm/id/load/files> <https://w3id.org/dipnorm/ontology#contentHash> ?hash }
              OPTIONAL { <https://w3id.org/dipnorm/id/load/files> <http://purl.org/dc/terms/modified> ?modified } } }""";

    /** Last-Modified has whole seconds: the time of the last write, truncated to them. */
    public long lastModifiedMillis() {
        return loadedAt.truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
    }

    /** Reads the load record; a store never loaded has version "none" at the epoch. */
    public static DataVersion of(RDFConnection conn) {
        return of(conn, -1);
    }

    /** The same, giving up after {@code timeoutMillis} (none if negative). */
    public static DataVersion of(RDFConnection conn, long timeoutMillis) {
        return Txn.calculateRead(conn, () -> {
            try (QueryExecution exec = conn.newQuery().query(QUERY).timeout(timeoutMillis).build()) {
                ResultSet rs = exec.execSelect();
                QuerySolution row = rs.hasNext() ? rs.next() : null;
                String hash = row != null && row.contains("hash") ? row.getLiteral("hash").getLexicalForm() : "none";
                Instant at = row != null && row.contains("modified") ? Instant.parse(row.getLiteral("modified").getLexicalForm()) : Instant.EPOCH;
                return new DataVersion(hash, at);
            }
        });
    }
}
