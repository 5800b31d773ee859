package org.dipnorm.importer.hsg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.ORG;
import org.dipnorm.TestProject;
import org.dipnorm.store.DipnormStore;
import org.dipnorm.validate.ValidationReport;
import org.dipnorm.validate.Validator;
import org.dipnorm.vocab.DIPN;
import org.dipnorm.vocab.Graphs;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The import over the Office of the Historian's real records in {@code ../shared/data/hsg} (never
 * copied into the repository); skipped, with a message, where they are not present.
 */
class HsgImportIT {
    static final Path DATA = TestProject.ROOT.resolve(Path.of("..", "shared", "data", "hsg")).normalize();
    private static Map<Node, Graph> project;
    private static HsgImporter.Result result;

    @BeforeAll
    static void importTheRecord() {
        Assumptions.assumeTrue(Files.isDirectory(DATA.resolve("rdcr/articles")) && Files.isDirectory(DATA.resolve("pocom/people")),
                "The Office of the Historian's data is not at " + DATA + " (clone HistoryAtState/rdcr and pocom there); skipping");
        project = TestProject.sources().parse();
        result = new HsgImporter(DATA.resolve("rdcr"), DATA.resolve("pocom"))
                .run(project.get(Graphs.ONTOLOGY), project.get(Graphs.CURATED), HsgImporter.Progress.NONE);
    }

    private static Node iri(String kind, String key) {
        return NodeFactory.createURI("https://w3id.org/dipnorm/id/" + kind + "/" + key);
    }

    @Test
    void readsEveryArticleAndClassifiesAtLeast95PercentOfTheEntries() {
        ImportSummary s = result.summary();
        assertThat(s.failedFiles()).isEmpty();
        assertThat(s.articles()).isEqualTo(228);
        assertThat(s.entries()).isEqualTo(1222);
        assertThat(100.0 * s.classifiedEntries() / s.entries()).isGreaterThanOrEqualTo(95.0);
        assertThat(s.events()).isGreaterThan(1200);
        assertThat(s.appointments()).isGreaterThan(5000);
    }

