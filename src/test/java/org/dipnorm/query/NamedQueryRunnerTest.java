package org.dipnorm.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdfconnection.RDFConnection;
import org.dipnorm.ParameterException;
import org.dipnorm.TestProject;
import org.dipnorm.store.DipnormStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages of a named query's rows, set on a copy of the parsed query, and bad parameters named. */
class NamedQueryRunnerTest {
    private static DipnormStore store;
    private static RDFConnection conn;
    private static NamedQueryRunner runner;
    private static QueryCatalog catalog;

    @BeforeAll
    static void load() {
        store = TestProject.store();
        conn = RDFConnection.connect(store.dataset());
        runner = new NamedQueryRunner(conn, 30_000);
        catalog = QueryCatalog.load(TestProject.sources().queriesDir());
    }

    @AfterAll
    static void close() {
        conn.close();
        store.close();
    }

    private static List<String> keys(List<QuerySolution> rows) {
        return rows.stream().map(r -> r.getResource("process").getURI() + " " + r.getLiteral("n").getInt()).toList();
    }

    @Test
    void aPageIsTheSliceOfAllRowsAndLeavesTheParsedQueryAlone() {
        NamedQuery q = catalog.get("process-steps").orElseThrow();
        String before = q.query().toString();
        List<String> all = keys(ResultSetFormatter.toList(runner.select(q, Map.of())));
        List<String> page = keys(ResultSetFormatter.toList(runner.select(q, Map.of(), 10, 7)));
        assertThat(page).isEqualTo(all.subList(10, 17));
        assertThat(ResultSetFormatter.toList(runner.select(q, Map.of(), all.size(), 5))).isEmpty();
        assertThat(q.query().toString()).isEqualTo(before);
    }

    @Test
    void aPageStaysWithinTheQuerysOwnLimitAndOffset(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("first-steps.rq");
        Files.writeString(file, """
                # title: Steps 3 to 7
                PREFIX dipn: <https://w3id.org/dipnorm/ontology#>
                SELECT ?process ?n WHERE { ?process dipn:hasStep/dipn:ordinal ?n } ORDER BY ?process ?n OFFSET 2 LIMIT 5""");
        NamedQuery own = QueryCatalog.read(file);
        List<String> all = keys(ResultSetFormatter.toList(runner.select(own, Map.of())));
        assertThat(all).hasSize(5);
        assertThat(keys(ResultSetFormatter.toList(runner.select(own, Map.of(), 1, 100)))).isEqualTo(all.subList(1, 5));
        assertThat(keys(ResultSetFormatter.toList(runner.select(own, Map.of(), 0, 2)))).isEqualTo(all.subList(0, 2));
    }

    @Test
    void aBadOrUnknownParameterIsNamed() {
        NamedQuery q = catalog.get("process-steps").orElseThrow();
        assertThatThrownBy(() -> NamedQueryRunner.bind(q, Map.of("process", "x> } DROP ALL")))
                .isInstanceOf(ParameterException.class).extracting(e -> ((ParameterException) e).parameter()).isEqualTo("process");
        assertThatThrownBy(() -> NamedQueryRunner.bind(q, Map.of("year", "1971")))
                .isInstanceOf(ParameterException.class).extracting(e -> ((ParameterException) e).parameter()).isEqualTo("year");
    }
}
