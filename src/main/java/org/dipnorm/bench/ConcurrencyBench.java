package org.dipnorm.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.dipnorm.vocab.Graphs;

/**
 * Many readers while one write runs: {@code readers} threads, each on its own connection, send pages and
 * API routes and, every third request, count the typed resources of the curated graph through the SPARQL
 * endpoint; meanwhile one batch of N-Triples is POSTed to the graph store ({@code /dipnorm/data}, a server
 * started with {@code --allow-update}), which Fuseki writes in one TDB2 transaction. Every count a reader
 * sees must be the count before the write or after it, never one in between; any answer but 200 is an error.
 */
public final class ConcurrencyBench {
    /** The typed resources of the curated graph: what a reader counts. */
    public static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + Graphs.CURATED.getURI() + "> { ?s a ?type } }";

    /** What one run saw. */
    public record Result(int readers, long reads, long errors, List<String> firstErrors, Samples latency, long before, long after,
            Set<Long> counts, double writeMillis, int writeStatus) {
        /** Every count seen is the count before or after the write. */
        public boolean consistent() {
            return Set.of(before, after).containsAll(counts);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final int readers;
    private final long settleMillis;

    /** {@code readers} threads; reading starts {@code settleMillis} before the write and stops as long after it. */
    public ConcurrencyBench(int readers, long settleMillis) {
        this.readers = readers;
        this.settleMillis = settleMillis;
    }

    /** Runs the readers against {@code baseUrl} while {@code batch} (N-Triples) is POSTed into the curated graph as {@code user}. */
    public Result run(String baseUrl, List<String> readPaths, byte[] batch, String user, String password) throws Exception {
        HttpClient one = client();
        long before = count(one, baseUrl);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong errors = new AtomicLong();
        List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
        Set<Long> counts = Collections.synchronizedSet(new TreeSet<>());
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        List<Future<List<Double>>> futures = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            int first = r;
            futures.add(pool.submit(() -> {
                HttpClient http = client();
                List<Double> times = new ArrayList<>();
                for (int i = first; !stop.get(); i++) {
                    long start = System.nanoTime();
                    try {
                        if (i % 3 == 0) {
                            counts.add(count(http, baseUrl));
                        } else {
                            String path = readPaths.get(i % readPaths.size());
                            HttpResponse<byte[]> resp = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                                    .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
                            if (resp.statusCode() != 200) {
                                throw new IOException("GET " + path + " answered " + resp.statusCode());
                            }
                        }
                        times.add((System.nanoTime() - start) / 1e6);
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 5) {
                            firstErrors.add(e.toString());
                        }
                    }
                }
                return times;
            }));
        }
        Thread.sleep(settleMillis);
        long writeStart = System.nanoTime();
        String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> written = client().send(HttpRequest.newBuilder(URI.create(baseUrl + "/dipnorm/data?graph="
                + URLEncoder.encode(Graphs.CURATED.getURI(), StandardCharsets.UTF_8)))
                .header("Content-Type", "application/n-triples").header("Authorization", "Basic " + auth)
                .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.ofByteArray(batch)).build(),
                HttpResponse.BodyHandlers.ofString());
        double writeMillis = (System.nanoTime() - writeStart) / 1e6;
        Thread.sleep(settleMillis);
        stop.set(true);
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        long after = count(one, baseUrl);
        return new Result(readers, all.size() + errors.get(), errors.get(), List.copyOf(firstErrors),
                Samples.of(all.stream().mapToDouble(Double::doubleValue).toArray()), before, after, Set.copyOf(counts), writeMillis,
                written.statusCode());
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(20)).build();
    }

    private static long count(HttpClient http, String baseUrl) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/dipnorm/sparql?query="
                + URLEncoder.encode(COUNT, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("the count query answered " + r.statusCode());
        }
        return JSON.readTree(r.body()).path("results").path("bindings").path(0).path("n").path("value").asLong(-1);
    }
}
