package org.dipnorm.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
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

    @Test
    void writesThroughTheStoreKeepTheTextIndexInStepLiteralByLiteral() {
        Node thing = NodeFactory.createURI("urn:x:thing");
        Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        Node name = NodeFactory.createLiteralLang("Zanzibarian liaison", "en");
        Node g1 = NodeFactory.createURI("urn:x:g1");
        Node g2 = NodeFactory.createURI("urn:x:g2");
        try (DipnormStore store = DipnormStore.open(tmp.resolve("db"))) {
            SourceSet sources = TestProject.sources();
            store.load(sources.parse(), sources.contentHash());
            assertThat(hits(store, "zanzibarian")).isEmpty();

            Txn.executeWrite(store.dataset(), () -> store.datasetGraph().add(g1, thing, label, name));
            store.recordWrite();
            assertThat(hits(store, "zanzibarian")).containsExactly("urn:x:thing");

            // the same label in a second graph: deleting it from one leaves it found through the other
            Txn.executeWrite(store.dataset(), () -> store.datasetGraph().add(g2, thing, label, name));
            Txn.executeWrite(store.dataset(), () -> store.datasetGraph().delete(g1, thing, label, name));
            assertThat(hits(store, "zanzibarian")).contains("urn:x:thing");

            Txn.executeWrite(store.dataset(), () -> store.datasetGraph().deleteAny(g2, Node.ANY, Node.ANY, Node.ANY));
            store.recordWrite();
            assertThat(hits(store, "zanzibarian")).isEmpty();
            assertThat(hits(store, "liaison")).as("the rest of the index is untouched").isNotEmpty();
        }
        // the index on disk was current for the last write: reopened, the store finds the same
        try (DipnormStore store = DipnormStore.open(tmp.resolve("db"))) {
            assertThat(hits(store, "zanzibarian")).isEmpty();
            assertThat(hits(store, "liaison")).isNotEmpty();
        }
    }

    private static List<String> hits(DipnormStore store, String word) {
        Query query = QueryFactory.create("""
                PREFIX text: <http://jena.apache.org/text#>
                SELECT DISTINCT ?s { ?s text:query ?q } ORDER BY ?s""");
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query)
                    .substitution("q", org.apache.jena.rdf.model.ResourceFactory.createStringLiteral(word)).build()) {
                List<String> found = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining(r -> found.add(r.getResource("s").getURI()));
                return found;
            }
        });
    }

    private static org.apache.jena.graph.Graph labelled(String subject, String label) {
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        g.add(org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/dipnorm/id/test/" + subject),
                org.apache.jena.vocabulary.RDFS.label.asNode(), org.apache.jena.graph.NodeFactory.createLiteralLang(label, "en"));
        return g;
    }

    @Test
    void theTextIndexBuiltBesideAWriteIsInUseOnceItCommitsAndNotBefore() throws Exception {
        Path home = TestProject.home(tmp.resolve("home"), "good.ttl");
        String subject = "https://w3id.org/dipnorm/id/test/";
        try (DipnormStore store = DipnormStore.open(tmp.resolve("db"))) {
            store.loadIfChanged(SourceSet.of(home, List.of()));
            List<String> curated = hits(store, "liaison");
            assertThat(store.replaceGraph(Graphs.HSG, labelled("a", "Zanzibar liaison"))).isTrue();
            assertThat(hits(store, "Zanzibar")).containsExactly(subject + "a");
            assertThat(hits(store, "liaison")).as("the other graphs stay indexed").contains(subject + "a").containsAll(curated);

            assertThatThrownBy(() -> store.replaceGraph(Graphs.HSG, labelled("b", "Pemba"), () -> {
                throw new InputException("check failed");
            })).isInstanceOf(InputException.class);
            assertThat(hits(store, "Pemba")).as("a write that did not commit").isEmpty();
            assertThat(hits(store, "Zanzibar")).containsExactly(subject + "a");

            assertThat(store.replaceGraph(Graphs.HSG, labelled("c", "Pemba"))).isTrue();
            assertThat(hits(store, "Zanzibar")).as("the replaced graph is no longer indexed").isEmpty();
            assertThat(hits(store, "Pemba")).containsExactly(subject + "c");
        }
        Path marker = tmp.resolve("db-text/dipnorm-content-hash");
        java.nio.file.attribute.FileTime built = Files.getLastModifiedTime(marker);
        try (DipnormStore store = DipnormStore.open(tmp.resolve("db"))) {
            assertThat(hits(store, "Pemba")).containsExactly(subject + "c");
            assertThat(Files.getLastModifiedTime(marker)).as("the index is up to date on reopening: not rebuilt").isEqualTo(built);
        }
    }
    @Test
    void theSourceFilesCanBeWrittenInTheSameTransactionAsAnotherGraph() throws Exception {
        Path home = TestProject.home(tmp.resolve("home"), "good.ttl");
        SourceSet sources = SourceSet.of(home, List.of());
        String subject = "https://w3id.org/dipnorm/id/test/";
        try (DipnormStore store = DipnormStore.open(tmp.resolve("db"))) {
            java.util.Map<Node, org.apache.jena.graph.Graph> all = new java.util.LinkedHashMap<>(sources.parse());
            all.put(Graphs.HSG, labelled("a", "Zanzibar liaison"));
            assertThatThrownBy(() -> store.replaceGraphs(all, sources.contentHash(), () -> {
                throw new InputException("check failed");
            })).isInstanceOf(InputException.class);
            assertThat(store.storedHash()).as("nothing of a write whose check failed").isEmpty();
            assertThat(store.size(Graphs.CURATED)).isZero();

            assertThat(store.replaceGraphs(all, sources.contentHash(), () -> { })).isTrue();
            assertThat(store.storedHash()).contains(sources.contentHash());
            assertThat(store.size(Graphs.CURATED)).isEqualTo(all.get(Graphs.CURATED).size());
            assertThat(hits(store, "liaison")).as("the text index holds every graph written").contains(subject + "a").hasSizeGreaterThan(1);
            assertThat(store.loadIfChanged(sources)).as("the files are recorded as loaded").isFalse();
            assertThat(store.replaceGraphs(all, sources.contentHash(), () -> { })).as("the same again writes nothing").isFalse();
        }
    }
}
