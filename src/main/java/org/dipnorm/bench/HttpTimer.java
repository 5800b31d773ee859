package org.dipnorm.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.dipnorm.InputException;

/** Times HTTP requests on one keep-alive client: API GETs, and SPARQL queries POSTed as forms asking for JSON results. */
final class HttpTimer {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * Milliseconds for a GET of {@code url}, which must answer 200. It asks for a fresh answer ({@code Cache-Control:
     * no-cache}), so that a resource page is timed as rendered, not as kept in the server's page cache.
     */
    double get(String url) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header("Cache-Control", "no-cache")
                .GET().build();
        return time(req, url);
    }

    /** Milliseconds for one SPARQL query POSTed to {@code endpoint}, answered as SPARQL JSON results. */
    double sparql(String endpoint, String query) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
        return time(req, endpoint);
    }

    /** Milliseconds for all the queries, one after the other (what a client would wait for). */
    double sparqlSum(String endpoint, Iterable<String> queries) throws IOException, InterruptedException {
        double sum = 0;
        for (String q : queries) {
            sum += sparql(endpoint, q);
        }
        return sum;
    }

    private double time(HttpRequest req, String what) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - start) / 1e6;
        if (r.statusCode() != 200) {
            throw new InputException(what + " answered " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
        }
        return ms;
    }
}
