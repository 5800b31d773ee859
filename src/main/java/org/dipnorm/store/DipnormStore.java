package org.dipnorm.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
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
    private final Dataset dataset;

    private DipnormStore(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
    }

    public static DipnormStore open(Path dir) {
        try {
            return new DipnormStore(dir, unionDefault(TDB2Factory.connectDataset(dir.toString())));
        } catch (DBOpEnvException e) {
            throw new InputException("--db " + dir + ": the store is in use by another process (is `serve` running on it?); "
                    + "stop it or pass another --db");
        }
    }

    /** A store in memory (TDB2's in-memory mode, same transactions and union default graph), for tests and tools. */
    public static DipnormStore inMemory() {
        return new DipnormStore(null, unionDefault(TDB2Factory.createDataset()));
    }

    private static Dataset unionDefault(Dataset dataset) {
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dataset;
    }

    public Path dir() {
        return dir;
    }

    public Dataset dataset() {
        return dataset;
    }

    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    /** The content hash of the files of the last successful load, if any. */
    public Optional<String> storedHash() {
        return Txn.calculateRead(dataset, () -> {
            var it = datasetGraph().find(Graphs.META, LOAD_RECORD, CONTENT_HASH, Node.ANY);
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        });
    }

    /** Loads {@code sources} unless the store already holds exactly these files. Returns true if it loaded. */
    public boolean loadIfChanged(SourceSet sources) {
        String hash = sources.contentHash();
        if (storedHash().filter(hash::equals).isPresent()) {
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
        long start = System.nanoTime();
        LOG.info("Writing {} triples into {} graphs in one transaction", countTriples(graphs), graphs.size());
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = datasetGraph();
            for (Map.Entry<Node, Graph> e : graphs.entrySet()) {
                dsg.deleteAny(e.getKey(), Node.ANY, Node.ANY, Node.ANY);
                e.getValue().find().forEachRemaining(t -> dsg.add(new Quad(e.getKey(), t)));
            }
            dsg.deleteAny(Graphs.META, LOAD_RECORD, Node.ANY, Node.ANY);
            dsg.add(Graphs.META, LOAD_RECORD, CONTENT_HASH, NodeFactory.createLiteralString(contentHash));
            dsg.add(Graphs.META, LOAD_RECORD, LOADED_AT,
                    NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime));
        });
        LOG.info("Loaded {} triples into {} graphs in {} ms", countTriples(graphs), graphs.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Number of quads in a named graph. */
    public long size(Node graph) {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = datasetGraph().find(graph, Node.ANY, Node.ANY, Node.ANY);
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
        dataset.close();
    }
}
