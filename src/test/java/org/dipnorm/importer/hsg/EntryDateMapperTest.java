package org.dipnorm.importer.hsg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Dates at the precision the source supports: the day when the text gives it for this event, never padded. */
class EntryDateMapperTest {
    private static final Pattern RELATIONS = Pattern.compile("relations|establish|credentials", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEGATION = Pattern.compile("legation", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY = Pattern.compile(".");

    private static RdcrEntry entry(String heading, String when, String text) {
        return new RdcrEntry("test", 1, "Diplomatic Relations", heading,
                when == null ? List.of() : List.of(new RdcrEntry.HeadDate(when, "", "", when)), List.of(text), 1);
    }

    private static EventTime date(RdcrEntry e, Pattern evidence, boolean first) {
        return EntryDateMapper.date(EntryText.of(e), EntryDateMapper.headingYears(e), evidence, first).orElseThrow();
    }

    @Test
    void theDayComesFromTheTextWhenItIsInTheHeadingsYear() {
        RdcrEntry e = entry("Establishment of U.S. Liaison Office in Beijing, 1973.", "1973",
                "President Nixon agreed to the joint communiqué of February 27, 1972. On May 1, 1973, the United States opened the Liaison Office.");
        EventTime t = date(e, Pattern.compile("liaison", Pattern.CASE_INSENSITIVE), true);
        assertThat(t.begin()).isEqualTo(SourceDate.day(LocalDate.of(1973, 5, 1)));
        assertThat(t.onOrAbout()).isFalse();
    }

    @Test
    void onOrAboutIsKeptAsAQualifier() {
        RdcrEntry e = entry("Mutual Recognition, 1844.", "1844", "Recognition came on or about June 16, 1844, when envoys met.");
        EventTime t = date(e, ANY, true);
        assertThat(t.describe()).isEqualTo("about 1844-06-16");
        assertThat(t.onOrAbout()).isTrue();
    }

    @Test
    void aDayThatBelongsToAnotherEventIsNotTaken() {
        RdcrEntry e = entry("Establishment of the American Legation, 1850.", "1850",
                "The Treaty of Peace was signed on March 3, 1850. Trade grew.");
        EventTime t = date(e, LEGATION, true);
        assertThat(t.begin()).isEqualTo(SourceDate.year(1850));
        assertThat(t.precisionName()).isEqualTo("year");
    }

    @Test
    void twoEventsOfOneHeadingTakeTheirOwnDays() {
        RdcrEntry e = HsgFixtures.entry(HsgFixtures.FREEDONIA, 2);
        assertThat(date(e, RELATIONS, true).begin().lexical()).isEqualTo("1850-03-03");
        assertThat(date(e, LEGATION, false).begin().lexical()).isEqualTo("1850-04-10");
    }

    @Test
    void theTextWinsOverATypoInTheDateAttribute() {
        RdcrEntry e = HsgFixtures.entry(HsgFixtures.FREEDONIA, 4);
        Optional<EntryDateMapper.HeadingYears> years = EntryDateMapper.headingYears(e);
        assertThat(years.orElseThrow().first()).isEqualTo(1943);
        assertThat(years.get().warning()).contains("freedonia#4").contains("1934").contains("1943");
        assertThat(date(e, Pattern.compile("embassy", Pattern.CASE_INSENSITIVE), true).begin().lexical()).isEqualTo("1943-04-16");
    }

    @Test
    void aRangeWithoutADayStaysAnInterval() {
        EventTime t = date(HsgFixtures.entry(HsgFixtures.FREEDONIA, 9), Pattern.compile("consul"), true);
        assertThat(t.isInterval()).isTrue();
        assertThat(t.describe()).isEqualTo("1850/1900");
        assertThat(t.earliest()).isEqualTo(LocalDate.of(1850, 1, 1));
        assertThat(t.latest()).isEqualTo(LocalDate.of(1900, 12, 31));
    }

    @Test
    void aSeasonIsAnIntervalOfMonths() {
        EventTime t = date(HsgFixtures.entry(HsgFixtures.FREEDONIA, 12), ANY, true);
        assertThat(t.describe()).isEqualTo("1870-06/1870-08");
    }

    @Test
    void aMonthStaysAMonth() {
        EventTime t = date(HsgFixtures.entry(HsgFixtures.FREEDONIA, 3), LEGATION, true);
        assertThat(t.begin()).isEqualTo(SourceDate.month(java.time.YearMonth.of(1851, 5)));
        assertThat(t.earliest()).isEqualTo(LocalDate.of(1851, 5, 1));
        assertThat(t.latest()).isEqualTo(LocalDate.of(1851, 5, 31));
    }

    @Test
    void aDayWithoutYearTakesTheYearWrittenBeforeIt() {
        RdcrEntry e = HsgFixtures.entry(HsgFixtures.SYLVANIA, 4);
        assertThat(date(e, Pattern.compile("embassy", Pattern.CASE_INSENSITIVE), true).begin().lexical()).isEqualTo("1995-08-06");
    }

    @Test
    void onTheSameDayRefersToTheDayWrittenBefore() {
        RdcrEntry e = HsgFixtures.entry(HsgFixtures.SYLVANIA, 1);
        assertThat(date(e, Pattern.compile("embass", Pattern.CASE_INSENSITIVE), false).begin().lexical()).isEqualTo("1960-08-01");
    }

    @Test
    void withNoDateInTheHeadingOnlyBoundsFromTheYearsOfTheText() {
        RdcrEntry e = entry("German Unification.", null, "Baden joined the North German Confederation in 1867 and the Empire in 1871.");
        EventTime t = date(e, ANY, true);
        assertThat(t.isUnknown()).isTrue();
        assertThat(t.earliest()).isEqualTo(LocalDate.of(1867, 1, 1));
        assertThat(t.latest()).isEqualTo(LocalDate.of(1871, 12, 31));
    }

    @Test
    void withNoYearAnywhereThereIsNoTime() {
        RdcrEntry e = HsgFixtures.entry(HsgFixtures.FREEDONIA, 13);
        assertThat(EntryDateMapper.date(EntryText.of(e), EntryDateMapper.headingYears(e), ANY, true)).isEmpty();
    }

    @Test
    void sentencesAreNotCutAtAbbreviationsOrInitials() {
        assertThat(EntryText.split("The U.S. Legation opened. Leonard F. Woodcock arrived on March 7, 1979. Then Mr. Smith left."))
                .containsExactly("The U.S. Legation opened.", "Leonard F. Woodcock arrived on March 7, 1979.", "Then Mr. Smith left.");
    }

    @Test
    void sentencesEndAfterNumbersAndNotAfterDottedInitials() {
        assertThat(EntryText.split("It closed in 1979. Then J.F. Dulles and É. Dupont came (see Doc. 12). Talks resumed."))
                .containsExactly("It closed in 1979.", "Then J.F. Dulles and É. Dupont came (see Doc. 12).", "Talks resumed.");
    }
}
