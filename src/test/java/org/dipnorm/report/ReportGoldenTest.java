package org.dipnorm.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdfconnection.RDFConnection;
import org.dipnorm.TestProject;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.service.ComparisonService;
import org.dipnorm.service.ReportModel;
import org.dipnorm.store.DipnormStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every format of the U.S.–China / U.S.–Vietnam / U.S.–DPRK report, as of 2026-11-28, is exactly
 * the reviewed file in src/test/resources/expected/report (regenerate with
 * {@code compare us-china-1971 us-vietnam-1975 us-dprk-1994 --as-of 2026-11-28 --format F --out …} on a fresh --db).
 */
class ReportGoldenTest {
    private static final Path GOLDEN = TestProject.ROOT.resolve("src/test/resources/expected/report");
    private static ReportModel report;

    @BeforeAll
    static void compare() {
        try (DipnormStore store = TestProject.store(); RDFConnection conn = RDFConnection.connect(store.dataset())) {
            report = new ComparisonService(conn, QueryCatalog.load(TestProject.sources().queriesDir()))
                    .compare(List.of("us-china-1971", "us-vietnam-1975", "us-dprk-1994"), java.time.LocalDate.of(2026, 11, 28));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFormatMatchesItsGoldenFile() {
        return Stream.of(ReportFormat.values()).map(f -> DynamicTest.dynamicTest(f.name(), () -> {
            String expected = Files.readString(GOLDEN.resolve("us-china-vietnam-dprk." + f.name()));
            assertThat(ReportRenderer.of(f, null, TimelineSvg.Alignment.calendar).render(report)).isEqualTo(expected);
        }));
    }

    @Test
    void theJsonSchemaIsStable() throws Exception {
        JsonNode json = JsonReportRenderer.MAPPER.readTree(new JsonReportRenderer().render(report));
        assertThat(json.get("schemaVersion").asText()).isEqualTo(ReportModel.SCHEMA_VERSION);
        assertThat(json.fieldNames()).toIterable().containsExactly("schemaVersion", "asOf", "processes", "orderQuestions",
                "milestones", "standings", "findings");
        assertThat(json.get("processes").get(0).fieldNames()).toIterable().containsExactly("id", "iri", "label", "parties",
                "outcome", "outcomeLabel", "steps", "sequence", "durations", "commitments", "statedOrder");
        assertThat(json.at("/standings/0/notYetTaken").toString()).contains("\"interim-office\"");
    }

    @Test
    void csvHasOneRowPerStepOfEachProcess() {
        String csv = new CsvReportRenderer().render(report);
        long steps = report.processes().stream().mapToLong(p -> p.steps().size()).sum();
        assertThat(csv.split("\r\n")).hasSize((int) steps + 1);
        assertThat(csv).startsWith(CsvReportRenderer.HEADER + "\r\n")
                .contains("us-china-1971,5,liaison office opened,interim-office,occurred,1973-05-01,day,1973-05-01,1973-05-01,");
    }

    @Test
    void htmlEscapesLiteralsAndInlinesTheTimeline() {
        String html = new HtmlReportRenderer(null, TimelineSvg.Alignment.relative).render(report);
        assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\"")
                .contains("Timeline by years since the first step").doesNotContain("<script");
        assertThat(TimelineSvg.esc("<script>alert(1)</script>")).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
