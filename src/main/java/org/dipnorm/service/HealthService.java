package org.dipnorm.service;

import java.time.Instant;
import java.util.Map;
import org.apache.jena.rdfconnection.RDFConnection;
import org.dipnorm.store.DataVersion;
import org.dipnorm.store.StoreAccess;

/**
 * What {@code /health} says: whether the store answers, the triples in each named graph, and the data
 * version (the content hash of the files of the last load). The same SPARQL runs locally and remotely.
 */
public final class HealthService {
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
            // read now, not from the per-version cache: this is the check that the store answers
            DataVersion version = DataVersion.of(conn, timeoutMillis);
            boolean loaded = !version.hash().equals("none");
            // Counting every triple is a whole-store scan: done once per data version, not per health check.
            Map<String, Long> graphs = access.data().graphCounts();
            return new Health("ok", access.mode(), access.location(), true, graphs, loaded ? version.hash() : null,
                    version.loadedAt().equals(Instant.EPOCH) ? null : version.loadedAt().toString(), null);
        } catch (RuntimeException e) {
            return new Health("unavailable", access.mode(), access.location(), false, Map.of(), null, null,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
