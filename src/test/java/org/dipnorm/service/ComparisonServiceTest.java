package org.dipnorm.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.rdfconnection.RDFConnection;
import org.dipnorm.NotFoundException;
import org.dipnorm.TestProject;
import org.dipnorm.UsageException;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.service.ReportModel.ProcessReport;
import org.dipnorm.service.ReportModel.Span;
import org.dipnorm.store.DipnormStore;
import org.dipnorm.store.SourceSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report model over the curated data: the durations, commitments and standing the issue names. */
class ComparisonServiceTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    private static DipnormStore store;
    private static RDFConnection conn;
    private static ReportModel report;

    @BeforeAll
    static void compare() {
        store = TestProject.store();
        conn = RDFConnection.connect(store.dataset());
        report = service().compare(List.of("us-china-1971", "us-vietnam-1975", "proc:us-dprk-1994"), AS_OF);
    }

    @AfterAll
    static void close() {
        conn.close();
        store.close();
    }

    private static ComparisonService service() {
        return new ComparisonService(conn, QueryCatalog.load(TestProject.sources().queriesDir()));
    }

    private static ProcessReport process(String id) {
        return report.processes().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static Span span(String id, StepCategory from, StepCategory to) {
        return process(id).durations().stream().filter(s -> s.from().equals(from.label()) && s.to().equals(to.label()))
                .findFirst().orElseThrow();
    }

    @Test
    void liaisonOfficeToEmbassyDurations() {
        Span china = span("us-china-1971", StepCategory.INTERIM_OFFICE, StepCategory.EMBASSY);
        assertThat(china.minDays()).isEqualTo(2130);
        assertThat(china.maxDays()).isEqualTo(2130);
        assertThat(china.fromStep().when().display()).isEqualTo("1973-05-01");
        assertThat(span("us-vietnam-1975", StepCategory.INTERIM_OFFICE, StepCategory.EMBASSY).minDays()).isEqualTo(190);
        assertThat(report.milestones()).anySatisfy(m -> {
            assertThat(m.from()).isEqualTo(StepCategory.INTERIM_OFFICE.label());
            assertThat(m.to()).isEqualTo(StepCategory.EMBASSY.label());
            assertThat(m.processes()).isEqualTo(2);
            assertThat(m.medianMinDays()).isEqualTo(1160);
            assertThat(m.shortestDays()).isEqualTo(190);
            assertThat(m.longestDays()).isEqualTo(2130);
        });
    }

    @Test
    void theDprkLiaisonOfficeCommitmentIsPendingSinceTheAgreedFramework() {
        assertThat(process("us-dprk-1994").commitments()).anySatisfy(c -> {
            assertThat(c.commitment()).endsWith("/1994-10-21-agreed-framework-liaison-offices");
            assertThat(c.agreed()).isEqualTo("1994-10-21");
            assertThat(c.statusLabel()).isEqualTo("not fulfilled");
            assertThat(c.assessedAsOf()).isEqualTo("2019-02-26");
            assertThat(c.daysPending()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(1994, 10, 21), AS_OF));
        });
        assertThat(process("us-dprk-1994").steps()).anySatisfy(s -> {
            assertThat(s.stepTypeLabel()).isEqualTo("liaison office agreed");
            assertThat(s.realized()).isFalse();
        });
    }

    @Test
    void whereTheDprkStands() {
        assertThat(report.standings()).singleElement().satisfies(s -> {
            assertThat(s.process()).isEqualTo("us-dprk-1994");
            assertThat(s.notYetTaken()).contains(StepCategory.INTERIM_OFFICE, StepCategory.RELATIONS, StepCategory.EMBASSY,
                    StepCategory.AMBASSADOR);
            assertThat(s.lastTaken()).isEqualTo(StepCategory.POW_MIA);
            assertThat(s.mostCommonNext()).isEqualTo(StepCategory.RELIEF);
            assertThat(s.nearestPrecedent()).isIn("us-china-1971", "us-vietnam-1975");
        });
        assertThat(report.findings()).anyMatch(f -> f.startsWith("In 2 of 3 compared processes liaison office or interests section "
                + "came before diplomatic relations"));
    }

    @Test
    void badRequestsAreClearUsageErrors(@TempDir Path tmp) {
        assertThatThrownBy(() -> service().compare(List.of("us-china-1971"), AS_OF))
                .isInstanceOf(UsageException.class).hasMessageContaining("at least two processes");
        assertThatThrownBy(() -> service().compare(List.of("us-china-1971", "no-such-process"), AS_OF))
                .isInstanceOf(NotFoundException.class).hasMessage("process=no-such-process: no such normalization process in the store");
        assertThatThrownBy(() -> service().compare(List.of("us-china-1971", "x> } DROP ALL"), AS_OF))
                .isInstanceOf(UsageException.class).hasMessageContaining("not a process id");
        Path home = TestProject.home(tmp, "good.ttl", "undated-process.ttl");
        try (DipnormStore fixture = DipnormStore.inMemory(); RDFConnection c = RDFConnection.connect(fixture.dataset())) {
            SourceSet sources = SourceSet.of(home, List.of());
            fixture.load(sources.parse(), sources.contentHash());
            ComparisonService s = new ComparisonService(c, QueryCatalog.load(sources.queriesDir()));
            assertThatThrownBy(() -> s.compare(List.of("zeta-eta-2000", "https://w3id.org/dipnorm/id/test/proc"), AS_OF))
                    .isInstanceOf(UsageException.class).hasMessage("process=zeta-eta-2000: it has no dated steps to compare");
        }
    }
}
