package org.dipnorm.importer.hsg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.dipnorm.TestProject;
import org.dipnorm.validate.ValidationReport;
import org.dipnorm.validate.Validator;
import org.dipnorm.vocab.DIPN;
import org.dipnorm.vocab.Graphs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole import over the fixtures: the graph it builds, valid, stable, and what its summary says. */
class HsgImporterTest {
    private static HsgImporter.Result result;

    @TempDir
    Path tmp;

    @BeforeAll
    static void importOnce() {
        result = HsgFixtures.importFixtures();
    }

    private static Node iri(String kind, String key) {
        return NodeFactory.createURI("https://w3id.org/dipnorm/id/" + kind + "/" + key);
    }

    private static void assertContains(String expected) {
        Graph want = HsgFixtures.expected(expected);
        List<Triple> missing = want.find().toList().stream().filter(t -> !result.graph().contains(t)).toList();
        assertThat(missing).as("triples of %s missing from the import", expected).isEmpty();
    }

    @Test
    void anEventIsDatedQualifiedAndAttestedByItsEntry() {
        assertContains("recognition-on-or-about.ttl");
    }

    @Test
    void anInterestsSectionHasItsProtectingPowerAndItsLifecycle() {
        assertContains("interests-section.ttl");
    }

    @Test
    void aChiefOfMissionBelongsToTheMissionOfTheDay() {
        assertContains("chief-of-mission.ttl");
        Node bruce = iri("membership", "sy-1995-poe-01");
        assertThat(result.graph().contains(bruce, org.apache.jena.vocabulary.ORG.organization.asNode(),
                iri("mission", "united-states-liaison-office-sylvan-city"))).as("a 'chief' heads the liaison office").isTrue();
        assertThat(result.graph().contains(iri("membership", "fd-1943-smit-01"), org.apache.jena.vocabulary.ORG.organization.asNode(),
                iri("mission", "united-states-embassy-fredville"))).as("the ambassador of 1943 heads the embassy just raised").isTrue();
        assertThat(result.graph().contains(iri("membership", "fd-1977-lane-01"), org.apache.jena.vocabulary.ORG.organization.asNode(),
                iri("mission", "united-states-interests-section-fredville"))).as("a principal officer heads the interests section").isTrue();
    }

    @Test
    void nomineesWhoNeverServedAreLeftOut() {
        assertThat(result.graph().contains(iri("membership", "fd--nomi-01"), Node.ANY, Node.ANY)).isFalse();
        assertThat(result.graph().contains(iri("person", "nominee-ned"), Node.ANY, Node.ANY)).isFalse();
        assertThat(result.summary().nomineesExcluded()).isEqualTo(1);
        assertThat(result.summary().appointments()).isEqualTo(5);
    }

    @Test
    void aForeignMissionInTheUnitedStatesIsThatStatesMission() {
        Node legation = iri("mission", "freedonia-legation-washington");
        assertThat(result.graph().contains(legation, DIPN.SENDING_STATE.asNode(), iri("state", "freedonia"))).isTrue();
        assertThat(result.graph().contains(legation, DIPN.RECEIVING_STATE.asNode(), iri("state", "united-states"))).isTrue();
    }

    @Test
    void aSecondEventOfAHeadingNeedsTheText() {
        assertThat(result.graph().contains(iri("event", "hsg-freedonia-8"), Node.ANY, Node.ANY)).isTrue();
        assertThat(result.graph().contains(iri("event", "hsg-freedonia-8-2"), Node.ANY, Node.ANY))
                .as("'the American Embassy' of the heading is not in the text").isFalse();
        assertThat(result.graph().contains(iri("event", "hsg-freedonia-2-2"), DIPN.EVENT_TYPE.asNode(),
                NodeFactory.createURI("https://w3id.org/dipnorm/vocab/step-type/legation-opened"))).isTrue();
    }

    @Test
    void theRuptureAndRestorationMakeAPrecedentDerivedByTheImport() {
        assertContains("precedent.ttl");
        assertThat(result.summary().precedents()).hasSize(2);
        assertThat(result.summary().precedents().get(0)).startsWith("proc:hsg-us-freedonia-1961").contains("interests section opened");
        assertThat(result.summary().precedents().get(1)).startsWith("proc:hsg-us-sylvania-1975").contains("liaison office opened");
    }

    @Test
    void rdcrAndPocomDisagreeingOnADayIsRecordedWithBothSources() {
        Node d = iri("disagreement", "sylvania-4-sy-1995-roe-01");
        assertThat(result.graph().contains(d, DIPN.COMPARES.asNode(), iri("event", "hsg-sylvania-4"))).isTrue();
        assertThat(result.graph().contains(d, DIPN.COMPARES.asNode(), iri("membership", "sy-1995-roe-01"))).isTrue();
        assertThat(result.graph().contains(d, DIPN.ATTESTED_BY.asNode(), iri("attestation", "hsg-rdcr-sylvania-4"))).isTrue();
        assertThat(result.graph().contains(d, DIPN.ATTESTED_BY.asNode(), iri("attestation", "sy-1995-roe-01-hsg-pocom-roe-jane"))).isTrue();
        assertThat(result.graph().contains(iri("event", "hsg-freedonia-2"), DIPN.CONCERNS.asNode(), iri("membership", "fd-1850-doe-01")))
                .as("same day in both: the event concerns the appointment").isTrue();
    }

