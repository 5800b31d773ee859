package org.dipnorm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.dipnorm.UsageException;
import org.dipnorm.server.DipnormServer;
import org.dipnorm.store.DipnormStore;
import org.dipnorm.vocab.Graphs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --allow-update}: writes only with the password file's credentials (HTTP Basic, loopback); reads stay open. */
class UpdateIT {
    private static final String INSERT = "INSERT DATA { GRAPH <urn:x:scratch> { <urn:x:s> <urn:x:p> \"written\" } }";

    @TempDir
    static Path tmp;
    private static TestServer api;
    private static Path passwords;

    @BeforeAll
    static void start() throws Exception {
        passwords = tmp.resolve("passwords");
        Files.writeString(passwords, "editor: s3cret-pass\n");
        api = TestServer.start(tmp.resolve("db"), b -> b.allowUpdate(passwords));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** Each write on its own connection: Jetty may close one after refusing it. */
    private static HttpResponse<String> write(String method, String path, String contentType, String body, String user, String password)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.url(path))).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long scratch(DipnormStore store) {
        return store.size(org.apache.jena.graph.NodeFactory.createURI("urn:x:scratch"));
    }

    @Test
    void updateNeedsTheRightCredentials() throws Exception {
        long before = scratch(api.store);
        assertThat(write("POST", "/dipnorm/update", "application/sparql-update", INSERT, null, null).statusCode()).isEqualTo(401);
        assertThat(write("POST", "/dipnorm/update", "application/sparql-update", INSERT, "editor", "wrong").statusCode()).isEqualTo(401);
        assertThat(write("POST", "/dipnorm/update", "application/sparql-update", INSERT, "intruder", "s3cret-pass").statusCode()).isEqualTo(401);
        assertThat(scratch(api.store)).isEqualTo(before);
        HttpResponse<String> ok = write("POST", "/dipnorm/update", "application/sparql-update", INSERT, "editor", "s3cret-pass");
        assertThat(ok.statusCode()).as(ok.body()).isBetween(200, 204);
        assertThat(scratch(api.store)).isEqualTo(1);
        String ask = URLEncoder.encode("ASK { <urn:x:s> <urn:x:p> \"written\" }", StandardCharsets.UTF_8);
        assertThat(api.get("/dipnorm/sparql?query=" + ask).body()).contains("true");
    }

    @Test
    void graphStoreWritesNeedTheRightCredentials() throws Exception {
        String triple = "<urn:x:a> <urn:x:b> \"c\" .";
        String graph = "/dipnorm/data?graph=" + URLEncoder.encode("urn:x:gsp", StandardCharsets.UTF_8);
        assertThat(write("PUT", graph, "application/n-triples", triple, null, null).statusCode()).isEqualTo(401);
        assertThat(write("PUT", "/dipnorm/get?graph=urn:x:gsp", "application/n-triples", triple, "editor", "s3cret-pass").statusCode())
                .isBetween(400, 499);
        HttpResponse<String> put = write("PUT", graph, "application/n-triples", triple, "editor", "s3cret-pass");
        assertThat(put.statusCode()).as(put.body()).isBetween(200, 204);
        assertThat(api.store.size(org.apache.jena.graph.NodeFactory.createURI("urn:x:gsp"))).isEqualTo(1);
    }

    @Test
    void aWriteMovesTheDataVersionTheWholeGraphFiguresAndTheTextIndex() throws Exception {
        String page = "/page/process/us-china-1971";
        String etag = api.get(page).headers().firstValue("ETag").orElseThrow();
        HttpRequest revalidate = HttpRequest.newBuilder(URI.create(api.url(page))).header("If-None-Match", etag).GET().build();
        HttpResponse<String> fresh = api.send(revalidate);
        assertThat(fresh.statusCode()).as(etag + " vs " + fresh.headers().map()).isEqualTo(304);
        assertThat(api.json("/health").path("graphs").has("urn:x:versioned")).isFalse();
        assertThat(api.get("/search?q=Zanzibarian").body()).doesNotContain("Zanzibarian liaison");

        String insert = "INSERT DATA { GRAPH <urn:x:versioned> { <urn:x:versioned-thing> "
                + "<http://www.w3.org/2000/01/rdf-schema#label> \"Zanzibarian liaison\"@en } }";
        HttpResponse<String> ok = write("POST", "/dipnorm/update", "application/sparql-update", insert, "editor", "s3cret-pass");
        assertThat(ok.statusCode()).as(ok.body()).isBetween(200, 204);

        HttpResponse<String> after = api.send(revalidate);
        assertThat(after.statusCode()).as("the old ETag no longer matches").isEqualTo(200);
        assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(api.json("/health").path("graphs").path("urn:x:versioned").asLong()).isEqualTo(1);
        assertThat(api.get("/.well-known/void").body()).contains("urn:x:versioned");
        assertThat(api.get("/search?q=Zanzibarian").body()).contains("Zanzibarian liaison");
    }

    @Test
    void aKeptPageIsRenderedAgainAfterAWrite() throws Exception {
        String page = "/page/process/us-vietnam-1975";
        api.get(page);
        HttpResponse<String> kept = api.get(page);
        assertThat(kept.headers().firstValue("Cache-Status").orElseThrow()).isEqualTo("DipNorm; hit");
        assertThat(kept.body()).doesNotContain("Admirer of Hanoi");

        String insert = "INSERT DATA { GRAPH <urn:x:admirers> { <urn:x:admirer> "
                + "<http://www.w3.org/2000/01/rdf-schema#label> \"Admirer of Hanoi\"@en ; "
                + "<http://www.w3.org/2000/01/rdf-schema#seeAlso> <https://w3id.org/dipnorm/id/process/us-vietnam-1975> } }";
        HttpResponse<String> ok = write("POST", "/dipnorm/update", "application/sparql-update", insert, "editor", "s3cret-pass");
        assertThat(ok.statusCode()).as(ok.body()).isBetween(200, 204);

        HttpResponse<String> after = api.get(page);
        assertThat(after.headers().firstValue("Cache-Status").orElseThrow()).isEqualTo("DipNorm; fwd=uri-miss; stored");
        assertThat(after.body()).as("the incoming link written after the page was kept").contains("Admirer of Hanoi");
        assertThat(api.get(page).headers().firstValue("Cache-Status").orElseThrow()).isEqualTo("DipNorm; hit");
    }

    @Test
    void readsStayOpenAndTheCuratedDataIsUntouchedByRefusals() throws Exception {
        long curated = api.store.size(Graphs.CURATED);
        assertThat(write("POST", "/dipnorm/sparql", "application/sparql-update", "DROP ALL", "editor", "s3cret-pass").statusCode())
                .isBetween(400, 499);
        assertThat(write("POST", "/dipnorm/update", "application/sparql-update", "DROP ALL", null, null).statusCode()).isEqualTo(401);
        assertThat(api.store.size(Graphs.CURATED)).isEqualTo(curated);
        assertThat(api.get("/api/processes").statusCode()).isEqualTo(200);
        assertThat(api.get("/dipnorm/sparql?query=ASK%7B%7D").statusCode()).isEqualTo(200);
    }

    @Test
    void updatesAreOnlyForTheEmbeddedStoreOnLoopback() {
        assertThatThrownBy(() -> DipnormServer.create().host("0.0.0.0").allowUpdate(passwords).dataset(api.store.datasetGraph()).build())
                .isInstanceOf(UsageException.class).hasMessageContaining("loopback");
        assertThatThrownBy(() -> DipnormServer.create().allowUpdate(tmp.resolve("missing")))
                .isInstanceOf(UsageException.class).hasMessageContaining("not a readable file");
    }
}
