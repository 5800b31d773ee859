package org.dipnorm.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dipnorm.UsageException;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.web.CorsFilter;
import org.dipnorm.web.LinkedDataRoutes;
import org.dipnorm.web.ServiceDescriptionFilter;
import org.dipnorm.web.WebContext;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The DipNorm HTTP server: embedded Fuseki serving {@code /dipnorm/sparql}, {@code /dipnorm/query}
 * and {@code /dipnorm/get}, read-only, with a query timeout and no SPARQL {@code SERVICE} calls.
 *
 * <pre>DipnormServer server = DipnormServer.create().port(0).dataset(dsg).build().start();</pre>
 */
public final class DipnormServer {
    public static final String DATASET = "/dipnorm";

    private final FusekiServer fuseki;
    private final String host;

    private DipnormServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    public static Builder create() {
        return new Builder();
    }

    public DipnormServer start() {
        fuseki.start();
        return this;
    }

    public void stop() {
        fuseki.stop();
    }

    public void join() {
        fuseki.join();
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The server's root URL, e.g. {@code http://localhost:3030}. */
    public String baseUrl() {
        String h = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        return "http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + port();
    }

    public String sparqlUrl() {
        return baseUrl() + DATASET + "/sparql";
    }

    /** Builds a server; setters check their argument and return {@code this}. */
    public static final class Builder {
        private int port = 3030;
        private String host = "localhost";
        private DatasetGraph dataset;
        private long queryTimeoutMillis = 30_000;
        private QueryCatalog catalog;
        private String base;

        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new UsageException("--port=" + port + ": a port is 0 (any free port) to 65535");
            }
            this.port = port;
            return this;
        }

        public Builder host(String host) {
            try {
                InetAddress.getByName(host);
            } catch (UnknownHostException e) {
                throw new UsageException("--host=" + host + ": not an address or a known host name");
            }
            this.host = host;
            return this;
        }

        public Builder dataset(DatasetGraph dataset) {
            this.dataset = dataset;
            return this;
        }

        /** The named queries; with them the server also answers {@code /reports/compare}. */
        public Builder queries(QueryCatalog catalog) {
            this.catalog = catalog;
            return this;
        }

        /** The public base URL that canonical IRIs map to (e.g. behind a proxy); default: the URL a request came to. */
        public Builder base(String base) {
            if (base != null && !base.matches("https?://[^\\s]+")) {
                throw new UsageException("--base=" + base + ": give an http(s) URL such as https://dipnorm.example.org");
            }
            this.base = base == null ? null : base.replaceFirst("/+$", "");
            return this;
        }

        public Builder queryTimeoutMillis(long millis) {
            if (millis <= 0) {
                throw new UsageException("--query-timeout=" + millis + ": must be a positive number of milliseconds");
            }
            this.queryTimeoutMillis = millis;
            return this;
        }

        public DipnormServer build() {
            if (dataset == null) {
                throw new IllegalStateException("DipnormServer needs a dataset");
            }
            // No SPARQL SERVICE to other hosts, from the endpoint or from anything else in this JVM.
            ARQ.globalServiceAllowed = false;
            ARQ.getContext().set(ARQ.httpServiceAllowed, false);
            dataset.getContext().set(ARQ.httpServiceAllowed, false);
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeoutMillis));
            FusekiServer.Builder builder = FusekiServer.create()
                    .port(port)
                    .loopback(isLoopback(host))
                    .add(DATASET, dataset, false)
                    .addServlet(DATASET + "/update", new ReadOnlyServlet())
                    .enableCors(false)
                    .addFilter(DATASET + "/*", new CorsFilter())
                    .addFilter(DATASET + "/sparql", new ServiceDescriptionFilter())
                    .addFilter(DATASET + "/query", new ServiceDescriptionFilter())
                    .enablePing(true);
            if (catalog != null) {
                builder.addServlet("/reports/compare", new ReportServlet(dataset, catalog));
                WebContext web = new WebContext(dataset, catalog, base);
                LinkedDataRoutes.of(web).forEach(builder::addServlet);
                LinkedDataRoutes.filters(web).forEach(builder::addFilter);
            }
            FusekiServer fuseki = builder.build();
            if (!isLoopback(host)) {
                for (Connector c : fuseki.getJettyServer().getConnectors()) {
                    if (c instanceof ServerConnector sc) {
                        sc.setHost(host.equals("0.0.0.0") ? null : host);
                    }
                }
            }
            return new DipnormServer(fuseki, host);
        }

        private static boolean isLoopback(String host) {
            return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1");
        }
    }
}
