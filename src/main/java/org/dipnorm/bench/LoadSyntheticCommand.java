package org.dipnorm.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dipnorm.InputException;
import org.dipnorm.store.DipnormStore;
import org.dipnorm.store.SourceSet;
import org.dipnorm.validate.ValidationReport;
import org.dipnorm.validate.Validator;
import org.dipnorm.vocab.Graphs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench --db DIR load-synthetic --file F}: the project's files validated and loaded as {@code load} does, then
 * generated N-Quads added with TDB2's bulk loader. {@code bench scale} runs it in its own JVM and reads its last line.
 */
@Command(name = "load-synthetic", mixinStandardHelpOptions = true,
        description = "Load ontology/ and data/ (validated), then bulk-add generated N-Quads into the store --db; "
                + "prints one line 'loaded quads=… millis=…'. For bench scale, in its own JVM.")
final class LoadSyntheticCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Option(names = "--file", required = true, description = "N-Quads from bench generate; repeatable.")
    List<Path> files;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        try (DipnormStore store = DipnormStore.open(bench.db)) {
            SourceSet sources = SourceSet.of(bench.home, List.of());
            ValidationReport report = new Validator().validate(sources);
            if (!report.conforms()) {
                throw new InputException(report.violations().size() + " violation(s) in the project's files");
            }
            store.load(sources.parse(), sources.contentHash());
            long real = store.size(Graphs.CURATED) + store.size(Graphs.ONTOLOGY);
            long bulkStart = System.nanoTime();
            long added = store.bulkAdd(files);
            Runtime rt = Runtime.getRuntime();
            bench.out().printf("loaded quads=%d millis=%.0f bulkMillis=%.0f heapMiB=%.0f%n", real + added, (System.nanoTime() - start) / 1e6,
                    (System.nanoTime() - bulkStart) / 1e6, (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
            bench.out().flush();
        }
        return 0;
    }
}
