package org.dipnorm.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dipnorm.TestProject;
import org.dipnorm.store.DipnormStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TDB2 has one writer: while a write transaction is open, every other write waits for it on a Jetty worker
 * thread. With Fuseki main's default of 20 worker threads, 64 waiting writes took them all, and a read that came
 * then waited unread in Jetty's queue until the writer was done — or until Jetty's idle timeout closed its
 * connection without an answer ({@code HTTP/1.1 header parser received no bytes}, the error {@code bench scale}
 * saw with 64 readers during a write at 100×). Reads must be answered while the writes wait, and every write must
 * go through once the writer is done. (The read's 60 s timeout only keeps a failing test from hanging.)
 */
class WaitingWritesIT {
    private static final int WRITES = 64;
    private static final String INSERT = "INSERT DATA { GRAPH <urn:x:waiting> { <urn:x:s> <urn:x:p> \"written\" } }";

    @TempDir
    Path tmp;

    @Test
    void readsAreAnsweredWhileWritesWaitForTheWriter() throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), "writer: waiting-writes\n");
        try (DipnormStore store = TestProject.store()) {
            DatasetGraph dataset = store.datasetGraph();
            DipnormServer server = DipnormServer.create().port(0).dataset(dataset).allowUpdate(passwords).build().start();
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService writer = Executors.newSingleThreadExecutor();
            try {
                Future<?> held = writer.submit(() -> {
                    dataset.begin(ReadWrite.WRITE);
                    try {
                        holding.countDown();
                        release.await();
                    } finally {
                        dataset.abort();
                        dataset.end();
                    }
                    return null;
                });
                holding.await();
                List<CompletableFuture<HttpResponse<String>>> writes = new ArrayList<>();
                HttpClient writers = client();
                String auth = "Basic " + Base64.getEncoder().encodeToString("writer:waiting-writes".getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < WRITES; i++) {
                    writes.add(writers.sendAsync(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/dipnorm/update"))
                            .header("Content-Type", "application/sparql-update").header("Authorization", auth)
                            .POST(HttpRequest.BodyPublishers.ofString(INSERT)).build(), HttpResponse.BodyHandlers.ofString()));
                }
                // the writes reach the server and wait for the writer, each on a worker thread
                Thread.sleep(2_000);
                String ask = URLEncoder.encode("ASK { ?s a ?type }", StandardCharsets.UTF_8);
                HttpResponse<String> read = client().send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + ask))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
                assertThat(read.body()).contains("true");

                release.countDown();
                held.get();
                for (CompletableFuture<HttpResponse<String>> w : writes) {
                    HttpResponse<String> r = w.get();
                    assertThat(r.statusCode()).as(r.body()).isBetween(200, 204);
                }
            } finally {
                release.countDown();
                writer.shutdown();
                server.stop();
            }
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(20)).build();
    }
}
