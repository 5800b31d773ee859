package org.dipnorm.bench;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Start-up time of {@code serve} against plain Fuseki main over the same, already loaded TDB2 folder:
 * from spawning the JVM to the first answered {@code ASK {}}, alternating the two, median of the runs.
 */
final class StartupBench {
    /** Both medians in milliseconds. */
    record Result(int runs, Samples dipnorm, Samples fuseki) {
        double ratio() {
            return dipnorm.median() / fuseki.median();
        }
    }

    private final int runs;

    StartupBench(int runs) {
        this.runs = runs;
    }

    Result run(Path jar, Path home, Path db, Path logDir, PrintWriter log) throws Exception {
        double[] dipnorm = new double[runs];
        double[] fuseki = new double[runs];
        for (int i = 0; i < runs; i++) {
            try (ServerProcess s = ServerProcess.dipnorm(jar, home, db, logDir.resolve("startup-dipnorm.log"))) {
                dipnorm[i] = s.startupMillis();
            }
            try (ServerProcess s = ServerProcess.fusekiMain(jar, db, logDir.resolve("startup-fuseki.log"))) {
                fuseki[i] = s.startupMillis();
            }
            log.printf("  run %d: serve %.0f ms, fuseki-main %.0f ms%n", i + 1, dipnorm[i], fuseki[i]);
            log.flush();
        }
        return new Result(runs, Samples.of(dipnorm), Samples.of(fuseki));
    }
}
