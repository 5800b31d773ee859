package org.dipnorm.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dipnorm.TestProject;
import org.dipnorm.query.QueryCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's limits: a pathological named query is cut by the query timeout with a clear 503 and the
 * server keeps answering; answers hold at most --max-rows rows; large request bodies get 413; there is
 * no SHACL or admin endpoint.
 */
class LimitsIT {
    private static final long TIMEOUT_MS = 4_000;

    @TempDir
    static Path tmp;
    private static TestServer api;

    @BeforeAll
    static void start() throws Exception {
        Path queries = tmp.resolve("queries");
        TestProject.copyTree(TestProject.sources().queriesDir(), queries);
        Files.writeString(queries.resolve("cross-product.rq"), """
                # title: A pathological query
                # description: Every triple with every triple with every triple: never finishes by itself.
                SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }
                """);
        api = TestServer.start(tmp.resolve("db"), b -> b.queries(QueryCatalog.load(queries)).queryTimeoutMillis(TIMEOUT_MS)
                .maxRows(50).maxRequestBytes(10_000));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aPathologicalQueryIsCutWithAClearErrorAndTheServerStaysResponsive() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> cut = api.get("/api/queries/cross-product");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(cut.statusCode()).as(cut.body()).isEqualTo(503);
        assertThat(cut.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(TestServer.parse(cut.body()).get("detail").asText()).contains("query timeout");
        assertThat(ms).isLessThan(TIMEOUT_MS + 20_000);
        // While another one runs, the server answers others.
        Thread slow = new Thread(() -> api.get("/api/queries/cross-product"));
        slow.start();
        Thread.sleep(500);
        assertThat(api.json("/api/processes?limit=1").get("total").asInt()).isEqualTo(20);
        assertThat(api.get("/$/ping").statusCode()).isEqualTo(200);
        slow.join(TIMEOUT_MS + 20_000);
    }

    @Test
    void answersHoldAtMostMaxRows() {
        JsonNode page = api.json("/api/queries/api-search?q=the&limit=50");
        assertThat(page.get("rows")).hasSize(50);
        assertThat(page.get("truncated").asBoolean()).isTrue();
        assertThat(api.get("/api/queries/api-search?q=the&limit=51").statusCode()).isEqualTo(400);
        assertThat(api.json("/api/search?q=the&limit=50").get("total").asInt()).isEqualTo(50);
        assertThat(api.json("/api/states/united-states").get("truncated").asBoolean()).isTrue();
    }

    @Test
    void largeRequestBodiesAreRefused() throws Exception {
        String big = "query=" + "%23".repeat(10_000) + "ASK%7B%7D";
        HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(api.url("/dipnorm/sparql"))).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(big)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(api.get("/dipnorm/sparql?query=ASK%7B%7D").statusCode()).isEqualTo(200);
    }

    @Test
    void thereIsNoShaclOrAdminEndpoint() throws Exception {
        for (String path : List.of("/dipnorm/shacl", "/$/compact/dipnorm", "/$/datasets", "/$/stats", "/$/backup/dipnorm")) {
            HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(URI.create(api.url(path))).header("Content-Type", "text/turtle")
                            .POST(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> 1 .")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as("POST %s", path).isBetween(400, 499);
        }
    }
}
