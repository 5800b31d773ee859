package org.dipnorm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.dipnorm.TestProject;
import org.dipnorm.store.SourceSet;
import org.dipnorm.validate.ValidationReport;
import org.dipnorm.validate.Validator;
import org.dipnorm.vocab.Graphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator: same seed, same bytes; a small scale is valid data (SHACL shapes and queries/checks) beside the curated data. */
class SyntheticDataTest {
    private static final SyntheticData GENERATOR = SyntheticData.of(TestProject.sources().parse().get(Graphs.CURATED));

    private static byte[] generate(int scale, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GENERATOR.write(scale, seed, out);
        return out.toByteArray();
    }

    @Test
    void sameSeedSameBytes() {
        assertThat(generate(3, 7)).isEqualTo(generate(3, 7));
        assertThat(generate(3, 8)).isNotEqualTo(generate(3, 7));
    }

    @Test
    void scaleOneAddsNothing() {
        assertThat(GENERATOR.write(1, 7, OutputStream.nullOutputStream()).quads()).isZero();
    }

    @Test
    void aSmallScaleIsValidBesideTheCuratedData(@TempDir Path tmp) throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(generate(3, 7))).lang(Lang.NQUADS).parse(dsg);
        Graph synthetic = dsg.getGraph(Graphs.CURATED);
        assertThat(dsg.listGraphNodes()).toIterable().containsExactly(Graphs.CURATED);
        // twice the curated data, less the states (described once each in the pool)
        int curated = TestProject.sources().parse().get(Graphs.CURATED).size();
        assertThat(synthetic.size()).isBetween(curated, 2 * curated);
        Path dir = Files.createDirectories(tmp.resolve("synthetic"));
        try (OutputStream out = Files.newOutputStream(dir.resolve("synthetic.ttl"))) {
            RDFDataMgr.write(out, synthetic, Lang.TURTLE);
        }
        ValidationReport report = new Validator().validate(SourceSet.of(TestProject.ROOT, List.of(dir)));
        assertThat(report.violations()).isEmpty();
        assertThat(report.conforms()).isTrue();
    }

    @Test
    void aBatchHoldsOnlyNewResources() {
        ByteArrayOutputStream store = new ByteArrayOutputStream();
        GENERATOR.write(3, 7, store);
        ByteArrayOutputStream batch = new ByteArrayOutputStream();
        GENERATOR.writeBatch(3, 1, 7, batch);
        Graph stored = RDFParser.source(new ByteArrayInputStream(store.toByteArray())).lang(Lang.NQUADS).toDatasetGraph()
                .getGraph(Graphs.CURATED);
        Graph added = RDFParser.source(new ByteArrayInputStream(batch.toByteArray())).lang(Lang.NTRIPLES).toGraph();
        assertThat(added.size()).isPositive();
        added.find().forEachRemaining(t -> assertThat(stored.contains(t.getSubject(), null, null)).as("%s", t).isFalse());
    }
}
