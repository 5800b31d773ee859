package org.dipnorm.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.OWL;
import org.dipnorm.TestProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The OWL gate: HermiT (through the OWL API) finds the ontology consistent with no unsatisfiable
 * class, and the ontology together with all data consistent (e.g. no mission typed both embassy
 * and liaison office, which the disjointness axiom forbids).
 */
class ReasonerTest {
    private static Map<Node, Graph> graphs;

    @BeforeAll
    static void parse() {
        graphs = TestProject.sources().parse();
    }

    @Test
    void theOntologyIsConsistentWithNoUnsatisfiableClass() throws Exception {
        OWLReasoner reasoner = reasoner(Graphs.ONTOLOGY);
        assertThat(reasoner.isConsistent()).isTrue();
        assertThat(reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom()).extracting(OWLClass::toString).isEmpty();
        assertThat(reasoner.getRootOntology().getClassesInSignature()).hasSizeGreaterThan(20);
    }

    @Test
    void theOntologyWithAllDataIsConsistent() throws Exception {
        assertThat(reasoner(Graphs.ONTOLOGY, Graphs.CURATED).isConsistent()).isTrue();
    }

    @Test
    void theGateCatchesAMissionTypedBothEmbassyAndLiaisonOffice() throws Exception {
        Model broken = ModelFactory.createDefaultModel();
        broken.add(ModelFactory.createModelForGraph(graphs.get(Graphs.ONTOLOGY)));
        broken.createResource("https://w3id.org/dipnorm/id/test/both")
                .addProperty(org.apache.jena.vocabulary.RDF.type, DIPN.Embassy)
                .addProperty(org.apache.jena.vocabulary.RDF.type, DIPN.LiaisonOffice);
        assertThat(reasoner(broken).isConsistent()).isFalse();
    }

    private static OWLReasoner reasoner(Node... names) throws Exception {
        Model model = ModelFactory.createDefaultModel();
        for (Node name : names) {
            model.add(ModelFactory.createModelForGraph(graphs.get(name)));
        }
        return reasoner(model);
    }

    /** Hands the graph to the OWL API without owl:imports (the import is the core itself; nothing is fetched). */
    private static OWLReasoner reasoner(Model model) throws Exception {
        model.removeAll(null, OWL.imports, null);
        ByteArrayOutputStream turtle = new ByteArrayOutputStream();
        RDFDataMgr.write(turtle, model, RDFFormat.TURTLE_PRETTY);
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntology ontology = manager.loadOntologyFromOntologyDocument(
                new StringDocumentSource(turtle.toString(StandardCharsets.UTF_8)));
        Configuration config = new Configuration();
        // xsd:date, xsd:gYear and xsd:gYearMonth are not OWL 2 datatypes; their values are checked by SHACL instead.
        config.ignoreUnsupportedDatatypes = true;
        return new ReasonerFactory().createReasoner(ontology, config);
    }
}
