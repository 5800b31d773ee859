package org.dipnorm.store;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The version of the data the server answers from, and what is computed once per version of it
 * (whole-graph counts for the home page, VoID and {@code /health}, {@link #graphCounts}) instead of on every request.
 *
 * <p>Embedded TDB2: every committed write transaction, whatever made it (a load, an import, SPARQL
 * Update), moves a generation counter through a TDB2 transaction listener; the data version and the
 * cached values are re-read only when it has moved, and the registered {@link #precompute warm-ups}
 * run again in the background right after the commit, so no request pays for them (they start once the
 * server answers, so that start-up does not wait for them). Remote endpoint:
 * nobody tells us of writes, so the load record is re-read at most once per {@code remoteTtl}, and a
 * cached value is recomputed by the first request that sees a new version.
 */
public final class DataState {
    private static final Logger LOG = LoggerFactory.getLogger(DataState.class);
    private static final String GRAPH_COUNTS = "graph-counts";
    private static final String COUNT_GRAPHS = "SELECT ?g (COUNT(*) AS ?triples) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g";
    /** Whole-store counts run in the background, not in a request: they may take longer than a request's query. */
    private static final long COUNT_TIMEOUT_MILLIS = 120_000;

    private final StoreAccess access;
    private final Duration remoteTtl;
    private final boolean pushed;
    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Function<RDFConnection, ?>> warmUps = new ConcurrentHashMap<>();
    private final Map<String, Cached<?>> values = new ConcurrentHashMap<>();
    private final ExecutorService background;
    private volatile Versioned current;
    private volatile boolean started;
    private volatile boolean stopped;

    private record Versioned(long generation, long readAtNanos, DataVersion version) {}

    private record Cached<T>(DataVersion version, long generation, CompletableFuture<T> value) {}

    DataState(StoreAccess access, DatasetGraph dataset, Duration remoteTtl) {
        this.access = access;
        this.remoteTtl = remoteTtl;
        DatasetGraph base = dataset;
        // under jena-text's DatasetGraphText (or any wrapper) is the TDB2 dataset whose commits we follow
        while (base instanceof DatasetGraphWrapper w && !TDBInternal.isTDB2(base)) {
            base = w.getWrapped();
        }
        this.pushed = base != null && TDBInternal.isTDB2(base);
        this.background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "dipnorm-precompute");
            t.setDaemon(true);
            return t;
        });
        if (pushed) {
            TransactionCoordinator coordinator = TDBInternal.getDatasetGraphTDB(base).getTxnSystem().getTxnMgr();
            // Bumped again when the transaction is over: a reader that began between the commit and
            // the moment its new state is visible to new transactions would have cached the old state.
            TransactionListener onCommit = new TransactionListener() {
                @Override
                public void notifyCommitFinish(Transaction txn) {
                    if (txn.isWriteTxn()) {
                        generation.incrementAndGet();
                    }
                }

                @Override
                public void notifyTxnFinish(Transaction txn) {
                    if (txn.isWriteTxn()) {
                        generation.incrementAndGet();
                        if (started) {
                            inBackground(DataState.this::runWarmUps);
                        }
                    }
                }
            };
            // the coordinator's configuration is locked once it runs: change it in its exclusive mode
            coordinator.modifyConfig(() -> coordinator.addListener(onCommit));
        }
        precompute(GRAPH_COUNTS, DataState::countGraphs);
    }

    /**
     * Triples per named graph, in graph order, computed once per data version for everything that shows
     * them ({@code /health}, the home page, VoID): counting them is a scan of the whole store.
     */
    public Map<String, Long> graphCounts() {
        return perVersion(GRAPH_COUNTS, DataState::countGraphs);
    }

    private static Map<String, Long> countGraphs(RDFConnection conn) {
        Map<String, Long> graphs = new LinkedHashMap<>();
        Txn.executeRead(conn, () -> {
            try (QueryExecution qe = conn.newQuery().query(COUNT_GRAPHS).timeout(COUNT_TIMEOUT_MILLIS).build()) {
                qe.execSelect().forEachRemaining(r -> graphs.put(r.getResource("g").getURI(), r.getLiteral("triples").getLong()));
            }
        });
        return Collections.unmodifiableMap(graphs);
    }

    /** Write commits seen so far (embedded TDB2 only; always 0 for a remote endpoint). */
    public long generation() {
        return generation.get();
    }

    /** The data version (load record: content hash and time of the last write). */
    public DataVersion version() {
        Versioned v = current;
        long gen = generation.get();
        boolean fresh = v != null && (pushed ? v.generation() == gen : System.nanoTime() - v.readAtNanos() < remoteTtl.toNanos());
        if (fresh) {
            return v.version();
        }
        DataVersion read;
        try (RDFConnection conn = access.connect()) {
            read = DataVersion.of(conn);
        }
        current = new Versioned(gen, System.nanoTime(), read);
        return read;
    }

    /**
     * The value of {@code compute} for the current data version, computed once per version (a
     * request arriving while it is computed waits for the same computation).
     */
    @SuppressWarnings("unchecked")
    public <T> T perVersion(String key, Function<RDFConnection, T> compute) {
        long gen = generation.get();
        DataVersion version = version();
        boolean[] mine = {false};
        Cached<T> cached = (Cached<T>) values.compute(key, (k, old) -> {
            if (old != null && old.generation() == gen && old.version().equals(version)
                    && !old.value().isCompletedExceptionally()) {
                return old;
            }
            mine[0] = true;
            return new Cached<>(version, gen, new CompletableFuture<>());
        });
        if (mine[0]) {
            try (RDFConnection conn = access.connect()) {
                cached.value().complete(compute.apply(conn));
            } catch (RuntimeException e) {
                cached.value().completeExceptionally(e);
            }
        }
        try {
            return cached.value().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Registers a whole-graph computation to run now, in the background, and again after every
     * write commit to the embedded store, so that requests find it already computed.
     */
    public <T> void precompute(String key, Function<RDFConnection, T> compute) {
        warmUps.put(key, compute);
        if (started) {
            inBackground(() -> warm(key, compute));
        }
    }

    /**
     * Runs the registered computations in the background, after {@code delay} (so that they do not
     * compete with the first requests of a server that has just started; a request that needs one
     * sooner computes it itself), and from then on after every write.
     */
    public void startPrecomputing(Duration delay) {
        started = true;
        inBackground(() -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            runWarmUps();
        });
    }

    /**
     * Stops the background computations, waiting (up to {@code wait}) for the one running, so that no read
     * of the store is left open when it closes. Requests still compute what they need themselves.
     */
    public void stopPrecomputing(Duration wait) {
        started = false;
        stopped = true;
        background.shutdownNow();
        try {
            if (!background.awaitTermination(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                LOG.warn("A background computation was still running after {} ms", wait.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs {@code task} on the background thread, unless it has been stopped. */
    private void inBackground(Runnable task) {
        try {
            background.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("Not computed in the background: stopped");
        }
    }

    private void runWarmUps() {
        if (!stopped) {
            warmUps.forEach(this::warm);
        }
    }

    private void warm(String key, Function<RDFConnection, ?> compute) {
        try {
            perVersion(key, compute);
        } catch (RuntimeException e) {
            LOG.warn("Precomputing {} failed: {}", key, e.toString());
        }
    }
}
