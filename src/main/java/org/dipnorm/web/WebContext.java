package org.dipnorm.web;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.store.StoreAccess;

/**
 * What the linked-data servlets share: the way to the data (embedded or remote), the embedded
 * dataset if there is one, the named queries and the public base URL (--base).
 */
public record WebContext(StoreAccess access, DatasetGraph dataset, QueryCatalog catalog, String configuredBase) {
    public RDFConnection connect() {
        return access.connect();
    }

    /** The data version (content hash, time of the last write) from the store's load record. */
    public DataVersion dataVersion() {
        try (RDFConnection conn = connect()) {
            return DataVersion.of(conn);
        }
    }

    /** The base URL links are made with: --base if given, else the URL the request came to. */
    public String base(HttpServletRequest request) {
        if (configuredBase != null) {
            return configuredBase;
        }
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
    }

    public Links links(HttpServletRequest request) {
        return new Links(base(request));
    }
}
