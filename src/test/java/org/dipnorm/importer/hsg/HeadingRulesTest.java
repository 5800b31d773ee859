package org.dipnorm.importer.hsg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One heading, in the record's own style, per rule of the table, and the events it names. */
class HeadingRulesTest {
    /** heading → the rules it matches, in order. Every rule of {@link HeadingRules} has a row. */
    static final List<Arguments> CASES = List.of(
            Arguments.of("No Diplomatic Relations Established.", List.of("nothing happened")),
            Arguments.of("Recognition of Independent Montenegro Withdrawn by the United States, 1920-21.", List.of("recognition withdrawn")),
            Arguments.of("Division of Germany and U.S. Non-Recognition of GDR, 1949.", List.of("non-recognition")),
            Arguments.of("Diplomatic Relations Severed by Algeria, 1967.", List.of("relations severed")),
            Arguments.of("Cessation of Relations with Imperial Germany, 1917.", List.of("relations interrupted")),
            Arguments.of("American Ambassador Recalled, 2008.", List.of("relations downgraded")),
            Arguments.of("Relations from 1980 to 2004.", List.of("relations downgraded")),
            Arguments.of("Ambassadorial Relations Restored, 1992.", List.of("ambassadorial relations restored")),
            Arguments.of("Establishment of Ambassadorial Relations, 1980.", List.of("ambassadorial relations established")),
            Arguments.of("Establishment of Consular Relations, 1844.", List.of("consular relations")),
            Arguments.of("Diplomatic Relations Reestablished and Embassy Reopened, 1974.", List.of("relations resumed", "mission reopened")),
            Arguments.of("Establishment of Diplomatic Relations and the American Embassy in Ghana, 1957.",
                    List.of("relations established", "embassy opened")),
            Arguments.of("Elevation of American Legation to Embassy Status, 1942.", List.of("legation raised to embassy")),
            Arguments.of("Elevation of Liaison Office to Embassy Status and Resumption of Full Diplomatic Relations, 2006.",
                    List.of("raised to embassy", "relations resumed")),
            Arguments.of("Elevation of Status of the Consulate in Guayaquil to Consulate General, 1884.", List.of("consulate raised")),
            Arguments.of("Closure of Consulate in Rotterdam, 1801.", List.of("consulate closed")),
            Arguments.of("Closing of U.S. Embassy at Taipei, 1979.", List.of("mission closed")),
            Arguments.of("U.S. Embassy in Baghdad Reopens; Diplomatic Relations Reestablished, 2004.",
                    List.of("mission reopened", "relations resumed")),
            Arguments.of("Embassy Moved to Taipei, Formosa (Taiwan), 1949.", List.of("mission moved")),
            Arguments.of("United States Interests Section and Liaison Office Established, 2004.",
                    List.of("interests section", "liaison office")),
            Arguments.of("Establishment of U.S. Liaison Office in Beijing, 1973.", List.of("liaison office")),
            Arguments.of("Establishment of the Office of the U.S. Representative in Majuro, 1986.", List.of("representative office")),
            Arguments.of("Opening of U.S. Embassy at Beijing, 1979.", List.of("embassy opened")),
            Arguments.of("Establishment of the Australian Legation in the United States, 1940.", List.of("legation opened")),
            Arguments.of("Establishment of U.S. Mission in Phnom Penh, 1991.", List.of("mission opened")),
            Arguments.of("U.S. consulate opens in Hamburg, June 17, 1790.", List.of("consulate opened")),
            Arguments.of("U.S. Recognition of Zambian Independence, 1964.", List.of("recognition")),
            Arguments.of("The United States - Chile Free Trade Agreement, 2003.", List.of("trade agreement")),
            Arguments.of("Establishment of Most-Favored-Nation Status, 1922.", List.of("most-favored-nation status")),
            Arguments.of("Treaty of Friendship, Commerce, and Navigation, 1850.", List.of("treaty")),
            Arguments.of("Assassination of the American Ambassador, 2012.", List.of("violence against the mission")),
            Arguments.of("Accreditation of American Ambassador to Cape Verde, 1976.", List.of("ambassador accredited")),
            Arguments.of("First American Minister accredited to Costa Rica, 1853.", List.of("chief of mission")),
            Arguments.of("First Official Diplomatic Interaction, 1903.", List.of("first contact")),
            Arguments.of("Bavaria Joins the German Empire, 1871.", List.of("political context")));

    static Stream<Arguments> cases() {
        return CASES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aHeadingNamesItsEvents(String heading, List<String> rules) {
        assertThat(HeadingRules.classify(heading)).extracting(m -> m.rule().name()).containsExactlyElementsOf(rules);
    }

    @Test
    void everyRuleOfTheTableHasATestHeading() {
        Set<String> covered = new TreeSet<>();
        CASES.forEach(c -> covered.addAll(castList(c.get()[1])));
        List<String> rules = new ArrayList<>(HeadingRules.RULES.stream().map(HeadingRule::name).toList());
        rules.add(HeadingRules.CONTEXT.name());
        assertThat(covered).containsAll(rules);
    }

    @Test
    void aClauseWithoutAVerbBorrowsTheOneBeforeIt() {
        var matches = HeadingRules.classify(
                "Recognition of the German Democratic Republic, and the Establishment of Diplomatic Relations and the American Embassy in Berlin, 1974.");
        assertThat(matches).extracting(m -> m.rule().name()).containsExactly("recognition", "relations established", "embassy opened");
        assertThat(matches.get(2).clause()).isEqualTo("Establishment of the American Embassy in Berlin");
    }

    @Test
    void contextAppliesOnlyWhenNothingElseMatched() {
        assertThat(HeadingRules.classify("U.S. Recognition of Algerian Independence, 1962.")).extracting(m -> m.rule().name())
                .containsExactly("recognition");
        assertThat(HeadingRules.classify("Other U.S. Diplomatic Missions in Vienna.")).isEmpty();
    }

    @Test
    void theSectionClassifiesAHeadingTheTableDoesNotKnow() {
        RdcrEntry noHeading = HsgFixtures.entry(HsgFixtures.FREEDONIA, 10);
        assertThat(HeadingRules.classify(noHeading)).extracting(m -> m.rule().name()).containsExactly("consular presence (section)");
        RdcrEntry whaling = HsgFixtures.entry(HsgFixtures.FREEDONIA, 13);
        assertThat(HeadingRules.classify(whaling)).extracting(m -> m.rule().name()).containsExactly("political context");
        assertThat(HeadingRules.SECTIONS).extracting(HeadingRule::name).contains("treaties and agreements (section)", "key events (section)");
        assertThat(HeadingRules.SECTIONS.get(1).matches("Treaties and Agreements")).isTrue();
        assertThat(HeadingRules.SECTIONS.get(2).matches("Issues Relevant to U.S. Foreign Diplomacy")).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object o) {
        return (List<String>) o;
    }
}
