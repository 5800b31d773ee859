package org.dipnorm.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
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

    @Override
    public Integer call() {
        long start = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        DipnormStore db = StoreSetup.openUpToDate(store, spec.commandLine().getErr());
        DipnormServer server = DipnormServer.create().port(port).host(host).queryTimeoutMillis(queryTimeout)
                .dataset(db.datasetGraph()).queries(QueryCatalog.load(store.sources().queriesDir())).base(base).build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            db.close();
        }, "dipnorm-shutdown"));
        out.printf("DipNorm is serving %,d curated and %,d ontology triples from %s (started in %d ms)%n",
                db.size(Graphs.CURATED), db.size(Graphs.ONTOLOGY), store.db, (System.nanoTime() - start) / 1_000_000);
        out.println("  SPARQL endpoint (read-only)  " + server.sparqlUrl());
        out.println("  Graph store (read)           " + server.baseUrl() + DipnormServer.DATASET + "/get");
        out.println("  Resource pages               " + server.baseUrl() + "/page/mission/united-states-liaison-office-beijing");
        out.println("  Comparison report            " + server.baseUrl()
                + "/reports/compare?process=us-china-1971&process=us-vietnam-1975&process=us-dprk-1994");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
        return DipnormCli.OK;
    }
}
