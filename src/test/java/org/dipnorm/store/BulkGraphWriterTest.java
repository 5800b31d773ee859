package org.dipnorm.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk write gives the same quads as one add per quad, every index answers, and an abort undoes it. */
class BulkGraphWriterTest {
    private static final Node G = NodeFactory.createURI("https://example.org/g");
    private static final Node OTHER = NodeFactory.createURI("https://example.org/other");

    @TempDir
    Path tmp;

    @Test
    void writesTheSameQuadsAsOneAddPerQuad() {
        Graph content = sample();
        Dataset bulk = TDB2Factory.connectDataset(tmp.resolve("bulk").toString());
        Dataset plain = TDB2Factory.connectDataset(tmp.resolve("plain").toString());
        Txn.executeWrite(bulk, () -> {
            bulk.asDatasetGraph().add(OTHER, uri("s0"), uri("p0"), uri("o0"));
            BulkGraphWriter.addAll(bulk.asDatasetGraph(), G, content);
        });
        Txn.executeWrite(plain, () -> {
            plain.asDatasetGraph().add(OTHER, uri("s0"), uri("p0"), uri("o0"));
            content.find().forEachRemaining(t -> plain.asDatasetGraph().add(new Quad(G, t)));
        });
        Txn.executeRead(bulk, () -> Txn.executeRead(plain, () -> {
            DatasetGraph b = bulk.asDatasetGraph();
            DatasetGraph p = plain.asDatasetGraph();
            assertThat(b.stream(Node.ANY, Node.ANY, Node.ANY, Node.ANY).toList())
                    .containsExactlyInAnyOrderElementsOf(p.stream(Node.ANY, Node.ANY, Node.ANY, Node.ANY).toList());
            // each quad index answers: by subject, by predicate, by object, by graph
            assertThat(b.stream(G, uri("s7"), Node.ANY, Node.ANY).count()).isEqualTo(3);
            assertThat(b.stream(Node.ANY, Node.ANY, uri("p1"), Node.ANY).count()).isEqualTo(500);
            assertThat(b.stream(Node.ANY, Node.ANY, Node.ANY, uri("o3")).count()).isEqualTo(p.stream(Node.ANY, Node.ANY, Node.ANY, uri("o3")).count());
            assertThat(b.stream(G, Node.ANY, Node.ANY, Node.ANY).count()).isEqualTo(content.size());
            assertThat(b.getGraph(G).contains(uri("s42"), uri("p2"), NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger))).isTrue();
        }));
        bulk.close();
        plain.close();
    }

    @Test
    void everyQuadIndexHoldsEveryQuadAfterTheStoreIsReopened() {
        // The indexes are filled on two threads: each must be committed with all its quads.
        Path dir = tmp.resolve("reopen");
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        Graph content = sample();
        Txn.executeWrite(ds, () -> BulkGraphWriter.addAll(ds.asDatasetGraph(), G, content));
        ds.close();
        TDBInternal.expel(ds.asDatasetGraph());
        Dataset again = TDB2Factory.connectDataset(dir.toString());
        Txn.executeRead(again, () -> {
            TupleIndex[] indexes = TDBInternal.getDatasetGraphTDB(again.asDatasetGraph()).getQuadTable().getNodeTupleTable()
                    .getTupleTable().getIndexes();
            assertThat(indexes).hasSize(6);
            for (TupleIndex index : indexes) {
                assertThat(index.size()).as(index.getName()).isEqualTo(content.size());
            }
            assertThat(again.asDatasetGraph().getGraph(G).isIsomorphicWith(content)).isTrue();
        });
        again.close();
    }

    @Test
    void anAbortedTransactionLeavesTheStoreAsBefore() {
        Dataset ds = TDB2Factory.connectDataset(tmp.resolve("abort").toString());
        Txn.executeWrite(ds, () -> ds.asDatasetGraph().add(OTHER, uri("s0"), uri("p0"), uri("o0")));
        assertThatThrownBy(() -> Txn.executeWrite(ds, () -> {
            BulkGraphWriter.addAll(ds.asDatasetGraph(), G, sample());
            throw new IllegalStateException("check failed");
        })).hasMessage("check failed");
        Txn.executeRead(ds, () -> assertThat(ds.asDatasetGraph().stream(Node.ANY, Node.ANY, Node.ANY, Node.ANY).count()).isEqualTo(1));
        ds.close();
    }

    private static Graph sample() {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 500; i++) {
            g.add(Triple.create(uri("s" + i), uri("p1"), uri("o" + (i % 7))));
            g.add(Triple.create(uri("s" + i), uri("p2"), NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger)));
            g.add(Triple.create(uri("s" + i), uri("p3"), NodeFactory.createLiteralLang("label " + i, "en")));
        }
        return g;
    }

    private static Node uri(String local) {
        return NodeFactory.createURI("https://example.org/" + local);
    }
}
