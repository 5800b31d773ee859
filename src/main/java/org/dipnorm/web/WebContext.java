package org.dipnorm.web;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dipnorm.query.QueryCatalog;

/** What the linked-data servlets share: the store, the named queries and the public base URL (--base). */
public record WebContext(DatasetGraph dataset, QueryCatalog catalog, String configuredBase) {
    public RDFConnection connect() {
        return RDFConnection.connect(DatasetFactory.wrap(dataset));
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
