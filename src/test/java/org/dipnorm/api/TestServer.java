package org.dipnorm.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.dipnorm.TestProject;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.report.JsonReportRenderer;
import org.dipnorm.server.DipnormServer;
import org.dipnorm.store.DipnormStore;
import org.dipnorm.store.SourceSet;

/** The real server on a free port over the project's data in a TDB2 store on disk, with tiny HTTP helpers. */
final class TestServer implements AutoCloseable {
    final DipnormStore store;
    final DipnormServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private TestServer(DipnormStore store, DipnormServer server) {
        this.store = store;
        this.server = server;
    }

    /** Loads the project into {@code dir} and serves it, after {@code configure} adjusted the builder. */
    static TestServer start(Path dir, UnaryOperator<DipnormServer.Builder> configure) {
        DipnormStore store = DipnormStore.open(dir);
        SourceSet sources = TestProject.sources();
        store.load(sources.parse(), sources.contentHash());
        DipnormServer.Builder builder = DipnormServer.create().port(0).dataset(store.datasetGraph()).afterWrite(store::recordWrite)
                .queries(QueryCatalog.load(sources.queriesDir()));
        return new TestServer(store, configure.apply(builder).build().start());
    }

    static TestServer start(Path dir) {
        return start(dir, b -> b);
    }

    String url(String path) {
        return server.baseUrl() + path;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET that must answer 200 with JSON. */
    JsonNode json(String path) {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return parse(r.body());
    }

    static JsonNode parse(String body) {
        try {
            return JsonReportRenderer.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
