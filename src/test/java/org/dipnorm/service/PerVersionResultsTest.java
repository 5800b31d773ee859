package org.dipnorm.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.dipnorm.TestProject;
import org.dipnorm.query.NamedQueryRunner;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.store.DataState;
import org.dipnorm.store.DipnormStore;
import org.dipnorm.store.StoreAccess;
import org.dipnorm.vocab.Graphs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Whole-graph queries answered from the rows of the data version: the same pages as the queries, and new rows after a write. */
class PerVersionResultsTest {
    private DipnormStore store;
    private QueryCatalog catalog;
    private DataState data;

    @BeforeEach
    void load() {
        store = TestProject.store();
        catalog = QueryCatalog.load(TestProject.sources().queriesDir());
        data = StoreAccess.local(store.datasetGraph(), "test").data();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Page<ProcessSummary> processes(boolean cached, String party, long offset, long limit) {
        try (RDFConnection conn = RDFConnection.connect(store.dataset())) {
            NamedQueryRunner runner = new NamedQueryRunner(conn, 30_000);
            ProcessService service = cached ? new ProcessService(runner, catalog, new PerVersionResults(data, catalog))
                    : new ProcessService(runner, catalog);
            return service.list(party, offset, limit);
        }
    }

    private QueryService.QueryResult durations(boolean cached, long offset, long limit) {
        try (RDFConnection conn = RDFConnection.connect(store.dataset())) {
            NamedQueryRunner runner = new NamedQueryRunner(conn, 30_000);
            QueryService service = cached ? new QueryService(runner, catalog, new PerVersionResults(data, catalog))
                    : new QueryService(runner, catalog);
            return service.run("interim-to-embassy", Map.of(), offset, limit);
        }
    }

    @Test
    void pagesFromTheCacheAreThePagesOfTheQuery() {
        assertThat(catalog.get("api-processes").orElseThrow().perVersion()).isTrue();
        for (long[] page : new long[][] {{0, 50}, {0, 3}, {2, 3}, {5, 1000}, {1000, 5}}) {
            assertThat(processes(true, null, page[0], page[1])).isEqualTo(processes(false, null, page[0], page[1]));
            assertThat(durations(true, page[0], page[1])).isEqualTo(durations(false, page[0], page[1]));
        }
        assertThat(processes(true, null, 0, 50).items()).isNotEmpty();
        assertThat(durations(true, 0, 50).rows()).isNotEmpty();
        String china = "https://w3id.org/dipnorm/id/state/china";
        assertThat(processes(true, china, 0, 50)).isEqualTo(processes(false, china, 0, 50));
    }

    @Test
    void aWriteGivesNewRows() {
        long before = processes(true, null, 0, 50).total();
        Node process = NodeFactory.createURI("https://w3id.org/dipnorm/id/process/test-new");
        Node dipn = NodeFactory.createURI("https://w3id.org/dipnorm/ontology#NormalizationProcess");
        Node type = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
        Node party = NodeFactory.createURI("https://w3id.org/dipnorm/ontology#party");
        Txn.executeWrite(store.dataset(), () -> {
            store.datasetGraph().add(Graphs.CURATED, process, type, dipn);
            store.datasetGraph().add(Graphs.CURATED, process, party, NodeFactory.createURI("https://w3id.org/dipnorm/id/state/china"));
        });
        assertThat(processes(true, null, 0, 50).total()).isEqualTo(before + 1).isEqualTo(processes(false, null, 0, 50).total());
    }
}
