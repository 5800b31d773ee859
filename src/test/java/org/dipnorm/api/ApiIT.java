package org.dipnorm.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.dipnorm.vocab.Graphs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API on the real server over HTTP, as a program would use it. */
class ApiIT {
    @TempDir
    static Path tmp;
    private static TestServer api;

    @BeforeAll
    static void start() {
        api = TestServer.start(tmp.resolve("db"));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    private static void assertProblem(HttpResponse<String> r, int status, String parameter, String detail) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode p = TestServer.parse(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("detail").asText()).contains(detail);
        if (parameter != null) {
            assertThat(p.get("parameter").asText()).isEqualTo(parameter);
        }
    }

    @Test
    void processesArePagedWithATotalAndAHardMaximum() {
        JsonNode all = api.json("/api/processes?limit=1000");
        assertThat(all.get("total").asInt()).isEqualTo(20);
        assertThat(all.get("items")).hasSize(20);
        JsonNode page = api.json("/api/processes?limit=5&offset=5");
        assertThat(page.get("limit").asInt()).isEqualTo(5);
        assertThat(texts(page.get("items"), "id")).isEqualTo(texts(all.get("items"), "id").subList(5, 10));
        assertThat(api.json("/api/processes?offset=18").get("items")).hasSize(2);
        JsonNode china = api.json("/api/processes?party=china");
        assertThat(china.get("total").asInt()).isEqualTo(3);
        assertThat(texts(china.get("items"), "id")).containsExactly("us-china-1971", "japan-prc-1972", "rok-prc-1990");
        JsonNode first = china.get("items").get(0);
        assertThat(first.get("earliest").asText()).isEqualTo("1971-06-10");
        assertThat(first.get("latest").asText()).isEqualTo("1979-03-07");
        assertThat(first.get("outcome").get("id").asText()).isEqualTo("full-relations");
        assertThat(texts(first.get("parties"), "id")).containsExactly("china", "united-states");
        assertProblem(api.get("/api/processes?limit=1001"), 400, "limit", "limit=1001: expected an integer from 1 to 1000");
        assertProblem(api.get("/api/processes?limit=ten"), 400, "limit", "expected an integer");
        assertProblem(api.get("/api/processes?offset=-1"), 400, "offset", "offset=-1");
        assertProblem(api.get("/api/processes?limit=5&limit=6"), 400, "limit", "give it once");
        assertProblem(api.get("/api/processes?sort=label"), 400, "sort", "not a parameter");
    }

    @Test
    void aProcessHasItsStepsEventsWithEvidenceAndSources() {
        JsonNode p = api.json("/api/processes/us-vietnam-1975");
        assertThat(p.get("label").asText()).isEqualTo("U.S.–Vietnam normalization, 1975–1997");
        assertThat(p.get("steps")).hasSize(13);
        assertThat(p.get("steps").get(8).get("when").get("display").asText()).isEqualTo("1995-01-28");
        JsonNode office = StreamSupport.stream(p.get("events").spliterator(), false)
                .filter(e -> e.get("iri").asText().endsWith("/event/1995-01-28-us-liaison-office-hanoi-opened")).findFirst().orElseThrow();
        assertThat(office.get("type").get("id").asText()).isEqualTo("liaison-office-opened");
        assertThat(office.get("when").get("precision").asText()).isEqualTo("day");
        assertThat(office.get("attestations").get(0).get("quote").asText())
                .isEqualTo("The United States opened a Liaison Office in Hanoi on January 28, 1995.");
        // A month-precision date stays a month, with its bounds.
        JsonNode month = StreamSupport.stream(p.get("events").spliterator(), false)
                .filter(e -> e.get("iri").asText().endsWith("/event/1991-04-pow-mia-office-agreed")).findFirst().orElseThrow();
        assertThat(month.get("when").toString())
                .isEqualTo("{\"display\":\"1991-04\",\"precision\":\"month\",\"earliest\":\"1991-04-01\",\"latest\":\"1991-04-30\"}");
        assertThat(texts(p.get("sources"), "url")).contains("https://history.state.gov/countries/vietnam");
        assertThat(api.json("/api/processes/proc:us-vietnam-1975").get("id").asText()).isEqualTo("us-vietnam-1975");
        assertProblem(api.get("/api/processes/atlantis-1999"), 404, null, "process atlantis-1999: no such normalization process");
        assertProblem(api.get("/api/processes/us-china-1971?x=1"), 400, "x", "not a parameter");
    }

    @Test
    void aStateHasItsMissionsEventsAndProcesses() {
        JsonNode china = api.json("/api/states/china");
        assertThat(china.get("label").asText()).isEqualTo("China");
        assertThat(texts(china.get("processes"), "id")).containsExactly("us-china-1971", "japan-prc-1972", "rok-prc-1990");
        assertThat(texts(china.get("missions"), "iri")).contains("https://w3id.org/dipnorm/id/mission/united-states-liaison-office-beijing");
        JsonNode year = StreamSupport.stream(china.get("events").spliterator(), false)
                .filter(e -> e.get("iri").asText().endsWith("/event/1973-prc-liaison-office-washington-opened")).findFirst().orElseThrow();
        assertThat(year.get("when").get("display").asText()).isEqualTo("1973");
        assertThat(year.get("when").get("precision").asText()).isEqualTo("year");
        assertThat(year.get("when").get("earliest").asText()).isEqualTo("1973-01-01");
        assertThat(china.get("truncated").asBoolean()).isFalse();
        assertProblem(api.get("/api/states/atlantis"), 404, null, "state atlantis: no such state");
        assertProblem(api.get("/api/states/China"), 400, "slug", "lower-case letters");
    }