    @Test
    void theSummaryCountsEntriesEventsPrecisionAndWhatWasNotClassified() {
        ImportSummary s = result.summary();
        assertThat(s.articles()).isEqualTo(2);
        assertThat(s.entries()).isEqualTo(17);
        assertThat(s.classifiedEntries()).isEqualTo(16);
        assertThat(s.unclassifiedHeadings()).containsExactly("freedonia#11: empty entry");
        assertThat(s.precision()).containsEntry("interval", 2).containsEntry("month", 1);
        assertThat(s.warnings()).anyMatch(w -> w.contains("freedonia.xml:") && w.contains("1934"));
        assertThat(s.eventsByType()).containsEntry("interests section opened", 1);
    }

    @Test
    void theImportedGraphPassesTheShapesAndChecksWithTheOntologyAndCuratedData() {
        Map<Node, Graph> graphs = TestProject.sources().parse();
        Graph union = GraphFactory.createDefaultGraph();
        graphs.values().forEach(g -> g.find().forEachRemaining(union::add));
        result.graph().find().forEachRemaining(union::add);
        ValidationReport report = new Validator().validate(graphs.get(Graphs.ONTOLOGY), union, TestProject.ROOT.resolve("queries/checks"));
        assertThat(report.violations()).isEmpty();
    }

    @Test
    void aSecondRunGivesTheSameTriples() {
        Graph again = HsgFixtures.importFixtures().graph();
        assertThat(again.size()).isEqualTo(result.graph().size());
        assertThat(again.find().toList().stream().allMatch(result.graph()::contains)).isTrue();
    }

    @Test
    void aMalformedFileIsReportedAndTheOthersAreImported() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("rdcr/articles"));
        Files.copy(HsgFixtures.FREEDONIA, articles.resolve("freedonia.xml"));
        Files.writeString(articles.resolve("broken.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<text>\n<div>\n</text>\n");
        HsgImporter.Result r = new HsgImporter(tmp.resolve("rdcr"), HsgFixtures.POCOM)
                .run(HsgFixtures.empty(), HsgFixtures.empty(), HsgImporter.Progress.NONE);
        assertThat(r.summary().failedFiles()).singleElement().asString().startsWith(articles.resolve("broken.xml") + ":4:");
        assertThat(r.summary().articles()).isEqualTo(1);
        assertThat(r.graph().contains(iri("event", "hsg-freedonia-1"), Node.ANY, Node.ANY)).isTrue();
    }

    @Test
    void anImportedEventMatchingACuratedOneIsLinkedOrItsDifferentDayRecorded() {
        Graph curated = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
                @prefix dipn: <https://w3id.org/dipnorm/ontology#> . @prefix time: <http://www.w3.org/2006/time#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix st: <https://w3id.org/dipnorm/vocab/step-type/> .
                <https://example.org/e/is> dipn:eventType st:interests-section-opened ;
                    dipn:participant <https://w3id.org/dipnorm/id/state/united-states> , <https://w3id.org/dipnorm/id/state/freedonia> ;
                    time:hasTime [ dipn:earliestDate "1977-09-01"^^xsd:date ; dipn:latestDate "1977-09-01"^^xsd:date ] ;
                    dipn:attestedBy <https://example.org/a/is> .
                <https://example.org/e/severed> dipn:eventType st:relations-severed ;
                    dipn:participant <https://w3id.org/dipnorm/id/state/united-states> , <https://w3id.org/dipnorm/id/state/freedonia> ;
                    time:hasTime [ dipn:earliestDate "1961-01-04"^^xsd:date ; dipn:latestDate "1961-01-04"^^xsd:date ] .
                """, Lang.TURTLE).parse(curated);
        HsgImporter.Result r = new HsgImporter(HsgFixtures.RDCR, HsgFixtures.POCOM)
                .run(HsgFixtures.empty(), curated, HsgImporter.Progress.NONE);
        assertThat(r.graph().contains(iri("event", "hsg-freedonia-6"), org.apache.jena.vocabulary.SKOS.closeMatch.asNode(),
                NodeFactory.createURI("https://example.org/e/is"))).isTrue();
        Node d = iri("disagreement", "hsg-freedonia-5-curated-severed");
        assertThat(r.graph().contains(d, DIPN.COMPARES.asNode(), NodeFactory.createURI("https://example.org/e/severed"))).isTrue();
        assertThat(r.summary().corroborations()).isEqualTo(1);
    }
}
