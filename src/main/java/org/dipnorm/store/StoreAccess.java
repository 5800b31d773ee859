package org.dipnorm.store;

import java.net.http.HttpClient;
import java.time.Duration;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * How the services reach the data: the embedded TDB2 dataset in this JVM, or any SPARQL 1.1 query
 * endpoint. Either way they get an {@link RDFConnection} and run the same named queries.
 *
 * <pre>try (RDFConnection conn = StoreAccess.remote("http://host:3030/ds/sparql").connect()) { … }</pre>
 */
public interface StoreAccess {
    /** A new connection; close it after use. */
    RDFConnection connect();

    /** What this is, for logs and {@code /health}: "tdb2" or "remote". */
    String mode();

    /** Where: the store folder or the endpoint URL. */
    String location();

    /** The data version and what is computed once per version of the data (one per store access). */
    DataState data();

    /** The embedded dataset (its union default graph is what the queries see). */
    static StoreAccess local(DatasetGraph dataset, String location) {
        return new StoreAccess() {
            private final DataState data = new DataState(this, dataset, Duration.ZERO);

            @Override
            public RDFConnection connect() {
                return RDFConnection.connect(DatasetFactory.wrap(dataset));
            }

            @Override
            public DataState data() {
                return data;
            }

            @Override
            public String mode() {
                return "tdb2";
            }

            @Override
            public String location() {
                return location;
            }
        };
    }

    /**
     * A SPARQL 1.1 query endpoint. Its default graph must be the union of the named graphs, as in
     * DipNorm's own store (for Fuseki with TDB2: {@code tdb2:unionDefaultGraph true}).
     */
    static StoreAccess remote(String queryEndpoint) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        return new StoreAccess() {
            private final DataState data = new DataState(this, null, Duration.ofSeconds(1));

            @Override
            public DataState data() {
                return data;
            }

            @Override
            public RDFConnection connect() {
                return RDFConnectionRemote.service(queryEndpoint).httpClient(http).build();
            }

            @Override
            public String mode() {
                return "remote";
            }

            @Override
            public String location() {
                return queryEndpoint;
            }
        };
    }
}
