package org.dipnorm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.jena.sys.JenaSystem;
import org.dipnorm.UsageException;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.server.DipnormServer;
import org.dipnorm.store.DipnormStore;
import org.dipnorm.vocab.Graphs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serve}: load the store if the files changed, then serve SPARQL over HTTP until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Load ontology/ and data/ into the store when they changed, and serve SPARQL (read-only) over HTTP.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "localhost",
            description = "Address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--base", paramLabel = "URL",
            description = "Public base URL that https://w3id.org/dipnorm/ IRIs map to in links (default: the URL each request came to).")
    String base;

    @Option(names = "--query-timeout", paramLabel = "MS", defaultValue = "30000",
            description = "SPARQL query timeout in milliseconds (default: ${DEFAULT-VALUE}).")
    long queryTimeout;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Run the API and reports against this SPARQL 1.1 query endpoint instead of the embedded store; "
                    + "its default graph must be the union of the named graphs.")
    String endpoint;

    @Option(names = "--allow-update",
            description = "Open /dipnorm/update and /dipnorm/data (graph store) to the users of --password-file, "
                    + "with HTTP Basic on a loopback address; without it every write is refused.")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users allowed to write with --allow-update, one 'user: password' line each (Jetty's format).")
    Path passwordFile;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "1000",
            description = "The most rows an API answer or named-query page holds (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "1048576",
            description = "The largest request body accepted; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Option(names = "--page-cache", paramLabel = "MiB", defaultValue = "64",
            description = "Room for rendered resource pages, kept until the data changes; 0 renders every page on every request "
                    + "(default: ${DEFAULT-VALUE}).")
    long pageCacheMegabytes;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "" + DipnormServer.DEFAULT_THREADS,
            description = "Jetty worker threads, the most requests handled at once; a request that finds them all busy waits "
                    + "unread, and its connection is closed after 30 s idle (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        if (allowUpdate != (passwordFile != null)) {
            throw new UsageException("--allow-update and --password-file go together: writes need users who log in");
        }
        // The named queries are parsed while the store opens; Jena is initialized first, in this thread,
        // so that no two threads run its static initializers at once.
        JenaSystem.init();
        CompletableFuture<QueryCatalog> catalog = CompletableFuture.supplyAsync(() -> QueryCatalog.load(store.sources().queriesDir()));
        CompletableFuture<Void> fusekiClasses = DipnormServer.preload();
        DipnormServer.Builder builder = DipnormServer.create().port(port).host(host).queryTimeoutMillis(queryTimeout)
                .maxRows(maxRows).maxRequestBytes(maxRequestBytes).pageCacheMegabytes(pageCacheMegabytes).threads(threads);
        if (allowUpdate) {
            builder.allowUpdate(passwordFile);
        }
        if (endpoint != null) {
            fusekiClasses.join();
            DipnormServer server = builder.endpoint(endpoint).queries(join(catalog)).build().start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "dipnorm-shutdown"));
            out.printf("DipNorm is serving the API and reports over %s (started in %d ms)%n", endpoint,
                    (System.nanoTime() - start) / 1_000_000);
            printRoutes(out, server);
            server.join();
            return DipnormCli.OK;
        }
        DipnormStore db = StoreSetup.openUpToDate(store, spec.commandLine().getErr());
        DipnormServer server;
        try {
            fusekiClasses.join();
            server = builder.dataset(db.datasetGraph()).afterWrite(db::recordWrite).queries(join(catalog)).base(base).build().start();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            db.close();
        }, "dipnorm-shutdown"));
        out.printf("DipNorm is serving %,d curated and %,d ontology triples from %s (started in %d ms)%n",
                db.size(Graphs.CURATED), db.size(Graphs.ONTOLOGY), store.db, (System.nanoTime() - start) / 1_000_000);
        out.println("  SPARQL endpoint (read-only)  " + server.sparqlUrl());
        out.println("  Graph store (read)           " + server.baseUrl() + DipnormServer.DATASET + "/get");
        if (allowUpdate) {
            out.println("  SPARQL Update (Basic auth)   " + server.baseUrl() + DipnormServer.DATASET + "/update");
            out.println("  Graph store (Basic auth)     " + server.baseUrl() + DipnormServer.DATASET + "/data");
        }
        printRoutes(out, server);
        server.join();
        return DipnormCli.OK;
    }

    /** The future's value, or the exception it failed with (an InputException for a query that does not parse). */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static void printRoutes(PrintWriter out, DipnormServer server) {
        out.println("  Resource pages               " + server.baseUrl() + "/page/mission/united-states-liaison-office-beijing");
        out.println("  JSON API                     " + server.baseUrl() + "/api/processes  (OpenAPI: /api/openapi.json)");
        out.println("  Health                       " + server.baseUrl() + "/health");
        out.println("  Comparison report            " + server.baseUrl()
                + "/reports/compare?process=us-china-1971&process=us-vietnam-1975&process=us-dprk-1994");
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }
}
