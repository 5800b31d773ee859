package org.dipnorm.server;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.dipnorm.UsageException;
import org.dipnorm.api.ApiContext;
import org.dipnorm.api.ApiRoutes;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.service.PerVersionResults;
import org.apache.jena.query.text.TextQuery;
import org.dipnorm.web.CorsFilter;
import org.dipnorm.web.LinkedDataRoutes;
import org.dipnorm.web.ServiceDescriptionFilter;
import org.dipnorm.web.WebContext;
import org.dipnorm.store.StoreAccess;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * The DipNorm HTTP server: embedded Fuseki serving {@code /dipnorm/sparql}, {@code /dipnorm/query}
 * and {@code /dipnorm/get}, read-only, with a query timeout and no SPARQL {@code SERVICE} calls;
 * with named queries also the JSON API ({@code /api/…}), {@code /health} and {@code /reports/compare}.
 * With {@link Builder#endpoint} the API and reports run against a remote SPARQL endpoint instead, and
 * with {@link Builder#allowUpdate} {@code /dipnorm/update} and {@code /dipnorm/data} accept writes
 * from users of a password file (HTTP Basic, loopback only).
 *
 * <pre>DipnormServer server = DipnormServer.create().port(0).dataset(dsg).build().start();</pre>
 */
public final class DipnormServer {
    public static final String DATASET = "/dipnorm";
    /** Jetty's own default; Fuseki main, unless told, caps Jetty at 20 worker threads. */
    public static final int DEFAULT_THREADS = 200;

    private final FusekiServer fuseki;
    private final String host;
    private final StoreAccess access;

    private DipnormServer(FusekiServer fuseki, String host, StoreAccess access) {
        this.fuseki = fuseki;
        this.host = host;
        this.access = access;
    }

    public static Builder create() {
        return new Builder();
    }

    /**
     * Loads Fuseki's and Jetty's classes on another thread — by building, and dropping, a server that is
     * never started — while the caller opens the store; join it before building the real server, so that
     * the two builds never run at once. Saves a third of a second of start-up on two cores.
     */
    public static CompletableFuture<Void> preload() {
        return CompletableFuture.runAsync(() -> FusekiServer.create().port(0).loopback(true)
                .add("/preload", DatasetGraphFactory.createTxnMem(), false).build())
                .exceptionally(e -> null);
    }

    /** Starts answering; two seconds later the whole-graph figures are computed in the background, so start-up does not wait for them. */
    public DipnormServer start() {
        fuseki.start();
        access.data().startPrecomputing(Duration.ofSeconds(2));
        return this;
    }

    /** Stops answering, and waits for the background computations of whole-graph figures to end. */
    public void stop() {
        fuseki.stop();
        access.data().stopPrecomputing(Duration.ofSeconds(30));
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
        private String endpoint;
        private Path passwordFile;
        private Runnable afterWrite = () -> { };
        private int maxRows = 1000;
        private long maxRequestBytes = 1024 * 1024;
        private long pageCacheBytes = WebContext.DEFAULT_PAGE_CACHE_BYTES;
        private int threads = DEFAULT_THREADS;

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

        /** A remote SPARQL 1.1 query endpoint for the API and reports, instead of an embedded dataset. */
        public Builder endpoint(String url) {
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new UsageException("--endpoint=" + url + ": not a URL");
            }
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new UsageException("--endpoint=" + url + ": expected an http(s) URL of a SPARQL query endpoint, "
                        + "e.g. http://localhost:3030/ds/sparql");
            }
            this.endpoint = url;
            return this;
        }

        /** Opens SPARQL Update and graph-store writes to the users of a Jetty password file ({@code user: password}). */
        public Builder allowUpdate(Path passwordFile) {
            if (passwordFile == null || !Files.isReadable(passwordFile)) {
                throw new UsageException("--password-file=" + passwordFile + ": not a readable file; --allow-update needs "
                        + "one with lines of 'user: password'");
            }
            this.passwordFile = passwordFile;
            return this;
        }

        /**
         * What to run after a successful write through {@code /dipnorm/update} or {@code /dipnorm/data}
         * (the store's {@code recordWrite}: move the data version; the text index is kept up to date by the
         * dataset itself when it is the store's {@code datasetGraph()}).
         */
        public Builder afterWrite(Runnable afterWrite) {
            this.afterWrite = afterWrite;
            return this;
        }

        /** The most rows any API answer or named-query page holds. */
        public Builder maxRows(int rows) {
            if (rows < 50 || rows > 1_000_000) {
                throw new UsageException("--max-rows=" + rows + ": must be 50 to 1000000");
            }
            this.maxRows = rows;
            return this;
        }

        /** The largest request body accepted (413 above it). */
        public Builder maxRequestBytes(long bytes) {
            if (bytes < 1024) {
                throw new UsageException("--max-request-bytes=" + bytes + ": must be at least 1024");
            }
            this.maxRequestBytes = bytes;
            return this;
        }

        /** Room for rendered resource pages, kept until the data changes; 0 renders every page on every request. */
        public Builder pageCacheMegabytes(long megabytes) {
            if (megabytes < 0 || megabytes > 1L << 20) {
                throw new UsageException("--page-cache=" + megabytes + ": must be 0 (no cache) to 1048576 MiB");
            }
            this.pageCacheBytes = megabytes << 20;
            return this;
        }

        /**
         * Jetty's worker threads: the most requests handled at once. A request that finds every worker busy waits
         * unread, and Jetty closes its connection without an answer once it has waited its idle timeout (30 s) —
         * so there must be a worker for every client that may be waiting, e.g. for TDB2's one writer or for the CPU.
         */
        public Builder threads(int threads) {
            if (threads < 8 || threads > 10_000) {
                throw new UsageException("--threads=" + threads + ": must be 8 to 10000");
            }
            this.threads = threads;
            return this;
        }

        public DipnormServer build() {
            if ((dataset == null) == (endpoint == null)) {
                throw new IllegalStateException("DipnormServer needs either a dataset or a remote endpoint");
            }
            if (passwordFile != null && (endpoint != null || !isLoopback(host))) {
                throw new UsageException("--allow-update: only for the embedded store on a loopback address "
                        + "(HTTP Basic sends the password in clear; put a TLS proxy in front to write from elsewhere)");
            }
            // No SPARQL SERVICE to other hosts, from the endpoint or from anything else in this JVM.
            ARQ.globalServiceAllowed = false;
            ARQ.getContext().set(ARQ.httpServiceAllowed, false);
            FusekiServer.Builder builder = FusekiServer.create()
                    .port(port)
                    .loopback(isLoopback(host))
                    .enableCors(false)
                    .addFilter(DATASET + "/*", new CorsFilter())
                    .addFilter(DATASET + "/sparql", new ServiceDescriptionFilter())
                    .addFilter(DATASET + "/query", new ServiceDescriptionFilter())
                    .enablePing(true)
                    .numServerThreads(2, threads);
            StoreAccess access;
            if (dataset != null) {
                dataset.getContext().set(ARQ.httpServiceAllowed, false);
                dataset.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeoutMillis));
                builder.add(DATASET, dataset, false);
                if (passwordFile != null) {
                    builder.addEndpoint(DATASET, "update", Operation.Update, Auth.ANY_USER)
                            .addEndpoint(DATASET, "data", Operation.GSP_RW, Auth.ANY_USER)
                            .passwordFile(passwordFile.toString())
                            .auth(AuthScheme.BASIC)
                            .addFilter(DATASET + "/update", new AfterWriteFilter(afterWrite))
                            .addFilter(DATASET + "/data", new AfterWriteFilter(afterWrite));
                } else {
                    builder.addServlet(DATASET + "/update", new ReadOnlyServlet());
                }
                access = StoreAccess.local(dataset, "embedded TDB2");
            } else {
                access = StoreAccess.remote(endpoint);
            }
            if (catalog != null) {
                boolean textIndex = dataset != null && dataset.getContext().isDefined(TextQuery.textIndex);
                ApiContext ctx = new ApiContext(access, catalog, queryTimeoutMillis, 50, maxRows, textIndex);
                new PerVersionResults(access.data(), catalog).precompute();
                ApiRoutes.mount(builder, ctx);
                WebContext web = new WebContext(access, dataset, catalog, base, pageCacheBytes);
                builder.addServlet("/reports/compare", new ReportServlet(ctx, web));
                LinkedDataRoutes.of(web).forEach(builder::addServlet);
                LinkedDataRoutes.filters(web).forEach(builder::addFilter);
            }
            FusekiServer fuseki = builder.build();
            limitRequestSize(fuseki.getJettyServer(), maxRequestBytes);
            if (!isLoopback(host)) {
                for (Connector c : fuseki.getJettyServer().getConnectors()) {
                    if (c instanceof ServerConnector sc) {
                        sc.setHost(host.equals("0.0.0.0") ? null : host);
                    }
                }
            }
            return new DipnormServer(fuseki, host, access);
        }

        /** Requests with a larger body get 413 before any servlet reads them. */
        private static void limitRequestSize(Server jetty, long maxBytes) {
            SizeLimitHandler limit = new SizeLimitHandler(maxBytes, -1);
            limit.setHandler(jetty.getHandler());
            jetty.setHandler(limit);
        }

        private static boolean isLoopback(String host) {
            return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1");
        }
    }
}
