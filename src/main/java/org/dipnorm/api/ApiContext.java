package org.dipnorm.api;

import org.apache.jena.rdfconnection.RDFConnection;
import org.dipnorm.query.NamedQueryRunner;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.store.StoreAccess;

/**
 * What every API servlet shares: how to reach the store, the named queries, the timeout of each
 * service query, the default page size and the hard maximum of rows any answer holds.
 */
public record ApiContext(StoreAccess access, QueryCatalog catalog, long timeoutMillis, int defaultLimit, int maxRows) {
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
}
