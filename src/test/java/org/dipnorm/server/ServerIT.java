package org.dipnorm.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.dipnorm.TestProject;
import org.dipnorm.TestServer;
import org.dipnorm.store.DipnormStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server on a free port over a TDB2 store on disk, used over HTTP as a SPARQL client would. */
class ServerIT {
    @TempDir
    static Path tmp;
    private static TestServer running;
    private static DipnormStore store;
    private static DipnormServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        running = TestServer.start(tmp, TestProject.ROOT, b -> b.queryTimeoutMillis(1_000));
        store = running.store();
        server = running.server();
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    private static String url(String path) {
        return server.baseUrl() + path;
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A write attempt on its own connection: Jetty may close a connection after refusing a request
     * whose body it did not read, and a pooled connection would then fail the next request.
     */
    private static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return fresh.send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersTheOpeningsOfTheBeijingLiaisonOfficeAndTheHanoiEmbassyWithTheirSources() {
        String query = """
                PREFIX dipn: <https://w3id.org/dipnorm/ontology#>
                PREFIX st: <https://w3id.org/dipnorm/vocab/step-type/>
                PREFIX time: <http://www.w3.org/2006/time#>
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX schema: <http://schema.org/>
                SELECT ?mission ?date ?source WHERE {
                  VALUES ?type { st:liaison-office-opened st:embassy-opened }
                  ?event dipn:eventType ?type ; org:resultingOrganization ?mission ;
                         time:hasTime/time:inXSDDate ?date ;
                         dipn:attestedBy/prov:wasQuotedFrom/schema:url ?source .
                  ?mission dipn:sendingState <https://w3id.org/dipnorm/id/state/united-states> .
                } ORDER BY ?date""";
        try (RDFConnection conn = RDFConnectionRemote.service(server.sparqlUrl()).build()) {
            List<QuerySolution> rows = ResultSetFormatter.toList(conn.query(query).execSelect());
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.getResource("mission").getURI()).endsWith("/mission/united-states-liaison-office-beijing");
                assertThat(r.getLiteral("date").getLexicalForm()).isEqualTo("1973-05-01");
                assertThat(r.getResource("source").getURI()).isEqualTo("https://history.state.gov/countries/china");
            });
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.getResource("mission").getURI()).endsWith("/mission/united-states-embassy-hanoi");
                assertThat(r.getLiteral("date").getLexicalForm()).isEqualTo("1995-08-06");
                assertThat(r.getResource("source").getURI()).isEqualTo("https://history.state.gov/countries/vietnam");
            });
        }
    }

    @Test
    void queryOverGetWithTheStandardProtocol() throws Exception {
        String q = URLEncoder.encode("ASK { ?p a <https://w3id.org/dipnorm/ontology#NormalizationProcess> }",
                StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url("/dipnorm/query?query=" + q)))
                .header("Accept", "application/sparql-results+json").GET().build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"boolean\"").contains("true");
    }

    @Test
    void graphStoreReadServesANamedGraph() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url("/dipnorm/get?graph="
                + URLEncoder.encode("https://w3id.org/dipnorm/graph/curated", StandardCharsets.UTF_8))))
                .header("Accept", "application/n-triples").GET().build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<https://w3id.org/dipnorm/id/state/vietnam>");
    }

    @Test
    void sparqlUpdateIsRefusedAndChangesNothing() throws Exception {
        long before = store.size(org.dipnorm.vocab.Graphs.CURATED);
        String update = "DROP ALL";
        for (String path : List.of("/dipnorm/update", "/dipnorm", "/dipnorm/sparql", "/dipnorm/query")) {
            HttpResponse<String> r = post(path, "application/sparql-update", update);
            assertThat(r.statusCode()).as("POST update to %s", path).isBetween(400, 499);
            HttpResponse<String> form = post(path, "application/x-www-form-urlencoded", "update=DROP%20ALL");
            assertThat(form.statusCode()).as("form update to %s", path).isBetween(400, 499);
        }
        HttpResponse<String> r = post("/dipnorm/update", "application/sparql-update", update);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("read-only");
        assertThat(store.size(org.dipnorm.vocab.Graphs.CURATED)).isEqualTo(before);
    }

    @Test
    void graphStoreWritesAreRefused() throws Exception {
        long before = store.size(org.dipnorm.vocab.Graphs.CURATED);
        String triple = "<urn:x:s> <urn:x:p> \"o\" .";
        for (String path : List.of("/dipnorm/get?default", "/dipnorm/data?default", "/dipnorm?default")) {
            HttpResponse<String> put = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Content-Type", "application/n-triples").PUT(HttpRequest.BodyPublishers.ofString(triple)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(put.statusCode()).as("PUT %s", path).isBetween(400, 499);
            HttpResponse<String> postData = post(path, "application/n-triples", triple);
            assertThat(postData.statusCode()).as("POST %s", path).isBetween(400, 499);
            HttpResponse<String> delete = send(HttpRequest.newBuilder(URI.create(url(path))).DELETE().build());
            assertThat(delete.statusCode()).as("DELETE %s", path).isBetween(400, 499);
        }
        assertThat(store.size(org.dipnorm.vocab.Graphs.CURATED)).isEqualTo(before);
    }

    @Test
    void serviceCallsToOtherHostsAreRefused() throws Exception {
        String q = URLEncoder.encode("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url("/dipnorm/sparql?query=" + q))).GET().build());
        assertThat(r.statusCode()).isNotEqualTo(200);
    }

    @Test
    void aPathologicalQueryIsCutByTheTimeoutAndTheServerStaysResponsive() throws Exception {
        String q = URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
                StandardCharsets.UTF_8);
        long start = System.nanoTime();
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url("/dipnorm/sparql?query=" + q))).GET().build());
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(30_000);
        HttpResponse<String> ping = send(HttpRequest.newBuilder(URI.create(url("/$/ping"))).GET().build());
        assertThat(ping.statusCode()).isEqualTo(200);
    }
}
