package org.dipnorm.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.dipnorm.InputException;
import org.dipnorm.TestProject;
import org.dipnorm.store.RdfFileReader;
import org.dipnorm.store.SourceSet;
import org.dipnorm.vocab.Graphs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The SPARQL-based constraints evaluated once over all focus nodes give the same findings as
 * Jena's validator evaluating them once per focus node, and only queries for which that holds are
 * taken out of Jena's hands.
 */
class BulkSparqlConstraintsTest {
    private static final String PREFIXES = "PREFIX ex: <https://example.org/> ";

    private static Graph ontology() {
        return SourceSet.of(TestProject.ROOT, List.of()).parse().get(Graphs.ONTOLOGY);
    }

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(TestProject.FIXTURES)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".ttl")).sorted().toList().stream();
        }
    }

    @Test
    void theFourSparqlConstraintsOfTheShapesAreEvaluatedInBulk() {
        BulkSparqlConstraints bulk = BulkSparqlConstraints.of(ontology());
        assertThat(bulk.size()).isEqualTo(4);
        assertThat(bulk.rest().getTargetShapes()).allSatisfy(shape -> assertThat(shape.getConstraints())
                .noneMatch(c -> c instanceof org.apache.jena.shacl.engine.constraint.SparqlConstraint));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void sameFindingsAsJenaOnEveryFixture(String fixture) {
        Graph data = GraphFactory.createDefaultGraph();
        try {
            RdfFileReader.read(TestProject.FIXTURES.resolve(fixture)).find().forEachRemaining(data::add);
        } catch (InputException e) {
            return; // a fixture that does not parse has no SHACL findings to compare
        }
        Graph ontology = ontology();
        ontology.find().forEachRemaining(data::add);
        assertSameFindings(ontology, data);
    }

    @Test
    void sameFindingsAsJenaOnTheRepositoryData() {
        Graph data = GraphFactory.createDefaultGraph();
        SourceSet.of(TestProject.ROOT, List.of()).parse().values().forEach(g -> g.find().forEachRemaining(data::add));
        assertSameFindings(ontology(), data);
    }

    private static Graph turtle(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, org.apache.jena.riot.Lang.TURTLE).parse(g);
        return g;
    }

    private static void assertSameFindings(Graph ontology, Graph data) {
        List<Problem> bulk = Validator.shacl(ontology, data);
        List<Problem> jena = Validator.shaclByJena(Shapes.parse(ontology), data);
        assertThat(bulk).containsExactlyInAnyOrderElementsOf(jena);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT $this WHERE { $this ex:p ?x }",
        "SELECT $this ?value WHERE { $this ex:p ?value , ?other FILTER (?value != ?other) FILTER NOT EXISTS { ?value ex:q ?a } }",
        "SELECT $this WHERE { FILTER NOT EXISTS { $this ex:p ?k FILTER (?k != ex:x) } }",
        "SELECT $this WHERE { { SELECT $this (COUNT(?t) AS ?n) WHERE { $this ex:p ?t } GROUP BY $this } FILTER (?n > 1) }",
        "SELECT DISTINCT $this WHERE { $this ex:p ?x }",
        "SELECT $this WHERE { $this ex:p ?x FILTER NOT EXISTS { { ?x ex:q ?y } UNION { OPTIONAL { $this ex:r ?z } } } }",
        "SELECT $this WHERE { { SELECT $this (SUM(IF(EXISTS { ?t ex:q true }, 1, 0)) AS ?n) WHERE { $this ex:p ?t } GROUP BY $this } }",
    })
    void queriesWhoseSolutionsAreTheSameForAllFocusNodesAtOnceAreTaken(String query) {
        assertThat(BulkSparqlConstraints.evaluableInBulk(QueryFactory.create(PREFIXES + query))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ASK { $this ex:p ?x }",
        "SELECT ?x WHERE { $this ex:p ?x }",
        "SELECT $this WHERE { $this ex:p ?x } LIMIT 1",
        "SELECT $this WHERE { $this ex:p ?x } OFFSET 1",
        "SELECT $this WHERE { $this ex:p ?x } VALUES ?x { ex:a }",
        "SELECT $this WHERE { OPTIONAL { $this ex:p ?x } FILTER (!BOUND(?x)) }",
        "SELECT $this WHERE { { $this ex:p ?x } UNION { FILTER NOT EXISTS { $this ex:q ?y } } }",
        "SELECT $this WHERE { { FILTER NOT EXISTS { $this ex:q ?y } } }",
        "SELECT $this WHERE { $this ex:p ?x MINUS { $this ex:q ?x } }",
        "SELECT $this WHERE { BIND (ex:a AS ?y) $this ex:p ?y }",
        "SELECT $this WHERE { { SELECT ?x WHERE { $this ex:p ?x } } }",
        "SELECT $this WHERE { { SELECT $this WHERE { FILTER NOT EXISTS { $this ex:p ?x } } } }",
        "SELECT $this WHERE { { SELECT (SAMPLE(?s) AS ?this) WHERE { ?s ex:p ?t } } }",
        "SELECT $this WHERE { { SELECT $this WHERE { $this ex:p ?t } LIMIT 1 } }",
        "SELECT $this WHERE { $this ex:p $currentShape }",
        "SELECT $this WHERE { $this $PATH ?x }",
        // EXISTS over a sub-select: pre-binding writes the focus node inside it, a row's binding does not reach it
        "SELECT $this WHERE { $this a ex:E FILTER EXISTS { SELECT (COUNT(?x) AS ?c) WHERE { $this ex:p ?x } HAVING (COUNT(?x) = 0) } }",
        "SELECT $this WHERE { $this a ex:E FILTER EXISTS { SELECT ?x WHERE { $this ex:p ?x } } }",
        // GRAPH: Jena's per-node dataset has the shapes graph as a named graph
        "SELECT $this WHERE { $this a ex:E FILTER EXISTS { GRAPH ?g { ?s ?p ?o } } }",
        "SELECT $this (SUM(IF(EXISTS { GRAPH ?g { ?s ?p ?o } }, 1, 0)) AS ?n) WHERE { $this ex:p ?x } GROUP BY $this",
        "SELECT $this WHERE { $this ex:p ?x } ORDER BY (EXISTS { SELECT ?y WHERE { $this ex:q ?y } })",
        "SELECT $this WHERE { $this ex:p ?x FILTER NOT EXISTS { ?x ex:q ?y MINUS { $this ex:r ?y } } }",
    })
    void queriesThatCouldGiveOtherSolutionsAreLeftToJena(String query) {
        assertThat(BulkSparqlConstraints.evaluableInBulk(QueryFactory.create(PREFIXES + query))).isFalse();
    }

    @Test
    void aShapeWithItsOwnMessageIsLeftToJena() {
        Graph shapes = turtle("""
                @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
                ex:A a sh:NodeShape ; sh:targetClass ex:C ; sh:message "shape level" ;
                    sh:sparql [ sh:select "SELECT $this WHERE { $this <https://example.org/p> ?x }" ; sh:message "constraint level" ] .
                """);
        assertThat(BulkSparqlConstraints.of(shapes).size()).isZero();
        Graph data = turtle("@prefix ex: <https://example.org/> . ex:a a ex:C ; ex:p 1 .");
        assertThat(Validator.shacl(shapes, data)).extracting(Problem::message).containsExactly("shape level");
    }

    @Test
    void messageTemplatesTakeTheRowsValues() {
        Graph shapes = turtle("""
                @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
                ex:A a sh:NodeShape ; sh:targetClass ex:C ;
                    sh:sparql [ sh:select "SELECT $this ?value WHERE { $this <https://example.org/p> ?value }" ;
                                sh:message "{$this} has {?value}, not {?other}" ] .
                """);
        assertThat(BulkSparqlConstraints.of(shapes).size()).isEqualTo(1);
        Graph data = turtle("@prefix ex: <https://example.org/> . ex:a a ex:C ; ex:p \"x\" .");
        assertSameFindings(shapes, data);
        assertThat(Validator.shacl(shapes, data)).extracting(Problem::message).containsExactly("<https://example.org/a> has x, not {?other}");
    }

    @Test
    void aShapeThatAnotherShapeRefersToIsLeftToJena() {
        Graph shapes = turtle("""
                @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
                ex:A a sh:NodeShape ; sh:targetClass ex:C ;
                    sh:sparql [ sh:select "SELECT $this WHERE { $this <https://example.org/p> ?x }" ] .
                ex:B a sh:NodeShape ; sh:targetClass ex:D ; sh:node ex:A .
                ex:E a sh:NodeShape ; sh:targetClass ex:F ;
                    sh:sparql [ sh:select "SELECT $this WHERE { $this <https://example.org/p> ?x }" ] .
                """);
        BulkSparqlConstraints bulk = BulkSparqlConstraints.of(shapes);
        assertThat(bulk.size()).isEqualTo(1);
        assertThat(bulk.rest().getShape(org.apache.jena.graph.NodeFactory.createURI("https://example.org/A")).getConstraints())
                .hasSize(1);
        assertThat(bulk.rest().getShape(org.apache.jena.graph.NodeFactory.createURI("https://example.org/E")).getConstraints())
                .isEmpty();

        Graph data = turtle("""
                @prefix ex: <https://example.org/> .
                ex:a a ex:C ; ex:p 1 . ex:d a ex:D ; ex:p 2 . ex:f a ex:F ; ex:p 3 . ex:g a ex:F .
                """);
        assertSameFindings(shapes, data);
        assertThat(Validator.shacl(shapes, data)).extracting(Problem::where)
                .containsExactlyInAnyOrder("<https://example.org/a>", "<https://example.org/d>", "<https://example.org/f>");
    }
}
