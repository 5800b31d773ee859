package org.dipnorm.importer.hsg;

import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.dipnorm.TestProject;
import org.dipnorm.store.RdfFileReader;
import org.dipnorm.vocab.Graphs;

/** The small rdcr and pocom records written for the tests (src/test/resources/hsg), and ways to import them. */
final class HsgFixtures {
    static final Path HSG = TestProject.ROOT.resolve("src/test/resources/hsg");
    static final Path RDCR = HSG.resolve("rdcr");
    static final Path POCOM = HSG.resolve("pocom");
    static final Path FREEDONIA = RDCR.resolve("articles/freedonia.xml");
    static final Path SYLVANIA = RDCR.resolve("articles/sylvania.xml");

    private HsgFixtures() {}

    static RdcrEntry entry(Path article, int number) {
        return RdcrReader.read(article).entries().get(number - 1);
    }

    /** Imports the fixtures with the project's ontology and curated data, as {@code import hsg} does. */
    static HsgImporter.Result importFixtures() {
        Map<Node, Graph> graphs = TestProject.sources().parse();
        return new HsgImporter(RDCR, POCOM).run(graphs.get(Graphs.ONTOLOGY), graphs.get(Graphs.CURATED), HsgImporter.Progress.NONE);
    }

    static Graph expected(String name) {
        return RdfFileReader.read(HSG.resolve("expected").resolve(name));
    }

    static Graph empty() {
        return GraphFactory.createDefaultGraph();
    }
}
