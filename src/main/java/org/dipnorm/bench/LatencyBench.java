package org.dipnorm.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Latency of a route against the sum of its SPARQL queries sent straight to the endpoint, in the same
 * run on the same server: after a warm-up, iterations alternate route and queries so that noise on the
 * shared machine hits both alike. The ratio is of the medians.
 */
final class LatencyBench {
    /** One measured route; {@code ask} is an empty query ({@code ASK {}}) timed in the same rounds: the cost of one request. */
    record Result(Workload.Call call, Samples route, Samples sparql, Samples ask) {
        double ratio() {
            return route.median() / sparql.median();
        }
    }

    private final HttpTimer timer = new HttpTimer();
    private final int warmup;
    private final int iterations;

    LatencyBench(int warmup, int iterations) {
        this.warmup = warmup;
        this.iterations = iterations;
    }

    List<Result> run(ServerProcess server, List<Workload.Call> calls, PrintWriter log) throws IOException, InterruptedException {
        List<Result> results = new ArrayList<>();
        for (Workload.Call call : calls) {
            for (int i = 0; i < warmup; i++) {
                timer.get(server.baseUrl() + call.path());
                timer.sparqlSum(server.sparqlUrl(), call.sparql());
            }
            double[] route = new double[iterations];
            double[] sparql = new double[iterations];
            double[] ask = new double[iterations];
            for (int i = 0; i < iterations; i++) {
                route[i] = timer.get(server.baseUrl() + call.path());
                sparql[i] = timer.sparqlSum(server.sparqlUrl(), call.sparql());
                ask[i] = timer.get(server.sparqlUrl() + "?query=ASK%7B%7D");
            }
            Result r = new Result(call, Samples.of(route), Samples.of(sparql), Samples.of(ask));
            log.printf("  %-40s route %7.2f ms   %2d SPARQL queries %7.2f ms   ratio %.2f   (ASK {} %.2f ms)%n", call.name(),
                    r.route().median(), call.sparql().size(), r.sparql().median(), r.ratio(), r.ask().median());
            log.flush();
            results.add(r);
        }
        return results;
    }
}
