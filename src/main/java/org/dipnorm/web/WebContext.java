package org.dipnorm.web;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.store.DataVersion;
import org.dipnorm.store.StoreAccess;

/**
 * What the linked-data servlets share: the way to the data (embedded or remote), the embedded
 * dataset if there is one, the named queries and the public base URL (--base).
 */
public record WebContext(StoreAccess access, DatasetGraph dataset, QueryCatalog catalog, String configuredBase, long pageCacheBytes) {
    /** The default room for rendered resource pages, kept per data version ({@code serve --page-cache}). */
    public static final long DEFAULT_PAGE_CACHE_BYTES = 64L << 20;

    public WebContext(StoreAccess access, DatasetGraph dataset, QueryCatalog catalog, String configuredBase) {
        this(access, dataset, catalog, configuredBase, DEFAULT_PAGE_CACHE_BYTES);
    }

    public RDFConnection connect() {
        return access.connect();
    }

    /** The data version (content hash, time of the last write) from the store's load record, re-read only after a write. */
    public DataVersion dataVersion() {
        return access.data().version();
    }

    /** Triples per graph, instances per class and the precedents, computed once per data version. */
    GraphStatistics statistics() {
        return access.data().perVersion(GraphStatistics.KEY, this::computeStatistics);
    }

    /** Starts computing the whole-graph figures now, and again after every write to the embedded store. */
    void precomputeStatistics() {
        access.data().precompute(GraphStatistics.KEY, this::computeStatistics);
    }

    private GraphStatistics computeStatistics(RDFConnection conn) {
        return GraphStatistics.compute(catalog, access.data().graphCounts(), conn);
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
