package org.dipnorm.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.dipnorm.InputException;
import org.dipnorm.TestProject;
import org.dipnorm.vocab.Graphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads into a real TDB2 store on disk: reload only on change, and a failed load changes nothing. */
class DipnormStoreTest {
    @TempDir
    Path tmp;

    @Test
    void loadsOnceAndReloadsOnlyWhenAFileChanges() throws Exception {
        Path home = TestProject.home(tmp.resolve("home"), "good.ttl");
        SourceSet sources = SourceSet.of(home, List.of());
        try (DipnormStore store = DipnormStore.open(tmp.resolve("db"))) {
            assertThat(store.loadIfChanged(sources)).isTrue();
            long curated = store.size(Graphs.CURATED);
            assertThat(curated).isEqualTo(sources.parse().get(Graphs.CURATED).size());
            assertThat(store.size(Graphs.ONTOLOGY)).isGreaterThan(500);
            assertThat(store.storedHash()).contains(sources.contentHash());

            assertThat(store.loadIfChanged(SourceSet.of(home, List.of()))).isFalse();

            Files.writeString(home.resolve("data/extra.ttl"),
                    "<https://w3id.org/dipnorm/id/test/x> <http://www.w3.org/2000/01/rdf-schema#label> \"x\" .\n");
            assertThat(store.loadIfChanged(SourceSet.of(home, List.of()))).isTrue();
            assertThat(store.size(Graphs.CURATED)).isEqualTo(curated + 1);
        }
    }

    @Test
    void aBadFileLeavesTheStoreExactlyAsItWas() throws Exception {
        Path home = TestProject.home(tmp.resolve("home"), "good.ttl");
        try (DipnormStore store = DipnormStore.open(tmp.resolve("db"))) {
            store.loadIfChanged(SourceSet.of(home, List.of()));
            long curated = store.size(Graphs.CURATED);
            String hash = store.storedHash().orElseThrow();

            Files.copy(TestProject.FIXTURES.resolve("bad-turtle.ttl"), home.resolve("data/bad-turtle.ttl"));
            assertThatThrownBy(() -> store.loadIfChanged(SourceSet.of(home, List.of())))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("bad-turtle.ttl:25:34");

            assertThat(store.size(Graphs.CURATED)).isEqualTo(curated);
            assertThat(store.storedHash()).contains(hash);
        }
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheNamedGraphs() {
        String ask = """
                PREFIX dipn: <https://w3id.org/dipnorm/ontology#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                ASK { dipn:State a owl:Class . <https://w3id.org/dipnorm/id/state/china> a dipn:State }""";
        try (DipnormStore store = TestProject.store()) {
            boolean both = Txn.calculateRead(store.dataset(),
                    () -> QueryExecution.dataset(store.dataset()).query(ask).ask());
            assertThat(both).isTrue();
        }
    }
}
