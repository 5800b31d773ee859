package org.dipnorm.bench;

import java.util.Arrays;

/** Durations in milliseconds, with their percentiles. */
record Samples(double[] millis) {
    static Samples of(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Samples(sorted);
    }

    /** The p-th percentile (0–100), nearest rank. */
    double percentile(double p) {
        if (millis.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * millis.length);
        return millis[Math.max(0, Math.min(millis.length - 1, rank - 1))];
    }

    double median() {
        return percentile(50);
    }

    int count() {
        return millis.length;
    }
}
