package org.dipnorm.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.dipnorm.TestProject;
import org.dipnorm.bench.ServerProcess;
import org.dipnorm.cli.DipnormCli;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.server.DipnormServer;
import org.dipnorm.store.DipnormStore;
import org.dipnorm.store.SourceSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Remote mode: a stock Fuseki ({@code jena-fuseki-server} 5.6.0, its own process) serves a TDB2 copy of
 * the project's data with {@code tdb2:unionDefaultGraph true}; DipNorm's API and reports run against
 * its SPARQL endpoint and must answer exactly as over the embedded store.
 */
class RemoteIT {
    private static final Path FUSEKI_JAR = Path.of(System.getProperty("fuseki.server.jar", "target/fuseki/jena-fuseki-server.jar"));
    private static final List<String> ROUTES = List.of(
            "/api/processes?limit=1000", "/api/processes?party=china&limit=2&offset=1", "/api/processes/us-dprk-1994",
            "/api/processes/us-vietnam-1975", "/api/states/china", "/api/states/korea-north",
            "/api/compare?process=us-china-1971&process=us-vietnam-1975&process=us-dprk-1994&as-of=2026-11-28",
            "/api/search?q=liaison%20office&limit=1000", "/api/queries/missions?sender=state:united-states&receiver=state:vietnam",
            "/api/queries/interim-to-embassy", "/reports/compare?process=us-china-1971&process=us-dprk-1994&format=csv&as-of=2026-11-28",
            "/api/processes/atlantis-1999", "/api/states/Atlantis", "/api/queries/process-steps?process=x%3E");

    @TempDir
    static Path tmp;
    private static ServerProcess fuseki;
    private static TestServer embedded;
    private static DipnormServer remote;
    private static String fusekiSparql;

    @BeforeAll
    static void start() throws Exception {
        assertThat(FUSEKI_JAR).as("the Fuseki server jar (mvn pre-integration-test copies it)").exists();
        Path db = tmp.resolve("remote-db");
        DipnormStore store = DipnormStore.open(db);
        SourceSet sources = TestProject.sources();
        store.load(sources.parse(), sources.contentHash());
        // Release the store (its text index and TDB2's lock) so that the Fuseki process can open it.
        store.close();
        // the same stock Fuseki, configured the same way, as bench scale's remote mode starts
        fuseki = ServerProcess.fusekiServer(FUSEKI_JAR.toAbsolutePath(), db, tmp, "512m");
        fusekiSparql = fuseki.sparqlUrl();
        remote = DipnormServer.create().port(0).endpoint(fusekiSparql)
                .queries(QueryCatalog.load(TestProject.sources().queriesDir())).build().start();
        embedded = TestServer.start(tmp.resolve("embedded-db"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (remote != null) {
            remote.stop();
        }
        if (embedded != null) {
            embedded.close();
        }
        if (fuseki != null) {
            fuseki.close();
        }
    }

    private static HttpResponse<String> remoteGet(String path) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(remote.baseUrl() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theApiAnswersOverASeparateFusekiAsOverTheEmbeddedStore() throws Exception {
        for (String route : ROUTES) {
            HttpResponse<String> local = embedded.get(route);
            HttpResponse<String> far = remoteGet(route);
            assertThat(far.statusCode()).as("%s: %s", route, far.body()).isEqualTo(local.statusCode());
            if (local.headers().firstValue("Content-Type").orElse("").contains("json")) {
                assertThat(TestServer.parse(far.body())).as(route).isEqualTo(TestServer.parse(local.body()));
            } else {
                assertThat(far.body()).as(route).isEqualTo(local.body());
            }
        }
    }

    @Test
    void healthReportsTheRemoteGraphsAndDataVersion() throws Exception {
        JsonNode far = TestServer.parse(remoteGet("/health").body());
        JsonNode local = embedded.json("/health");
        assertThat(far.get("mode").asText()).isEqualTo("remote");
        assertThat(far.get("storeOpen").asBoolean()).isTrue();
        assertThat(far.get("graphs")).isEqualTo(local.get("graphs"));
        assertThat(far.get("dataVersion")).isEqualTo(local.get("dataVersion"));
    }

    @Test
    void theQueryCommandRunsAgainstTheEndpoint() {
        StringWriter out = new StringWriter();
        CommandLine cl = DipnormCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        assertThat(cl.execute("query", "interim-to-embassy", "--endpoint", fusekiSparql, "--format", "csv")).isZero();
        assertThat(out.toString()).contains(",2130,2130").contains(",190,190");
    }

    @Test
    void inRemoteModeThereIsNoLocalSparqlEndpoint() throws Exception {
        assertThat(remoteGet("/dipnorm/sparql?query=ASK%7B%7D").statusCode()).isEqualTo(404);
    }
}
