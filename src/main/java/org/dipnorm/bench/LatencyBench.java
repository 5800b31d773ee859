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
    /** One measured route. */
    record Result(Workload.Call call, Samples route, Samples sparql) {
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

    /** The cost of one request to the SPARQL endpoint that does nothing: {@code ASK {}}, median. */
    Samples floor(ServerProcess server) throws IOException, InterruptedException {
        String ask = server.sparqlUrl() + "?query=ASK%7B%7D";
        for (int i = 0; i < warmup; i++) {
            timer.get(ask);
        }
        double[] ms = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            ms[i] = timer.get(ask);
        }
        return Samples.of(ms);
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
            for (int i = 0; i < iterations; i++) {
                route[i] = timer.get(server.baseUrl() + call.path());
                sparql[i] = timer.sparqlSum(server.sparqlUrl(), call.sparql());
            }
            Result r = new Result(call, Samples.of(route), Samples.of(sparql));
            log.printf("  %-40s route %7.2f ms   %2d SPARQL queries %7.2f ms   ratio %.2f%n", call.name(), r.route().median(),
                    call.sparql().size(), r.sparql().median(), r.ratio());
            log.flush();
            results.add(r);
        }
        return results;
    }
}