    @Test
    void compareGivesTheReportModelAsTheReportJsonDoes() {
        String ids = "process=us-china-1971&process=us-vietnam-1975&process=us-dprk-1994&as-of=2026-11-28";
        JsonNode model = api.json("/api/compare?" + ids);
        assertThat(model.get("schemaVersion").asText()).isEqualTo("1.0");
        assertThat(model.get("processes")).hasSize(3);
        assertThat(model).isEqualTo(TestServer.parse(api.get("/reports/compare?format=json&" + ids).body()));
        assertProblem(api.get("/api/compare?process=us-china-1971"), 400, null, "at least two processes");
        assertProblem(api.get("/api/compare?process=us-china-1971&process=atlantis-1999"), 404, null, "atlantis-1999");
        assertProblem(api.get("/api/compare?" + ids.replace("2026-11-28", "1994")), 400, "as-of", "as-of=1994");
    }

    @Test
    void searchFindsLabelsAndQuotes() {
        JsonNode hits = api.json("/api/search?q=Liaison%20Office%20in%20Hanoi&limit=100");
        assertThat(hits.get("items")).anySatisfy(h -> {
            assertThat(h.get("field").asText()).isEqualTo("quote");
            assertThat(h.get("iri").asText()).endsWith("/event/1995-01-28-us-liaison-office-hanoi-opened");
            assertThat(h.get("text").asText()).contains("Liaison Office in Hanoi");
        });
        assertThat(hits.get("items")).allSatisfy(h -> assertThat(h.get("text").asText().toLowerCase()).contains("liaison office in hanoi"));
        JsonNode page = api.json("/api/search?q=embassy&limit=2&offset=1");
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("total").asInt()).isGreaterThan(3);
        assertProblem(api.get("/api/search?q=a"), 400, "q", "2 to 200 characters");
        assertProblem(api.get("/api/search"), 400, "q", "2 to 200 characters");
    }

    @Test
    void namedQueriesAreListedAndRunWithTypedParameters() {
        JsonNode list = api.json("/api/queries");
        assertThat(texts(list, "name")).contains("interim-to-embassy", "process-steps", "api-search");
        JsonNode steps = StreamSupport.stream(list.spliterator(), false).filter(q -> q.get("name").asText().equals("process-steps"))
                .findFirst().orElseThrow();
        assertThat(steps.get("parameters").get(0).get("type").asText()).isEqualTo("iri");
        JsonNode rows = api.json("/api/queries/process-steps?process=proc:us-china-1971&limit=100");
        assertThat(rows.get("rows")).hasSize(11);
        assertThat(rows.get("truncated").asBoolean()).isFalse();
        assertThat(rows.get("rows").get(0).get("process").get("value").asText()).isEqualTo("https://w3id.org/dipnorm/id/process/us-china-1971");
        assertThat(rows.get("rows").get(0).get("n").get("datatype").asText()).isEqualTo("http://www.w3.org/2001/XMLSchema#integer");
        JsonNode page = api.json("/api/queries/process-steps?process=proc:us-china-1971&limit=4&offset=8");
        assertThat(page.get("rows")).hasSize(3);
        assertThat(api.json("/api/queries/process-steps?limit=4").get("truncated").asBoolean()).isTrue();
        assertProblem(api.get("/api/queries/process-steps?process=x%3E%20%7D%20DROP%20ALL"), 400, "process", "expected an absolute IRI");
        assertProblem(api.get("/api/queries/processes?year=1971"), 400, "year", "takes no parameters");
        assertProblem(api.get("/api/queries/no-such-query"), 404, null, "no such named query");
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheMountedRoutes() {
        JsonNode doc = api.json("/api/openapi.json");
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        List<String> documented = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(documented::add);
        assertThat(documented).containsExactlyInAnyOrderElementsOf(ApiRoutes.PATHS);
        Map<String, String> examples = Map.of("{id}", "us-china-1971", "{slug}", "china", "{name}", "processes");
        for (String path : documented) {
            String url = path;
            for (var e : examples.entrySet()) {
                url = url.replace(e.getKey(), e.getValue());
            }
            if (path.equals("/api/compare")) {
                url += "?process=us-china-1971&process=us-vietnam-1975";
            } else if (path.equals("/api/search")) {
                url += "?q=embassy";
            }
            assertThat(api.get(url).statusCode()).as("GET %s", url).isEqualTo(200);
            doc.get("paths").get(path).get("get").get("responses").fieldNames().forEachRemaining(status ->
                    assertThat(status).as("documented status of %s", path).matches("200|400|404|503"));
        }
        assertProblem(api.get("/api/no-such-route"), 404, null, "no such API route");
    }

    @Test
    void writesToTheApiAreRefused() {
        HttpResponse<String> post = api.send(HttpRequest.newBuilder(URI.create(api.url("/api/processes")))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertProblem(post, 405, null, "read-only");
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void healthSaysTheStoreIsOpenWithItsGraphsAndDataVersion() {
        JsonNode health = api.json("/health");
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("storeOpen").asBoolean()).isTrue();
        assertThat(health.get("graphs").get(Graphs.CURATED.getURI()).asLong()).isEqualTo(api.store.size(Graphs.CURATED));
        assertThat(health.get("graphs").get(Graphs.ONTOLOGY.getURI()).asLong()).isEqualTo(api.store.size(Graphs.ONTOLOGY));
        assertThat(health.get("dataVersion").asText()).isEqualTo(api.store.storedHash().orElseThrow());
    }
}
