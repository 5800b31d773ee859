package org.dipnorm.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.dipnorm.TestProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values kept per data version: reused while the data stays the same, never across a write, bounded by weight. */
class VersionedCacheTest {
    @TempDir
    Path tmp;

    private DipnormStore store;
    private DataState data;

    @BeforeEach
    void open() throws Exception {
        Path home = TestProject.home(tmp.resolve("home"), "good.ttl");
        store = DipnormStore.open(tmp.resolve("db"));
        store.loadIfChanged(SourceSet.of(home, List.of()));
        data = StoreAccess.local(store.datasetGraph(), "test").data();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void write(String label) {
        Txn.executeWrite(store.dataset(), () -> store.datasetGraph().add(NodeFactory.createURI("urn:x:g"),
                NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString(label)));
    }

    @Test
    void aValueIsReusedUntilTheDataChanges() {
        VersionedCache<String, String> cache = new VersionedCache<>(data, 1 << 20, String::length);
        AtomicInteger computed = new AtomicInteger();

        VersionedCache.Lookup<String> first = cache.get("a", false, () -> "a" + computed.incrementAndGet(), v -> true);
        assertThat(first).isEqualTo(new VersionedCache.Lookup<>("a1", false, true));
        assertThat(cache.get("a", false, () -> "a" + computed.incrementAndGet(), v -> true))
                .isEqualTo(new VersionedCache.Lookup<>("a1", true, false));
        // another key is another value
        assertThat(cache.get("b", false, () -> "b" + computed.incrementAndGet(), v -> true).value()).isEqualTo("b2");

        // any committed write, even one that does not touch the load record (as SPARQL Update), makes it stale
        write("x");
        assertThat(cache.get("a", false, () -> "a" + computed.incrementAndGet(), v -> true))
                .isEqualTo(new VersionedCache.Lookup<>("a3", false, true));
        assertThat(cache.get("a", false, () -> "a" + computed.incrementAndGet(), v -> true).value()).isEqualTo("a3");
        assertThat(cache.hits()).isEqualTo(2);
    }

    @Test
    void aFreshRequestRecomputesAndReplacesTheKeptValue() {
        VersionedCache<String, String> cache = new VersionedCache<>(data, 1 << 20, String::length);
        AtomicInteger computed = new AtomicInteger();
        cache.get("a", false, () -> "a" + computed.incrementAndGet(), v -> true);

        assertThat(cache.get("a", true, () -> "a" + computed.incrementAndGet(), v -> true))
                .isEqualTo(new VersionedCache.Lookup<>("a2", false, true));
        assertThat(cache.get("a", false, () -> "a" + computed.incrementAndGet(), v -> true).value()).isEqualTo("a2");
    }

    @Test
    void aValueComputedWhileAWriteCommitsIsNotKept() {
        VersionedCache<String, String> cache = new VersionedCache<>(data, 1 << 20, String::length);
        VersionedCache.Lookup<String> during = cache.get("a", false, () -> {
            write("during");
            return "old";
        }, v -> true);
        assertThat(during).isEqualTo(new VersionedCache.Lookup<>("old", false, false));
        assertThat(cache.get("a", false, () -> "new", v -> true).value()).isEqualTo("new");
    }

    @Test
    void valuesTheCallerRejectsAreNotKept() {
        VersionedCache<String, String> cache = new VersionedCache<>(data, 1 << 20, String::length);
        assertThat(cache.get("missing", false, () -> "404", v -> !v.equals("404")).stored()).isFalse();
        assertThat(cache.get("missing", false, () -> "404 again", v -> !v.startsWith("404")).value()).isEqualTo("404 again");
    }

    @Test
    void theWeightIsBoundedAndZeroKeepsNothing() {
        VersionedCache<Integer, String> small = new VersionedCache<>(data, 1000, String::length);
        for (int i = 0; i < 50; i++) {
            small.get(i, false, () -> "x".repeat(100), v -> true);
        }
        assertThat(small.size()).isLessThanOrEqualTo(10);

        VersionedCache<Integer, String> none = new VersionedCache<>(data, 0, String::length);
        AtomicInteger computed = new AtomicInteger();
        none.get(1, false, () -> "v" + computed.incrementAndGet(), v -> true);
        assertThat(none.get(1, false, () -> "v" + computed.incrementAndGet(), v -> true).value()).isEqualTo("v2");
    }
}
