package org.dipnorm.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdfconnection.RDFConnection;
import org.dipnorm.TestProject;
import org.dipnorm.UsageException;
import org.dipnorm.query.NamedQuery;
import org.dipnorm.query.NamedQueryRunner;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.query.QueryParameter;
import org.dipnorm.vocab.Graphs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of hostile values through every API parameter: each gets a 4xx, or a 200 whose answer is
 * what the same value bound into the parsed query gives, never a changed query; the store is unchanged
 * and the server keeps answering.
 */
class HostileInputIT {
    static final List<String> HOSTILE = List.of(
            "'", "\"", "\"}", "x> } DROP ALL", "<http://evil.example/> } ; DROP ALL #",
            "us-china-1971> } UNION { ?s ?p ?o", "line\nbreak", "# comment", "china\" . ?s ?p ?o . \"",
            "\\u0022) } DELETE WHERE { ?s ?p ?o } #", "\u0000", "%00", "中国", "../../etc/passwd",
            "http://a b/c", "https://w3id.org/dipnorm/id/process/us-china-1971>", "SELECT * WHERE { ?s ?p ?o }",
            "proc:us-china-1971 } OPTIONAL {", "state:china", "https://evil.example/x", "1; DROP ALL", "-1", "99999999999999999999",
            "x".repeat(5_000));
    /** The part of the corpus sent through each parameter of each named query (about 40 parameters). */
    static final List<String> HOSTILE_FOR_QUERIES = List.of("\"}", "x> } DROP ALL", "line\nbreak", "# comment",
            "\\u0022) } DELETE WHERE { ?s ?p ?o } #", "http://a b/c", "proc:us-china-1971 } OPTIONAL {", "state:china",
            "https://evil.example/x", "1; DROP ALL", "x".repeat(5_000));

    @TempDir
    static Path tmp;
    private static TestServer api;
    private static QueryCatalog catalog;
    private static long triples;

    @BeforeAll
    static void start() {
        api = TestServer.start(tmp.resolve("db"));
        catalog = QueryCatalog.load(TestProject.sources().queriesDir());
        triples = api.store.size(Graphs.CURATED);
    }

    @AfterAll
    static void stop() {
        assertThat(api.store.size(Graphs.CURATED)).as("curated triples after the corpus").isEqualTo(triples);
        api.close();
    }

    private static String q(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    private static String path(String v) {
        return q(v).replace("+", "%20");
    }

    /** A 4xx, or a 200 with JSON: never a 5xx, never a changed query. */
    private static JsonNode answer(String url) {
        HttpResponse<String> r = api.get(url);
        assertThat(r.statusCode()).as("GET %s: %s", url.length() > 200 ? url.substring(0, 200) : url, r.body())
                .isBetween(200, 499).isNotIn(201, 202, 204, 301, 302, 303);
        return r.statusCode() == 200 ? TestServer.parse(r.body()) : null;
    }

    @Test
    void everyApiParameterRefusesOrAnswersTheLiteralValue() {
        for (String v : HOSTILE) {
            assertThat(answer("/api/processes/" + path(v))).as("process %s", v).isNull();
            assertThat(answer("/api/states/" + path(v))).as("state %s", v).isNull();
            JsonNode party = answer("/api/processes?party=" + q(v));
            if (party != null) {
                assertThat(party.get("total").asInt()).as("processes of party %s", v).isZero();
            }
            assertThat(answer("/api/processes?limit=" + q(v))).isNull();
            assertThat(answer("/api/processes?offset=" + q(v))).isNull();
            assertThat(answer("/api/compare?process=us-china-1971&process=" + q(v))).isNull();
            assertThat(answer("/api/compare?process=us-china-1971&process=us-vietnam-1975&as-of=" + q(v))).isNull();
            assertThat(answer("/api/queries/" + path(v))).isNull();
            JsonNode search = answer("/api/search?limit=1000&q=" + q(v));
            if (search != null) {
                String text = v.strip().toLowerCase(Locale.ROOT);
                search.get("items").forEach(hit -> assertThat(hit.get("text").asText().toLowerCase(Locale.ROOT)).contains(text));
            }
        }
    }

    @Test
    void everyNamedQueryParameterRefusesOrBindsTheValue() {
        int answered = 0;
        try (RDFConnection conn = RDFConnection.connect(api.store.dataset())) {
            NamedQueryRunner local = new NamedQueryRunner(conn, 30_000);
            for (NamedQuery query : catalog.all()) {
                for (QueryParameter p : query.parameters()) {
                    for (String v : HOSTILE_FOR_QUERIES) {
                        JsonNode r = answer("/api/queries/" + query.name() + "?limit=1000&" + q(p.name()) + "=" + q(v));
                        if (r == null) {
                            continue;
                        }
                        answered++;
                        int expected = localRows(local, query, Map.of(p.name(), v));
                        assertThat(r.get("rows")).as("%s?%s=%s", query.name(), p.name(), v).hasSize(expected);
                    }
                }
            }
        }
        assertThat(answered).as("values that are valid for their type and were answered").isPositive();
    }

    private static int localRows(NamedQueryRunner runner, NamedQuery query, Map<String, String> raw) {
        try {
            List<Object> rows = new ArrayList<>();
            runner.select(query, NamedQueryRunner.bind(query, raw)).forEachRemaining(rows::add);
            return rows.size();
        } catch (UsageException e) {
            throw new AssertionError("the API answered 200 where binding locally fails: " + e.getMessage());
        }
    }

    @Test
    void theServerStillAnswersAfterTheCorpus() {
        assertThat(api.json("/api/processes").get("total").asInt()).isEqualTo(20);
        assertThat(api.json("/health").get("status").asText()).isEqualTo("ok");
    }
}
