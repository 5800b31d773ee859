package org.dipnorm.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.dipnorm.service.ReportModel.SequenceEntry;
import org.dipnorm.service.ReportModel.Step;
import org.dipnorm.service.ReportModel.When;
import org.junit.jupiter.api.Test;

/** The sequencing rule with imprecise dates, stated order, representatives, distance and median. */
class SequenceAnalysisTest {
    private static Step step(int n, StepCategory c, String display, String precision, String earliest, String latest) {
        return new Step(n, "st:x", "x", "ss:occurred", "urn:event:" + n, "event " + n,
                new When(display, precision, earliest, latest), List.of(c), List.of());
    }

    private final Step year1995Office = step(1, StepCategory.INTERIM_OFFICE, "1995", "year", "1995-01-01", "1995-12-31");
    private final Step day1995Relations = step(2, StepCategory.RELATIONS, "1995-08-05", "day", "1995-08-05", "1995-08-05");
    private final Step day1996Embassy = step(3, StepCategory.EMBASSY, "1996-01-10", "day", "1996-01-10", "1996-01-10");

    @Test
    void aYearOnlyStepNeverDefinitelyPrecedesADayInTheSameYear() {
        assertThat(SequenceAnalysis.relation(year1995Office, day1995Relations, Set.of())).isEqualTo(SequenceAnalysis.UNDETERMINED);
        assertThat(SequenceAnalysis.relation(day1995Relations, year1995Office, Set.of())).isEqualTo(SequenceAnalysis.UNDETERMINED);
        assertThat(SequenceAnalysis.relation(year1995Office, day1996Embassy, Set.of())).isEqualTo(SequenceAnalysis.BEFORE);
    }

    @Test
    void aSourceStatedOrderWinsOverUndecidedDates() {
        assertThat(SequenceAnalysis.relation(year1995Office, day1995Relations, Set.of("urn:event:1 urn:event:2")))
                .isEqualTo(SequenceAnalysis.BEFORE_BY_SOURCE);
    }

    @Test
    void theSequenceMarksEachNeighbourPair() {
        List<SequenceEntry> seq = SequenceAnalysis.sequence(List.of(day1996Embassy, day1995Relations, year1995Office), Set.of());
        assertThat(seq).extracting(SequenceEntry::category)
                .containsExactly(StepCategory.INTERIM_OFFICE, StepCategory.RELATIONS, StepCategory.EMBASSY);
        assertThat(seq).extracting(SequenceEntry::toNext)
                .containsExactly(SequenceAnalysis.UNDETERMINED, SequenceAnalysis.BEFORE, null);
    }

    @Test
    void theRepresentativeOfACategoryIsTheMostPreciseOfTheUndominatedSteps() {
        Step dayOffice = step(4, StepCategory.INTERIM_OFFICE, "1995-05-01", "day", "1995-05-01", "1995-05-01");
        Step laterOffice = step(5, StepCategory.INTERIM_OFFICE, "1997-05-01", "day", "1997-05-01", "1997-05-01");
        assertThat(SequenceAnalysis.representative(List.of(year1995Office, dayOffice, laterOffice), StepCategory.INTERIM_OFFICE))
                .contains(dayOffice);
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        var a = List.of(StepCategory.TALKS, StepCategory.COMMUNIQUE, StepCategory.POW_MIA);
        var b = List.of(StepCategory.TALKS, StepCategory.POW_MIA, StepCategory.RELIEF, StepCategory.INTERIM_OFFICE);
        assertThat(SequenceAnalysis.distance(a, a)).isZero();
        assertThat(SequenceAnalysis.distance(a, List.of())).isEqualTo(3);
        assertThat(SequenceAnalysis.distance(a, b)).isEqualTo(3);
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(SequenceAnalysis.median(List.of(190L, 2130L))).isEqualTo(1160L);
        assertThat(SequenceAnalysis.median(List.of(5L, 1L, 3L))).isEqualTo(3L);
        assertThat(SequenceAnalysis.median(List.of())).isNull();
    }
}
