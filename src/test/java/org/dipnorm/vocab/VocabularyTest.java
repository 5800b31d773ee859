package org.dipnorm.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.dipnorm.TestProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Each Java vocabulary class and the ontology's Turtle declare exactly the same terms, each labelled and defined. */
class VocabularyTest {
    private static final Class<?>[] VOCABULARIES = {DIPN.class, ST.class, SS.class, FS.class, SK.class, RK.class,
        AT.class, CT.class, DQ.class, OC.class};
    private static Model ontology;

    @BeforeAll
    static void parse() {
        ontology = ModelFactory.createModelForGraph(TestProject.sources().parse().get(Graphs.ONTOLOGY));
    }

    @TestFactory
    Stream<DynamicTest> javaConstantsAndTurtleDeclareTheSameTerms() {
        return Stream.of(VOCABULARIES).map(c -> DynamicTest.dynamicTest(c.getSimpleName(), () -> {
            String ns = (String) c.getField("NAMESPACE").get(null);
            assertThat(constants(c)).as("constants of %s vs terms declared in ontology/", c.getSimpleName())
                    .isNotEmpty()
                    .containsExactlyElementsOf(declared(ns));
        }));
    }

    @Test
    void everyDeclaredTermHasAnEnglishLabelAndOneDefinition() {
        for (Class<?> c : VOCABULARIES) {
            for (String iri : constants(c)) {
                Resource term = ontology.createResource(iri);
                assertThat(ontology.listObjectsOfProperty(term, RDFS.label).toList())
                        .as("rdfs:label of %s", iri)
                        .anyMatch(l -> l.isLiteral() && l.asLiteral().getLanguage().equals("en"));
                assertThat(ontology.listObjectsOfProperty(term, SKOS.definition).toList())
                        .as("skos:definition of %s", iri).hasSize(1);
            }
        }
    }

    @Test
    void conceptsSitInTheirSchemeUnderABroaderOrTopConcept() {
        for (Class<?> c : VOCABULARIES) {
            if (c == DIPN.class) {
                continue;
            }
            for (String iri : constants(c)) {
                Resource concept = ontology.createResource(iri);
                assertThat(concept.hasProperty(RDF.type, SKOS.Concept)).as("%s is a skos:Concept", iri).isTrue();
                assertThat(concept.hasProperty(SKOS.prefLabel)).as("%s has a prefLabel", iri).isTrue();
                assertThat(concept.hasProperty(SKOS.broader) || concept.hasProperty(SKOS.topConceptOf))
                        .as("%s has skos:broader or is a top concept", iri).isTrue();
            }
        }
    }

    @Test
    void ontologyHasAVersionIri() {
        Resource onto = ontology.createResource("https://w3id.org/dipnorm/ontology");
        assertThat(onto.getPropertyResourceValue(ontology.createProperty("http://www.w3.org/2002/07/owl#versionIRI")).getURI())
                .startsWith("https://w3id.org/dipnorm/ontology/");
    }

    private static Set<String> constants(Class<?> c) {
        Set<String> iris = new TreeSet<>();
        for (Field f : c.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())
                    && !f.getName().equals("SCHEME")) {
                try {
                    iris.add(((Resource) f.get(null)).getURI());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return iris;
    }

    /** Terms declared (typed) in the ontology whose IRI is the namespace plus a local name. */
    private static Set<String> declared(String ns) {
        Set<String> iris = new TreeSet<>();
        ontology.listSubjectsWithProperty(RDF.type).forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(ns) && s.getURI().length() > ns.length()
                    && !s.getURI().substring(ns.length()).contains("/")) {
                iris.add(s.getURI());
            }
        });
        return iris;
    }
}
