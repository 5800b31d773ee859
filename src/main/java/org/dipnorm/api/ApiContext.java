package org.dipnorm.api;

import org.apache.jena.rdfconnection.RDFConnection;
import org.dipnorm.query.NamedQueryRunner;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.service.PerVersionResults;
import org.dipnorm.store.StoreAccess;

/**
 * What every API servlet shares: how to reach the store, the named queries, the timeout of each
 * service query, the default page size and the hard maximum of rows any answer holds.
 */
public record ApiContext(StoreAccess access, QueryCatalog catalog, long timeoutMillis, int defaultLimit, int maxRows,
        boolean textIndex) {
    /** Without a text index (a remote endpoint, or a dataset without one): search scans. */
    public ApiContext(StoreAccess access, QueryCatalog catalog, long timeoutMillis, int defaultLimit, int maxRows) {
        this(access, catalog, timeoutMillis, defaultLimit, maxRows, false);
    }

    public ApiContext {
        if (defaultLimit < 1 || maxRows < defaultLimit) {
            throw new IllegalArgumentException("defaultLimit=" + defaultLimit + ", maxRows=" + maxRows
                    + ": need 1 <= defaultLimit <= maxRows");
        }
    }

    /** A runner over a new connection; the caller closes the connection. */
    NamedQueryRunner runner(RDFConnection connection) {
        return new NamedQueryRunner(connection, timeoutMillis);
    }

    /** The rows of the whole-graph queries, once per data version (kept by the store access's {@code DataState}). */
    PerVersionResults cached() {
        return new PerVersionResults(access.data(), catalog);
    }
}
