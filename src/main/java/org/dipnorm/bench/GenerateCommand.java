package org.dipnorm.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dipnorm.UsageException;
import org.dipnorm.store.SourceSet;
import org.dipnorm.vocab.Graphs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code bench generate --scale N --seed S --out DIR}: synthetic data at N times the curated data, as N-Quads. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write synthetic data at N times the curated data (N-Quads, curated graph) into DIR/synthetic.nq; "
                + "deterministic for a seed. Never into data/.")
final class GenerateCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Option(names = "--scale", required = true, description = "N: a store with this file holds N times the curated data (N−1 synthetic copies).")
    int scale;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write synthetic.nq into.")
    Path dir;

    @Override
    public Integer call() throws Exception {
        if (scale < 1) {
            throw new UsageException("--scale=" + scale + ": must be 1 or more");
        }
        if (dir.toAbsolutePath().normalize().startsWith(bench.home.resolve("data").toAbsolutePath().normalize())) {
            throw new UsageException("--out=" + dir + ": generated data never goes into data/");
        }
        Files.createDirectories(dir);
        Path file = dir.resolve("synthetic.nq");
        SyntheticData generator = SyntheticData.of(SourceSet.of(bench.home, List.of()).parse().get(Graphs.CURATED));
        SyntheticData.Counts c;
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            c = generator.write(scale, seed, os);
        }
        bench.out().printf("Wrote %,d quads (%d synthetic copies, %,d synthetic states) to %s%n", c.quads(), c.copies(), c.states(), file);
        c.instances().forEach((type, n) -> bench.out().printf("  %,9d  %s%n", n, type));
        bench.out().flush();
        return 0;
    }
}
