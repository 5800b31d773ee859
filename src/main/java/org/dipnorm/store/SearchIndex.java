package org.dipnorm.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextDocProducer;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.changes.TextQuadAction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene text index (jena-text) over labels, names and quotes, used by {@code text:query}.
 * It is derived data: rebuilt from the store after each load and whenever its recorded content
 * hash differs from the store's, so a crash between the two never leaves it silently stale; writes
 * through the store's text dataset ({@link #updates}) change it in the same transaction, literal by literal;
 * for a graph replaced by a load or an import it is built beside the write ({@link #prepareAside}) and installed
 * after the commit.
 */
public final class SearchIndex implements AutoCloseable {
    /** The field every indexed literal goes into. */
    public static final String FIELD = "text";
    static final List<Node> PREDICATES = List.of(
            NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
            NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"),
            NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#altLabel"),
            NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"),
            NodeFactory.createURI("https://w3id.org/dipnorm/ontology#quote"));
    private static final String MARKER = "dipnorm-content-hash";
    /** Before the marker's key: an index built by an older layout (no uid field, so no deletes) is rebuilt on open. */
    private static final String LAYOUT = "uid-1 ";
    /** The field of a literal's checksum (subject, field, value, language), which lets a deleted literal leave the index. */
    static final String UID_FIELD = "uid";

    private final Path dir;
    private String memoryHash;
    /** The Lucene index, opened on first use (Lucene is some 600 classes that start-up need not load). */
    private TextIndex index;
    private final TextIndex lazy = (TextIndex) Proxy.newProxyInstance(TextIndex.class.getClassLoader(), new Class<?>[] {TextIndex.class},
            (proxy, method, args) -> switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                case "toString" -> "the DipNorm text index";
                default -> {
                    try {
                        yield method.invoke(current(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }
            });

    private SearchIndex(Path dir) {
        this.dir = dir;
    }

    /** An index in a folder on disk. */
    public static SearchIndex open(Path dir) {
        return new SearchIndex(dir);
    }

    /** An index in memory, for tests and in-memory stores. */
    public static SearchIndex inMemory() {
        return new SearchIndex(null);
    }

    /** The index as jena-text uses it (the same object for the life of this SearchIndex; Lucene opens on its first use). */
    public TextIndex textIndex() {
        return lazy;
    }

    private synchronized TextIndex current() {
        if (index == null) {
            index = create();
        }
        return index;
    }

    /** The content hash the index was built for, if any (none for an index of an older layout). */
    public Optional<String> builtFor() {
        if (dir == null) {
            return Optional.ofNullable(memoryHash);
        }
        try {
            Path marker = dir.resolve(MARKER);
            String key = Files.exists(marker) ? Files.readString(marker, StandardCharsets.UTF_8).strip() : "";
            return key.startsWith(LAYOUT) ? Optional.of(key.substring(LAYOUT.length())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Records that the index is current for {@code contentHash} without rebuilding it: after a write whose
     * changes it followed ({@link #updates}).
     */
    public synchronized void markBuiltFor(String contentHash) {
        if (dir == null) {
            memoryHash = contentHash;
            return;
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(MARKER), LAYOUT + contentHash, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What keeps the index in step with the writes made through a {@code DatasetGraphText} over {@code data}:
     * an added label, name or quote is indexed, a deleted one leaves the index unless the resource still has
     * the same text through another indexed triple (another graph or property). Runs inside the write
     * transaction; jena-text commits the index with it.
     */
    public TextDocProducer updates(DatasetGraph data) {
        return new TextDocProducer() {
            @Override
            public void start() {
                // the changes are committed with the transaction (jena-text's TextIndexDB joins TDB2's commit)
            }

            @Override
            public void finish() {
            }

            @Override
            public void reset() {
            }

            @Override
            public void change(TextQuadAction action, Node g, Node s, Node p, Node o) {
                if (!indexed(s, p, o)) {
                    return;
                }
                if (action == TextQuadAction.ADD) {
                    textIndex().addEntity(entity(s, o));
                } else if (action == TextQuadAction.DELETE && !stillHas(data, s, o)) {
                    textIndex().deleteEntity(entity(s, o));
                }
            }
        };
    }

    private static boolean indexed(Node s, Node p, Node o) {
        return s.isURI() && o.isLiteral() && PREDICATES.contains(p);
    }

    /** Whether {@code s} has the text of {@code o} (same lexical form and language) through any indexed triple. */
    private static boolean stillHas(DatasetGraph data, Node s, Node o) {
        for (Node p : PREDICATES) {
            var it = data.find(Node.ANY, s, p, Node.ANY);
            while (it.hasNext()) {
                Node other = it.next().getObject();
                if (other.isLiteral() && other.getLiteralLexicalForm().equals(o.getLiteralLexicalForm())
                        && other.getLiteralLanguage().equals(o.getLiteralLanguage())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The index entry of one literal of one resource. */
    private static Entity entity(Node s, Node o) {
        Entity e = new Entity(s.getURI(), null, o.getLiteralLanguage(), o.getLiteralDatatype());
        e.put(FIELD, o.getLiteralLexicalForm());
        return e;
    }

    /** Re-creates the index from every indexed literal in the store and records the content hash. */
    public synchronized void rebuild(DatasetGraph dataset, String contentHash) {
        if (index != null) {
            index.close();
        }
        if (dir != null) {
            deleteContents();
        }
        index = create();
        Txn.executeRead(dataset, () -> {
            for (Node predicate : PREDICATES) {
                var it = dataset.find(Node.ANY, Node.ANY, predicate, Node.ANY);
                while (it.hasNext()) {
                    Quad q = it.next();
                    if (indexed(q.getSubject(), q.getPredicate(), q.getObject())) {
                        index.addEntity(entity(q.getSubject(), q.getObject()));
                    }
                }
            }
        });
        index.commit();
        markBuiltFor(contentHash);
    }

    /**
     * An index built aside from the one in use, for the store as it will be after a write:
     * {@link #install} makes it the index in use once the write has committed.
     */
    public static final class Prepared {
        private final TextIndex index;
        private final Directory directory;

        private Prepared(TextIndex index, Directory directory) {
            this.index = index;
            this.directory = directory;
        }

        /** Drops it (the write it was built for did not commit). */
        public void discard() {
            index.close();
        }
    }

    /**
     * Builds in memory, beside the index in use, the index of the store as it will be once each
     * graph named in {@code replaced} holds exactly the triples given for it: the same entities
     * {@link #rebuild} would read from the store after that write (the other graphs read from
     * {@code dataset} in a read transaction, so alike before and after a concurrent write to the
     * replaced graphs; those from the triples given), so that the indexing can run while the write does.
     */
    public Prepared prepare(DatasetGraph dataset, Map<Node, org.apache.jena.graph.Graph> replaced) {
        Directory directory = new ByteBuffersDirectory();
        TextIndex built = create(directory);
        Txn.executeRead(dataset, () -> {
            for (Node predicate : PREDICATES) {
                var it = dataset.find(Node.ANY, Node.ANY, predicate, Node.ANY);
                while (it.hasNext()) {
                    Quad q = it.next();
                    if (!replaced.containsKey(q.getGraph()) && indexed(q.getSubject(), q.getPredicate(), q.getObject())) {
                        built.addEntity(entity(q.getSubject(), q.getObject()));
                    }
                }
                for (org.apache.jena.graph.Graph content : replaced.values()) {
                    content.find(Node.ANY, predicate, Node.ANY).forEachRemaining(t -> {
                        if (indexed(t.getSubject(), t.getPredicate(), t.getObject())) {
                            built.addEntity(entity(t.getSubject(), t.getObject()));
                        }
                    });
                }
            }
        });
        built.commit();
        return new Prepared(built, directory);
    }

    /** {@link #prepare} on a thread of its own, which does not keep the JVM alive. */
    public java.util.concurrent.CompletableFuture<Prepared> prepareAside(DatasetGraph dataset,
            Map<Node, org.apache.jena.graph.Graph> replaced) {
        var prepared = new java.util.concurrent.CompletableFuture<Prepared>();
        Thread indexer = new Thread(() -> {
            try {
                prepared.complete(prepare(dataset, replaced));
            } catch (Throwable e) {
                prepared.completeExceptionally(e);
            }
        }, "dipnorm-text-index");
        indexer.setDaemon(true);
        indexer.start();
        return prepared;
    }

    /** Makes {@code prepared} the index in use, built for the store content {@code contentHash}. */
    public synchronized void install(Prepared prepared, String contentHash) {
        if (index != null) {
            index.close();
        }
        if (dir == null) {
            index = prepared.index;
            markBuiltFor(contentHash);
            return;
        }
        index = null;
        deleteContents();
        try {
            Files.createDirectories(dir);
            try (Directory disk = FSDirectory.open(dir)) {
                for (String file : prepared.directory.listAll()) {
                    disk.copyFrom(prepared.directory, file, file, org.apache.lucene.store.IOContext.DEFAULT);
                }
                disk.sync(List.of(disk.listAll()));
            } finally {
                prepared.index.close();
            }
            index = create();
            markBuiltFor(contentHash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TextIndex create() {
        try {
            Directory directory;
            if (dir == null) {
                directory = new ByteBuffersDirectory();
            } else {
                Files.createDirectories(dir);
                directory = FSDirectory.open(dir);
            }
            return create(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TextIndex create(Directory directory) {
        EntityDefinition def = new EntityDefinition("uri", FIELD, PREDICATES.get(0));
        def.setLangField("lang");
        def.setUidField(UID_FIELD);
        for (Node p : PREDICATES.subList(1, PREDICATES.size())) {
            def.set(FIELD, p);
        }
        TextIndexConfig config = new TextIndexConfig(def);
        config.setValueStored(true);
        return TextDatasetFactory.createLuceneIndex(directory, config);
    }

    private void deleteContents() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
