package org.dipnorm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A request's p50 at a scale is the median of its server JVMs' p50s, and the ratio to 1× is taken between those medians. */
class ScaleReportTest {
    private static Samples times(double... millis) {
        return Samples.of(millis);
    }

    /** Every request timed alike on three JVMs: each JVM's times are {@code p50} give or take 1 ms. */
    private static Map<ScaleBench.Probe, ServerSamples> latency(double... p50s) {
        Map<ScaleBench.Probe, ServerSamples> m = new LinkedHashMap<>();
        for (ScaleBench.Probe p : ScaleBench.PROBES) {
            m.put(p, new ServerSamples(java.util.Arrays.stream(p50s).mapToObj(v -> times(v - 1, v, v + 1)).toList()));
        }
        return m;
    }

    @Test
    void theMedianOfTheJvmsP50sDecidesAndTheSpreadIsShown() {
        // one unlucky JVM at 1× (30 ms) and one at 100× (60 ms): alone, either would make the ratio 0.67× or 5×
        ScaleBench.ScaleResult one = new ScaleBench.ScaleResult(1, 7_000, 10, 3_000, 200, 3_000, 6_000, 1_500, latency(10, 30, 12));
        ScaleBench.ScaleResult hundred = new ScaleBench.ScaleResult(100, 560_000, 900, 20_000, 17_000, 200_000, 11_000, 3_800,
                latency(20, 22, 60));
        ScaleBench.Run run = new ScaleBench.Run(List.of(one, hundred), 3, 4.5, null, 100, 0, null, List.of(), 42, 20);
        String md = ScaleReport.markdown(run, "scaling.svg", null);
        assertThat(md).contains("median of the 3 JVMs' p50s", "serving 4.5 min in 3 sessions");
        assertThat(md).contains("| 12.0 ms (1.00×), 31.0 ms | 22.0 ms (1.83×), 61.0 ms | ≤ 2× at 100×: ✓ |");
        assertThat(md).contains("### Spread between server JVMs", "| process page | 10.0 ms – 30.0 ms | 20.0 ms – 60.0 ms |");
    }

    @Test
    void aJvmOnWhichARequestFailedIsLeftOutAndNamed() {
        ServerSamples s = new ServerSamples(List.of(times(5, 6, 7), times(), times(9, 10, 11), times(1, 2, 3)));
        assertThat(s.median()).isEqualTo(6.0);
        assertThat(s.failed()).isEqualTo(1);
        assertThat(s.count()).isEqualTo(9);
        assertThat(s.percentile(100)).isEqualTo(11.0);
        assertThat(new ServerSamples(List.of(times(), times())).count()).isZero();
    }
}
