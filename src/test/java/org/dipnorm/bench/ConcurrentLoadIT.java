package org.dipnorm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dipnorm.TestProject;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.server.DipnormServer;
import org.dipnorm.store.DipnormStore;
import org.dipnorm.store.SourceSet;
import org.dipnorm.vocab.Graphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 64 readers on a real server over a TDB2 store at 3× the curated data while a batch of two more copies is
 * written through the server's graph store (one transaction): no reader sees a half-written load, and no
 * request fails. The same code runs at 100× in {@code bench scale}.
 */
class ConcurrentLoadIT {
    @TempDir
    Path tmp;

    @Test
    void readersSeeTheStoreBeforeOrAfterTheWriteNeverBetween() throws Exception {
        SourceSet sources = TestProject.sources();
        SyntheticData generator = SyntheticData.of(sources.parse().get(Graphs.CURATED));
        Path nq = tmp.resolve("synthetic.nq");
        try (FileOutputStream out = new FileOutputStream(nq.toFile())) {
            generator.write(3, 11, out);
        }
        ByteArrayOutputStream batch = new ByteArrayOutputStream();
        long batchTriples = generator.writeBatch(3, 2, 11, batch).quads();
        Path passwords = Files.writeString(tmp.resolve("passwords"), "loader: concurrent-load\n");
        try (DipnormStore store = DipnormStore.open(tmp.resolve("db"))) {
            store.load(sources.parse(), sources.contentHash());
            store.bulkAdd(List.of(nq));
            DipnormServer server = DipnormServer.create().port(0).dataset(store.datasetGraph())
                    .queries(QueryCatalog.load(sources.queriesDir())).allowUpdate(passwords)
                    .maxRequestBytes(batch.size() + (1 << 20)).build().start();
            try {
                List<String> reads = ScaleBench.PROBES.stream().filter(ScaleBench.Probe::local).map(ScaleBench.Probe::path).toList();
                ConcurrencyBench.Result r = new ConcurrencyBench(64, 1_000).run(server.baseUrl(), reads, batch.toByteArray(), "loader",
                        "concurrent-load");
                assertThat(r.writeStatus()).isBetween(200, 204);
                assertThat(r.errors()).as("errors: %s", r.firstErrors()).isZero();
                assertThat(r.after()).isGreaterThan(r.before());
                assertThat(r.counts()).as("before %d, after %d", r.before(), r.after()).isSubsetOf(r.before(), r.after());
                assertThat(r.reads()).isGreaterThan(64);
                assertThat(store.size(Graphs.CURATED)).isGreaterThanOrEqualTo(batchTriples);
            } finally {
                server.stop();
            }
        }
    }
}
