package org.dipnorm.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.dipnorm.InputException;
import org.dipnorm.vocab.DIPN;
import org.dipnorm.vocab.Graphs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TDB2 store on disk. The default graph is the union of the named graphs. Loads replace the
 * ontology and curated graphs in one write transaction: on any error the store is as before.
 *
 * <pre>try (DipnormStore store = DipnormStore.open(Path.of(".dipnorm/db"))) { store.loadIfChanged(sources); }</pre>
 */
public final class DipnormStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DipnormStore.class);
    static final Node LOAD_RECORD = NodeFactory.createURI("https://w3id.org/dipnorm/id/load/files");
    static final Node CONTENT_HASH = NodeFactory.createURI(DIPN.NAMESPACE + "contentHash");
    static final Node LOADED_AT = NodeFactory.createURI("http://purl.org/dc/terms/modified");

    private final Path dir;
    /** TDB2 itself: what loads write, and the text index is then rebuilt from. */
    private final Dataset dataset;
    /** TDB2 through jena-text: every write through it updates the text index in the same transaction. */
    private final DatasetGraph indexed;
    private final SearchIndex search;

    private DipnormStore(Path dir, Dataset dataset, SearchIndex search) {
        this.dir = dir;
        this.dataset = dataset;
        this.search = search;
        if (storedHash().isPresent() && !search.builtFor().filter(indexKey()::equals).isPresent()) {
            search.rebuild(tdb(), indexKey());
        }
        dataset.getContext().set(TextQuery.textIndex, search.textIndex());
        this.indexed = new DatasetGraphText(tdb(), search.textIndex(), search.updates(tdb()), false);
    }

    /** Opens (or creates) the store in {@code dir}; its text index lives beside it in {@code dir-text}. */
    public static DipnormStore open(Path dir) {
        Dataset dataset;
        try {
            dataset = unionDefault(TDB2Factory.connectDataset(dir.toString()));
        } catch (DBOpEnvException e) {
            throw new InputException("--db " + dir + ": the store is in use by another process (is `serve` running on it?); "
                    + "stop it or pass another --db");
        }
        Path text = dir.toAbsolutePath().normalize().resolveSibling(dir.toAbsolutePath().normalize().getFileName() + "-text");
        return new DipnormStore(dir, dataset, SearchIndex.open(text));
    }

    /** A store in memory (TDB2's in-memory mode, same transactions and union default graph), for tests and tools. */
    public static DipnormStore inMemory() {
        return new DipnormStore(null, unionDefault(TDB2Factory.createDataset()), SearchIndex.inMemory());
    }

    private static Dataset unionDefault(Dataset dataset) {
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dataset;
    }

    public Path dir() {
        return dir;
    }

    /** The store as a {@link Dataset} ({@link #datasetGraph}). */
    public Dataset dataset() {
        return DatasetFactory.wrap(indexed);
    }

    /**
     * The store as queries and the server see it. Writes through it (SPARQL Update, the graph store of
     * {@code serve --allow-update}) keep the text index up to date in the same transaction, in proportion
     * to what they change; follow them with {@link #recordWrite}.
     */
    public DatasetGraph datasetGraph() {
        return indexed;
    }

    private DatasetGraph tdb() {
        return dataset.asDatasetGraph();
    }

    /** The content hash of the files of the last successful load, if any. */
    public Optional<String> storedHash() {
        return Txn.calculateRead(dataset, () -> {
            var it = tdb().find(Graphs.META, LOAD_RECORD, CONTENT_HASH, Node.ANY);
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        });
    }

    /** True if the store's last load was of the files with this content hash ({@link SourceSet#contentHash}). */
    public boolean holdsFiles(String contentHash) {
        return storedHash().filter(contentHash::equals).isPresent();
    }

    /** What the text index must have been built from: the load record's hash and time (every write moves the time). */
    private String indexKey() {
        return storedHash().orElse("none") + "@" + loadedAt().map(Instant::toString).orElse("never");
    }

    /** When the store was last loaded (the load record's timestamp), if ever. */
    public Optional<Instant> loadedAt() {
        return Txn.calculateRead(dataset, () -> {
            var it = tdb().find(Graphs.META, LOAD_RECORD, LOADED_AT, Node.ANY);
            return it.hasNext() ? Optional.of(Instant.parse(it.next().getObject().getLiteralLexicalForm())) : Optional.empty();
        });
    }

    /** Loads {@code sources} unless the store already holds exactly these files. Returns true if it loaded. */
    public boolean loadIfChanged(SourceSet sources) {
        String hash = sources.contentHash();
        if (holdsFiles(hash)) {
            LOG.info("Store {} is up to date with {} files", dir, sources.allFiles().size());
            return false;
        }
        load(sources.parse(), hash);
        return true;
    }

    /**
     * Replaces each given named graph, and the load record, in one write transaction. Parsing is
     * done by the caller beforehand, so a bad file never opens a transaction.
     */
    public void load(Map<Node, Graph> graphs, String contentHash) {
        load(graphs, contentHash, true);
    }

    /**
     * As {@link #load(Map, String)}; with {@code reindex} false the text index is left to the next
     * write ({@link #replaceGraph}) or the next open, which rebuild it because its recorded key no
     * longer matches the store's. For a load that is followed at once by another write.
     */
    public void load(Map<Node, Graph> graphs, String contentHash, boolean reindex) {
        long start = System.nanoTime();
        LOG.info("Writing {} triples into {} graphs in one transaction", countTriples(graphs), graphs.size());
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = tdb();
            writeGraphs(dsg, graphs);
            recordLoad(dsg, contentHash);
        });
        if (reindex) {
            reindex();
        }
        LOG.info("Loaded {} triples into {} graphs{} in {} ms", countTriples(graphs), graphs.size(),
                reindex ? " and rebuilt the text index" : "", (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Replaces one named graph with {@code content} in one write transaction, unless it already
     * holds exactly these triples. Returns true if it wrote. On any error, or if the process is
     * killed, the store is as before.
     */
    public boolean replaceGraph(Node graph, Graph content) {
        return replaceGraph(graph, content, () -> { });
    }

    /**
     * As {@link #replaceGraph(Node, Graph)}, running {@code check} inside the transaction after the
     * triples are added and before the commit (or, when there is nothing to write, on its own): if it
     * throws, the transaction is aborted and the store is as before. This lets a slow check of the
     * content run while the triples are written.
     */
    public boolean replaceGraph(Node graph, Graph content, Runnable check) {
        return replaceGraphs(Map.of(graph, content), null, check);
    }

    /**
     * Replaces each named graph of {@code graphs} with the triples given for it, in one write
     * transaction, unless the store already holds exactly these triples in each (and, with a
     * {@code contentHash}, already records that hash); returns true if it wrote. With a
     * {@code contentHash} the load record takes it, as {@link #load} records the source files' hash:
     * for a write that loads the ontology and curated graphs together with another graph. {@code check}
     * runs inside the transaction after the triples are added and before the commit (or, when there is
     * nothing to write, on its own): if it throws, the transaction is aborted and the store is as
     * before, as it is after any other error or a kill.
     */
    public boolean replaceGraphs(Map<Node, Graph> graphs, String contentHash, Runnable check) {
        if ((contentHash == null || holdsFiles(contentHash))
                && graphs.entrySet().stream().allMatch(e -> holdsExactly(e.getKey(), e.getValue()))) {
            check.run();
            if (!search.builtFor().filter(indexKey()::equals).isPresent()) {
                reindex();
            }
            graphs.forEach((graph, content) -> LOG.info("Graph {} already holds these {} triples", graph, content.size()));
            return false;
        }
        long start = System.nanoTime();
        // The text index of the new content is built on another thread while the triples are written; it
        // replaces the index in use only once the write has committed.
        CompletableFuture<SearchIndex.Prepared> text = search.prepareAside(tdb(), graphs);
        try {
            Txn.executeWrite(dataset, () -> {
                DatasetGraph dsg = tdb();
                writeGraphs(dsg, graphs);
                recordLoad(dsg, contentHash);
                check.run();
                beforeCommit.run();
            });
        } catch (RuntimeException | Error e) {
            text.thenAccept(SearchIndex.Prepared::discard);
            throw e;
        }
        SearchIndex.Prepared prepared;
        try {
            prepared = text.join();
        } catch (CompletionException e) {
            LOG.warn("The text index built beside the write failed ({}); rebuilding it from the store", e.getCause().toString());
            prepared = null;
        }
        if (prepared == null) {
            reindex();
        } else {
            search.install(prepared, indexKey());
            dataset.getContext().set(TextQuery.textIndex, search.textIndex());
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (graphs.size() == 1) {
            graphs.forEach((graph, content) -> LOG.info("Wrote {} triples into {} in {} ms", content.size(), graph, ms));
        } else {
            LOG.info("Wrote {} triples into {} graphs ({}) in {} ms", countTriples(graphs), graphs.size(),
                    graphs.entrySet().stream().map(e -> e.getKey().getURI() + " " + e.getValue().size())
                            .collect(java.util.stream.Collectors.joining(", ")), ms);
        }
        return true;
    }

    /**
     * Adds the quads of N-Quads files with TDB2's phased bulk loader (past the text index), then moves the data
     * version and rebuilds the text index from the whole store. For generated benchmark data only: the loader
     * writes each index in a transaction of its own, so unlike {@link #load} and {@link #replaceGraphs} a failure
     * part-way is not undone; nothing is validated here, and the load record's content hash still names the files
     * of the last {@link #load}. Returns the quads read.
     */
    public long bulkAdd(java.util.List<Path> nquads) {
        var loader = org.apache.jena.tdb2.loader.LoaderFactory.phasedLoader(tdb(),
                org.apache.jena.system.progress.MonitorOutputs.nullOutput());
        loader.startBulk();
        try {
            loader.load(nquads.stream().map(Path::toString).toList());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        moveDataVersion();
        reindex();
        return loader.countQuads();
    }

    /**
     * After a write through {@link #datasetGraph} (SPARQL Update or a graph-store write on the server):
     * moves the load record's time, so that the data version (and with it ETag and Last-Modified)
     * changes, and records that the text index, which followed the write, is current for it. Costs the
     * same whatever the size of the store.
     */
    public void recordWrite() {
        moveDataVersion();
        search.markBuiltFor(indexKey());
    }

    private void moveDataVersion() {
        Txn.executeWrite(dataset, () -> recordLoad(tdb(), null));
    }

    /** Replaces each named graph with the triples given for it; the caller holds the write transaction. */
    private static void writeGraphs(DatasetGraph dsg, Map<Node, Graph> graphs) {
        for (Map.Entry<Node, Graph> e : graphs.entrySet()) {
            dsg.deleteAny(e.getKey(), Node.ANY, Node.ANY, Node.ANY);
            BulkGraphWriter.addAll(dsg, e.getKey(), e.getValue());
        }
    }

    /**
     * Moves the load record's time, so that the data version (ETag, Last-Modified) moves with every write, and
     * with a {@code contentHash} (not null) records it as the hash of the files loaded; the caller holds the
     * write transaction.
     */
    private static void recordLoad(DatasetGraph dsg, String contentHash) {
        if (contentHash != null) {
            dsg.deleteAny(Graphs.META, LOAD_RECORD, CONTENT_HASH, Node.ANY);
            dsg.add(Graphs.META, LOAD_RECORD, CONTENT_HASH, NodeFactory.createLiteralString(contentHash));
        }
        dsg.deleteAny(Graphs.META, LOAD_RECORD, LOADED_AT, Node.ANY);
        dsg.add(Graphs.META, LOAD_RECORD, LOADED_AT, NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime));
    }

    private void reindex() {
        search.rebuild(tdb(), indexKey());
        dataset.getContext().set(TextQuery.textIndex, search.textIndex());
    }

    /** A copy, in memory, of one named graph. */
    public Graph copyOf(Node graph) {
        return Txn.calculateRead(dataset, () -> {
            Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            tdb().find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
            return copy;
        });
    }

    /** Compared in memory: one scan of the stored graph is much cheaper than a lookup per triple. */
    private boolean holdsExactly(Node graph, Graph content) {
        Graph stored = copyOf(graph);
        if (stored.size() != content.size()) {
            return false;
        }
        var it = content.find();
        while (it.hasNext()) {
            if (!stored.contains(it.next())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Runs inside {@link #replaceGraph}'s transaction just before it commits. Only for the crash
     * test, which sets {@code -Ddipnorm.test.pauseBeforeCommitMillis} to hold the transaction open.
     */
    private final Runnable beforeCommit = () -> {
        long pause = Long.getLong("dipnorm.test.pauseBeforeCommitMillis", 0L);
        if (pause > 0) {
            System.err.println("dipnorm: paused before commit");
            System.err.flush();
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    };

    /** Number of quads in a named graph. */
    public long size(Node graph) {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = tdb().find(graph, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    private static long countTriples(Map<Node, Graph> graphs) {
        return graphs.values().stream().mapToLong(Graph::size).sum();
    }

    @Override
    public void close() {
        search.close();
        dataset.close();
        if (dir != null) {
            // Let go of the location and its lock, so that another process (or a later open) can use the store.
            org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
        }
    }
}