    @Test
    void everyDayPrecisionDateIsWrittenInItsEntry() {
        String query = """
                PREFIX dipn: <https://w3id.org/dipnorm/ontology#> PREFIX time: <http://www.w3.org/2006/time#>
                SELECT ?e ?d ?loc ?q WHERE {
                  ?e a dipn:DiplomaticEvent ; time:hasTime ?t ; dipn:attestedBy ?a .
                  { ?t time:inXSDDate ?d } UNION { ?t time:hasBeginning|time:hasEnd ?i . ?i time:inXSDDate ?d }
                  ?a dipn:locator ?loc . OPTIONAL { ?a dipn:quote ?q }
                }""";
        List<String> notWritten = new ArrayList<>();
        int days = 0;
        try (QueryExecution q = QueryExecution.model(ModelFactory.createModelForGraph(result.graph())).query(query).build()) {
            var rows = q.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                days++;
                java.time.LocalDate day = java.time.LocalDate.parse(row.getLiteral("d").getLexicalForm());
                String text = row.getLiteral("loc").getString() + " " + (row.contains("q") ? row.getLiteral("q").getString() : "");
                if (!written(day, text)) {
                    notWritten.add(row.getResource("e").getURI() + " " + day);
                }
            }
        }
        assertThat(days).isGreaterThan(1000);
        assertThat(notWritten).isEmpty();
    }

    /** The month and day as the record writes them ("May 1", "Sep 26", "Sept. 26"), and the year, appear in the entry. */
    private static boolean written(java.time.LocalDate day, String text) {
        String month = day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        String pattern = "(?s).*\\b(" + month + "|" + month.substring(0, 3) + "t?\\.?)\\s+" + day.getDayOfMonth() + "(?:st|nd|rd|th)?\\b.*";
        return text.matches(pattern) && text.contains(Integer.toString(day.getYear()));
    }

    @Test
    void findsThePrecedentsAHistorianWouldList() {
        List<String> found = result.summary().precedents();
        assertThat(found).anyMatch(p -> p.startsWith("proc:hsg-us-china-1973") && p.contains("liaison office opened 1973-05-01")
                && p.contains("embassy opened 1979-03-01"));
        assertThat(found).anyMatch(p -> p.startsWith("proc:hsg-us-vietnam-1975") && p.contains("liaison office opened 1995-01-28")
                && p.contains("diplomatic relations resumed 1995-08-05"));
        assertThat(found).anyMatch(p -> p.startsWith("proc:hsg-us-cuba-1961") && p.contains("interests section opened 1977-09-01")
                && p.contains("2015-07-20"));
        assertThat(found).anyMatch(p -> p.startsWith("proc:hsg-us-libya-1980") && p.contains("interests section opened 2004-02-08")
                && p.contains("liaison office opened 2004-06-28") && p.contains("2006-05-31"));
        for (String coldWar : List.of("bulgaria-1950", "egypt-1967", "syria-1967", "iraq-1967", "algeria-1967", "sudan-1967",
                "cambodia-1965", "cambodia-1975", "laos-1975", "russia-1917")) {
            assertThat(found).as("precedent %s", coldWar).anyMatch(p -> p.startsWith("proc:hsg-us-" + coldWar + " "));
        }
    }

    @Test
    void aRuptureIsRestoredOnlyByTheSameStateAndAnExileLegationIsNoRupture() {
        List<String> found = result.summary().precedents();
        assertThat(found).as("North Yemen: severed 1967, resumed 1972; South Yemen's new relations of 1967 are not the restoration")
                .anyMatch(p -> p.startsWith("proc:hsg-us-yemen-1967 ") && p.contains("1967–1972") && p.contains("diplomatic relations resumed 1972-12-19")
                        && !p.contains("1967-12-07"));
        assertThat(found).as("South Yemen: severed 1969, resumed 1990")
                .anyMatch(p -> p.startsWith("proc:hsg-us-yemen-1969 ") && p.contains("diplomatic relations resumed 1990-04-30")
                        && !p.contains("1972"));
        for (String exile : List.of("norway", "belgium", "luxembourg", "poland")) {
            assertThat(found).as("%s 1940–45: relations went on with the government in exile", exile)
                    .noneMatch(p -> p.startsWith("proc:hsg-us-" + exile + "-194"));
        }
        assertThat(found).as("relations with the United Arab Republic are no step of the Syrian process")
                .anyMatch(p -> p.startsWith("proc:hsg-us-syria-1958 ") && !p.contains("diplomatic relations established"));
    }

    @Test
    void chiefsOfMissionBelongToTheMissionOfTheirDay() {
        Map<String, String> expected = Map.of("cn-1973-bruc-01", "united-states-liaison-office-beijing",
                "cn-1979-wood-01", "united-states-embassy-beijing", "cn-1974-unge-01", "united-states-embassy-taipei",
                "vn-1995-ande-01", "united-states-embassy-hanoi", "xh-1967-bunk-01", "united-states-embassy-saigon",
                "cu-1977-lane-01", "united-states-interests-section-havana", "ly-2004-berr-01", "united-states-liaison-office-tripoli");
        expected.forEach((chief, mission) -> assertThat(result.graph().contains(iri("membership", chief),
                ORG.organization.asNode(), iri("mission", mission))).as("%s heads %s", chief, mission).isTrue());
    }

    @Test
    void recordsTheDisagreementsTheFactSheetNotes() {
        for (String d : List.of("afghanistan-8-af-2002-croc-01", "lithuania-7-lt-1991-john-01", "vietnam-9-vn-1995-ande-01")) {
            assertThat(result.graph().contains(iri("disagreement", d), Node.ANY, Node.ANY)).as(d).isTrue();
        }
        assertThat(result.graph().contains(iri("event", "hsg-china-18"), org.apache.jena.vocabulary.SKOS.closeMatch.asNode(),
                iri("event", "1973-05-01-us-liaison-office-beijing-opened"))).as("corroborates the curated event").isTrue();
    }

    @Test
    void theImportTogetherWithTheCuratedDataPassesEveryShapeAndCheck() {
        Graph union = GraphFactory.createDefaultGraph();
        project.values().forEach(g -> g.find().forEachRemaining(union::add));
        result.graph().find().forEachRemaining(union::add);
        ValidationReport report = new Validator().validate(project.get(Graphs.ONTOLOGY), union, TestProject.ROOT.resolve("queries/checks"));
        assertThat(report.violations()).isEmpty();
        assertThat(result.graph().contains(Node.ANY, DIPN.DATE_QUALIFIER.asNode(), Node.ANY)).isTrue();
    }

    @Test
    void aSecondRunChangesNothingInTheStore() {
        HsgImporter.Result again = new HsgImporter(DATA.resolve("rdcr"), DATA.resolve("pocom"))
                .run(project.get(Graphs.ONTOLOGY), project.get(Graphs.CURATED), HsgImporter.Progress.NONE);
        try (DipnormStore store = DipnormStore.inMemory()) {
            assertThat(store.replaceGraph(Graphs.HSG, result.graph())).isTrue();
            assertThat(store.replaceGraph(Graphs.HSG, again.graph())).as("same triples, same IRIs: nothing to write").isFalse();
            assertThat(store.size(Graphs.HSG)).isEqualTo(result.graph().size());
        }
    }
}
