package org.dipnorm.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.dipnorm.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data version and the per-version values of the embedded store follow every committed write, and only them. */
class DataStateTest {
    @TempDir
    Path tmp;

    private static Graph oneTriple(String label) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString(label));
        return g;
    }

    @Test
    void aValueIsComputedOncePerVersionAndAgainAfterAnyWrite() throws Exception {
        Path home = TestProject.home(tmp.resolve("home"), "good.ttl");
        try (DipnormStore store = DipnormStore.open(tmp.resolve("db"))) {
            store.loadIfChanged(SourceSet.of(home, List.of()));
            DataState data = StoreAccess.local(store.datasetGraph(), "test").data();
            AtomicInteger computed = new AtomicInteger();
            DataVersion first = data.version();
            assertThat(first.hash()).isEqualTo(store.storedHash().orElseThrow());

            assertThat((int) data.<Integer>perVersion("n", conn -> computed.incrementAndGet())).isEqualTo(1);
            assertThat((int) data.<Integer>perVersion("n", conn -> computed.incrementAndGet())).isEqualTo(1);
            assertThat(data.version()).isSameAs(first);

            // a write through the store's own API moves the load record's time
            store.replaceGraph(NodeFactory.createURI("urn:x:g"), oneTriple("a"));
            assertThat(data.version().loadedAt()).isAfter(first.loadedAt());
            assertThat((int) data.<Integer>perVersion("n", conn -> computed.incrementAndGet())).isEqualTo(2);

            // a write from elsewhere (as SPARQL Update does) does not touch the load record, but still invalidates
            long before = data.generation();
            Txn.executeWrite(store.dataset(), () -> store.datasetGraph().add(NodeFactory.createURI("urn:x:g2"),
                    NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("b")));
            assertThat(data.generation()).isGreaterThan(before);
            assertThat((int) data.<Integer>perVersion("n", conn -> computed.incrementAndGet())).isEqualTo(3);

            // a read is not a write
            Txn.executeRead(store.dataset(), () -> store.datasetGraph().size());
            assertThat((int) data.<Integer>perVersion("n", conn -> computed.incrementAndGet())).isEqualTo(3);
        }
    }

    @Test
    void precomputedValuesAreReadyAfterAWriteWithoutARequestAskingForThem() throws Exception {
        try (DipnormStore store = DipnormStore.open(tmp.resolve("db"))) {
            DataState data = StoreAccess.local(store.datasetGraph(), "test").data();
            AtomicInteger computed = new AtomicInteger();
            data.precompute("size", conn -> computed.incrementAndGet());
            assertThat(computed.get()).as("nothing runs before the server starts").isZero();
            data.startPrecomputing(java.time.Duration.ZERO);
            awaitAtLeast(computed, 1);
            store.replaceGraph(NodeFactory.createURI("urn:x:g"), oneTriple("a"));
            awaitAtLeast(computed, 2);
            assertThat(computed.get()).as("once at start, once after the write").isEqualTo(2);
            int after = computed.get();
            assertThat((int) data.<Integer>perVersion("size", conn -> computed.incrementAndGet())).isEqualTo(after);
            data.stopPrecomputing(java.time.Duration.ofSeconds(60)); // as a server does when it stops: the store then closes with no computation reading
        }
    }

    @Test
    void stoppingWaitsForTheRunningComputationSoThatTheStoreCanClose() throws Exception {
        DipnormStore store = DipnormStore.open(tmp.resolve("db"));
        DataState data = StoreAccess.local(store.datasetGraph(), "test").data();
        java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
        AtomicInteger computed = new AtomicInteger();
        data.precompute("slow", conn -> Txn.calculateRead(store.dataset(), () -> {
            running.countDown();
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return computed.incrementAndGet();
        }));
        data.startPrecomputing(java.time.Duration.ZERO);
        assertThat(running.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        data.stopPrecomputing(java.time.Duration.ofSeconds(60));
        assertThat(computed.get()).as("the computation in its read transaction ended before stop returned").isEqualTo(1);
        data.precompute("later", conn -> computed.incrementAndGet());
        assertThat(computed.get()).as("nothing is started once stopped").isEqualTo(1);
        store.close(); // fails with "Can't expel: Active transactions" while a computation still reads
    }

    private static void awaitAtLeast(AtomicInteger n, int value) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (n.get() < value && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(n.get()).isGreaterThanOrEqualTo(value);
    }
}
