package org.dipnorm.bench;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dipnorm.InputException;

/**
 * Resource pages under concurrent load (issue #4): {@code clients} threads, each on its own keep-alive
 * connection, fetch the same resources four ways — the HTML page ({@code /page/…}) as served (kept
 * per data version), the same page rendered for each request ({@code Cache-Control: no-cache}), Fuseki's own
 * {@code DESCRIBE} of the resource over {@code /dipnorm/sparql} (Turtle), and the page revalidated with
 * {@code If-None-Match} (304). The modes take turns in slices of {@code sliceSeconds}, for
 * {@code rounds} rounds after {@code warmupRounds} that are not counted, so that a disturbance of the shared
 * machine falls on all of them; the ratios are requests per second of each mode over those of DESCRIBE.
 * An error is any other status or an exception.
 */
final class PageBench {
    /** A resource by its path under /id/ (e.g. {@code process/us-china-1971}). */
    record Target(String path) {
        String iri() {
            return "https://w3id.org/dipnorm/id/" + path;
        }
    }

    enum Mode {
        PAGE("resource page — `GET /page/…` (HTML, as served: rendered once per data version)"),
        RENDER("resource page rendered for every request — `Cache-Control: no-cache`"),
        DESCRIBE("Fuseki `DESCRIBE <iri>` — `GET /dipnorm/sparql` (Turtle)"),
        REVALIDATE("resource page revalidated — `If-None-Match` → 304");

        final String label;

        Mode(String label) {
            this.label = label;
        }
    }

    /** One mode's totals over all its slices. */
    record Result(Mode mode, long requests, long errors, double seconds, Samples latency) {
        double perSecond() {
            return requests / seconds;
        }
    }

    static final List<Target> TARGETS = List.of(new Target("process/us-china-1971"), new Target("state/china"),
            new Target("mission/united-states-liaison-office-beijing"), new Target("event/1973-05-01-us-liaison-office-beijing-opened"));

    private final int clients;
    private final int rounds;
    private final int sliceSeconds;
    private final int warmupRounds;

    int warmupRounds() {
        return warmupRounds;
    }

    int clients() {
        return clients;
    }

    int rounds() {
        return rounds;
    }

    int sliceSeconds() {
        return sliceSeconds;
    }

    PageBench(int clients, int warmupRounds, int rounds, int sliceSeconds) {
        this.clients = clients;
        this.warmupRounds = warmupRounds;
        this.rounds = rounds;
        this.sliceSeconds = sliceSeconds;
    }

    Map<Mode, Result> run(ServerProcess server, List<Target> targets, PrintWriter log) throws Exception {
        Map<Target, String> etags = etags(server, targets);
        // Fuseki's DESCRIBE path takes longer to reach its speed than the pages (JIT): a single warm-up
        // slice once left it at a seventh of its later rate in the first counted round.
        for (int w = 0; w < warmupRounds; w++) {
            for (Mode mode : Mode.values()) {
                ConcurrentClients.Outcome s = slice(server, targets, etags, mode);
                log.printf("  warm-up %d, %-10s %,7d requests (%.0f/s), not counted%n", w + 1, mode, s.requests(), s.requests() / s.seconds());
                log.flush();
            }
        }
        Map<Mode, List<ConcurrentClients.Outcome>> slices = new EnumMap<>(Mode.class);
        for (int r = 0; r < rounds; r++) {
            for (Mode mode : Mode.values()) {
                ConcurrentClients.Outcome s = slice(server, targets, etags, mode);
                slices.computeIfAbsent(mode, m -> new ArrayList<>()).add(s);
                log.printf("  round %d, %-10s %,7d requests (%.0f/s), %d errors%n", r + 1, mode, s.requests(),
                        s.requests() / s.seconds(), s.errors());
                log.flush();
            }
        }
        Map<Mode, Result> results = new EnumMap<>(Mode.class);
        slices.forEach((mode, list) -> {
            List<Double> all = new ArrayList<>();
            list.forEach(s -> all.addAll(s.millis()));
            results.put(mode, new Result(mode, list.stream().mapToLong(ConcurrentClients.Outcome::requests).sum(), list.stream().mapToLong(ConcurrentClients.Outcome::errors).sum(),
                    list.stream().mapToDouble(ConcurrentClients.Outcome::seconds).sum(), Samples.of(all.stream().mapToDouble(Double::doubleValue).toArray())));
        });
        return results;
    }

    /** Each target's ETag, from one GET of its page as the PAGE mode sends it (which must answer 200 with an ETag). */
    private static Map<Target, String> etags(ServerProcess server, List<Target> targets) throws Exception {
        HttpClient http = client();
        Map<Target, String> etags = new LinkedHashMap<>();
        for (Target t : targets) {
            HttpResponse<Void> r = http.send(request(server, t, Map.of(), Mode.PAGE), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200 || r.headers().firstValue("ETag").isEmpty()) {
                throw new InputException(pageUrl(server, t) + " answered " + r.statusCode() + " without an ETag: is it a resource of the store?");
            }
            etags.put(t, r.headers().firstValue("ETag").get());
        }
        return etags;
    }

    private ConcurrentClients.Outcome slice(ServerProcess server, List<Target> targets, Map<Target, String> etags, Mode mode) throws Exception {
        int expected = mode == Mode.REVALIDATE ? 304 : 200;
        return ConcurrentClients.run(clients, Duration.ofSeconds(sliceSeconds), c -> {
            HttpClient http = client();
            return i -> {
                HttpRequest req = request(server, targets.get(i % targets.size()), etags, mode);
                long t0 = System.nanoTime();
                HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                double millis = (System.nanoTime() - t0) / 1e6;
                if (r.statusCode() != expected || (expected == 200 && r.body().length == 0)) {
                    throw new IllegalStateException(req.uri() + " answered " + r.statusCode());
                }
                if (mode == Mode.RENDER && r.headers().firstValue("Cache-Status").orElse("").endsWith("hit")) {
                    throw new IllegalStateException("a no-cache request was answered from the page cache");
                }
                return millis;
            };
        }, () -> { });
    }

    private static HttpRequest request(ServerProcess server, Target t, Map<Target, String> etags, Mode mode) {
        return switch (mode) {
            case PAGE -> HttpRequest.newBuilder(URI.create(pageUrl(server, t))).timeout(Duration.ofSeconds(60))
                    .header("Accept", "text/html").GET().build();
            case RENDER -> HttpRequest.newBuilder(URI.create(pageUrl(server, t))).timeout(Duration.ofSeconds(60))
                    .header("Accept", "text/html").header("Cache-Control", "no-cache").GET().build();
            case REVALIDATE -> HttpRequest.newBuilder(URI.create(pageUrl(server, t))).timeout(Duration.ofSeconds(60))
                    .header("Accept", "text/html").header("If-None-Match", etags.get(t)).GET().build();
            case DESCRIBE -> HttpRequest.newBuilder(URI.create(server.baseUrl() + "/dipnorm/sparql?query="
                    + URLEncoder.encode("DESCRIBE <" + t.iri() + ">", StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(60))
                    .header("Accept", "text/turtle").GET().build();
        };
    }

    private static String pageUrl(ServerProcess server, Target t) {
        return server.baseUrl() + "/page/" + t.path();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }
}
