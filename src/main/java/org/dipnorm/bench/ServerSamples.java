package org.dipnorm.bench;

import java.util.Arrays;
import java.util.List;

/**
 * One request's times on each of several server JVMs over the same store. Its p50 is the median of the JVMs'
 * p50s, so that no one JVM's luck (JIT, garbage collection, what else ran on the machine) decides a ratio; its
 * p99 is over all the times. A JVM on which the request failed has no times and counts in {@link #failed}.
 */
record ServerSamples(List<Samples> perServer) {
    /** The median of the p50s of the JVMs on which the request succeeded; NaN if it failed on all. */
    double median() {
        double[] p50s = p50s();
        if (p50s.length == 0) {
            return Double.NaN;
        }
        int mid = p50s.length / 2;
        return p50s.length % 2 == 1 ? p50s[mid] : (p50s[mid - 1] + p50s[mid]) / 2;
    }

    /** The p-th percentile (nearest rank) of all the times, every JVM's together. */
    double percentile(double p) {
        return Samples.of(perServer.stream().flatMapToDouble(s -> Arrays.stream(s.millis())).toArray()).percentile(p);
    }

    /** The lowest and the highest of the JVMs' p50s: the spread between server JVMs. */
    double lowest() {
        double[] p50s = p50s();
        return p50s.length == 0 ? Double.NaN : p50s[0];
    }

    double highest() {
        double[] p50s = p50s();
        return p50s.length == 0 ? Double.NaN : p50s[p50s.length - 1];
    }

    /** All the times; 0 when the request failed on every JVM. */
    int count() {
        return perServer.stream().mapToInt(Samples::count).sum();
    }

    int servers() {
        return perServer.size();
    }

    /** JVMs on which the request failed (no times). */
    int failed() {
        return (int) perServer.stream().filter(s -> s.count() == 0).count();
    }

    private double[] p50s() {
        return perServer.stream().filter(s -> s.count() > 0).mapToDouble(Samples::median).sorted().toArray();
    }
}
