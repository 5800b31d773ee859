package org.dipnorm.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.dipnorm.TestProject;
import org.dipnorm.store.DipnormStore;
import org.dipnorm.store.SourceSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every named query, run over the real ontology and data, gives the results in
 * src/test/resources/expected/NAME.srj (with the parameters of NAME.params, if any); the
 * answers the project exists for are also asserted by value.
 */
class NamedQueriesTest {
    private static final Path EXPECTED = TestProject.ROOT.resolve("src/test/resources/expected");
    private static DipnormStore store;
    private static RDFConnection conn;
    private static QueryCatalog catalog;

    @BeforeAll
    static void load() {
        store = TestProject.store();
        conn = RDFConnection.connect(store.dataset());
        catalog = QueryCatalog.load(TestProject.sources().queriesDir());
    }

    @AfterAll
    static void close() {
        conn.close();
        store.close();
    }

    private static ResultSetRewindable run(String name, Map<String, String> params) {
        NamedQuery q = catalog.get(name).orElseThrow();
        return new NamedQueryRunner(conn, 30_000).select(q, NamedQueryRunner.bind(q, params));
    }

    private static List<QuerySolution> rows(String name, Map<String, String> params) {
        return ResultSetFormatter.toList(run(name, params));
    }

    /** The last path segment of an IRI in a result row (Jena's local names split keys that start with digits). */
    private static String key(QuerySolution row, String var) {
        String uri = row.getResource(var).getURI();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    @TestFactory
    Stream<DynamicTest> everyQueryGivesItsExpectedResults() {
        assertThat(catalog.all()).hasSizeGreaterThanOrEqualTo(13);
        return catalog.all().stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            if (q.query().isConstructType()) {
                Path expectedTtl = EXPECTED.resolve(q.name() + ".ttl");
                assertThat(expectedTtl).as("expected graph for query %s", q.name()).exists();
                Model expected = RDFDataMgr.loadModel(expectedTtl.toString());
                Model actual = new NamedQueryRunner(conn, 30_000).construct(q, NamedQueryRunner.bind(q, params(q.name())));
                assertThat(actual.isIsomorphicWith(expected)).as("%s gives the graph in %s", q.name(), expectedTtl).isTrue();
                assertThat(actual.size()).isPositive();
                return;
            }
            Path expectedFile = EXPECTED.resolve(q.name() + ".srj");
            assertThat(expectedFile).as("expected results for query %s", q.name()).exists();
            ResultSetRewindable expected;
            try (InputStream in = Files.newInputStream(expectedFile)) {
                expected = ResultSetFactory.copyResults(ResultSetMgr.read(in, ResultSetLang.RS_JSON));
            }
            ResultSetRewindable actual = run(q.name(), params(q.name()));
            boolean same = q.query().hasOrderBy()
                    ? ResultSetCompare.equalsByTermAndOrder(expected, actual)
                    : ResultSetCompare.equalsByTerm(expected, actual);
            expected.reset();
            actual.reset();
            assertThat(same).as("%s%nexpected:%n%s%nactual:%n%s", q.name(),
                    ResultSetFormatter.asText(expected), ResultSetFormatter.asText(actual)).isTrue();
        }));
    }

    private static Map<String, String> params(String name) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        Path file = EXPECTED.resolve(name + ".params");
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                if (line.contains("=")) {
                    params.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
                }
            }
        }
        return params;
    }

    @Test
    void liaisonOfficeToEmbassyTakesDaysAsTheRecordSays() {
        List<QuerySolution> us = rows("interim-to-embassy", Map.of()).stream()
                .filter(r -> key(r, "sender").equals("united-states")).toList();
        assertThat(us).anySatisfy(r -> {
            assertThat(key(r, "process")).isEqualTo("us-china-1971");
            assertThat(r.getLiteral("minDays").getInt()).isEqualTo(2130);
            assertThat(r.getLiteral("maxDays").getInt()).isEqualTo(2130);
        });
        assertThat(us).anySatisfy(r -> {
            assertThat(key(r, "process")).isEqualTo("us-vietnam-1975");
            assertThat(r.getLiteral("minDays").getInt()).isEqualTo(190);
        });
        // The interests section in Havana (1 Sep 1977) to the embassy (20 Jul 2015).
        assertThat(us).anySatisfy(r -> {
            assertThat(key(r, "process")).isEqualTo("us-cuba-1961");
            assertThat(r.getLiteral("minDays").getInt()).isEqualTo(13836);
        });
        // A process that never reached an embassy says so.
        assertThat(rows("interim-to-embassy", Map.of())).anySatisfy(r -> {
            assertThat(key(r, "process")).isEqualTo("israel-oman-1994");
            assertThat(r.getLiteral("outcome").getString()).isEqualTo("never");
            assertThat(r.get("embassy")).isNull();
        });
    }

    @Test
    void theDprkLiaisonOfficeCommitmentOf1994IsAgreedNeverRealizedNotFulfilled() {
        assertThat(rows("agreed-unrealized-steps", Map.of())).singleElement().satisfies(r -> {
            assertThat(key(r, "process")).isEqualTo("us-dprk-1994");
            assertThat(r.getLiteral("stepType").getString()).isEqualTo("liaison office agreed");
            assertThat(key(r, "commitment")).isEqualTo("1994-10-21-agreed-framework-liaison-offices");
            assertThat(r.getLiteral("status").getString()).isEqualTo("not fulfilled");
        });
    }

    @Test
    void yearOnlyFactsKeepYearPrecision() {
        List<QuerySolution> history = rows("relations-history", Map.of("state", "state:china"));
        assertThat(history).anySatisfy(r -> {
            assertThat(key(r, "event")).isEqualTo("1973-prc-liaison-office-washington-opened");
            assertThat(r.getLiteral("precision").getString()).isEqualTo("year");
            assertThat(r.getLiteral("date").getDatatypeURI()).isEqualTo("http://www.w3.org/2001/XMLSchema#gYear");
            assertThat(r.getLiteral("date").getLexicalForm()).isEqualTo("1973");
        });
    }

    @Test
    void aParameterNarrowsTheQueryToOneProcess() {
        assertThat(rows("process-steps", Map.of("process", "proc:us-china-1971")))
                .extracting(r -> key(r, "process")).containsOnly("us-china-1971").hasSize(11);
        assertThat(rows("process-steps", Map.of())).extracting(r -> key(r, "process"))
                .contains("us-china-1971", "us-vietnam-1975", "us-dprk-1994");
    }

    @Test
    void interestsSectionsAreListedWithTheirProtectingPower(@TempDir Path tmp) {
        Path home = TestProject.home(tmp, "interests-section.ttl");
        try (DipnormStore fixture = DipnormStore.inMemory();
             RDFConnection c = RDFConnection.connect(fixture.dataset())) {
            SourceSet sources = SourceSet.of(home, List.of());
            fixture.load(sources.parse(), sources.contentHash());
            NamedQuery q = catalog.get("interests-sections").orElseThrow();
            assertThat(ResultSetFormatter.toList(new NamedQueryRunner(c, 10_000).select(q, Map.of())))
                    .singleElement().satisfies(r -> {
                        assertThat(key(r, "power")).isEqualTo("epsilon");
                        assertThat(r.getLiteral("from").getLexicalForm()).isEqualTo("1977-01-01");
                        assertThat(r.getLiteral("to").getLexicalForm()).isEqualTo("1992-06-30");
                    });
        }
    }
}
