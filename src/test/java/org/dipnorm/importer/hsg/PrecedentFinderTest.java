package org.dipnorm.importer.hsg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Precedent discovery where one article covers two states, or a government went into exile, over
 * small articles written for the tests (src/test/resources/hsg/precedents).
 */
class PrecedentFinderTest {
    private static final Path ARTICLES = HsgFixtures.HSG.resolve("precedents");

    private static List<PrecedentFinder.Precedent> find(String slug) {
        RdcrArticle article = RdcrReader.read(ARTICLES.resolve(slug + ".xml"));
        List<HsgEvent> events = new ArrayList<>(new EventMapper(Set.of(), new ImportSummary()).map(article));
        events.sort(HsgEvent.IN_DATE_ORDER);
        return PrecedentFinder.find(slug, events);
    }

    /** "twinland#5 relations-severed 1967-06-07": what a step is, written so a failing test says which. */
    private static List<String> steps(PrecedentFinder.Precedent p) {
        return p.steps().stream().map(e -> e.entry().key() + " " + e.stepType().getLocalName() + " " + e.time().describe()).toList();
    }

    @Test
    void aRuptureIsRestoredByTheSameStateNotByANewStateTheArticleAlsoCovers() {
        List<PrecedentFinder.Precedent> found = find("twinland");
        assertThat(found).extracting(PrecedentFinder.Precedent::key).containsExactly("hsg-us-twinland-1967", "hsg-us-twinland-1969");
        assertThat(steps(found.get(0))).as("North Twinland broke off relations in 1967 and resumed them in 1972")
                .containsExactly("twinland#5 relations-severed 1967-06-07", "twinland#10 relations-resumed 1972-07-01",
                        "twinland#10 mission-reopened 1972-07-01");
        assertThat(steps(found.get(1))).as("South Twinland, recognized in 1967, broke off relations in 1969 and resumed them in 1990")
                .containsExactly("twinland#8 relations-severed 1969-10-24", "twinland#9 mission-closed 1969-10-26",
                        "twinland#11 relations-resumed 1990-04-30");
        assertThat(found).allSatisfy(p -> assertThat(p.restoration()).isNotNull());
    }

    @Test
    void theEntriesOfATwoStateArticleAreAboutTheStateTheirDesignationOrNameSays() {
        RdcrArticle article = RdcrReader.read(ARTICLES.resolve("twinland.xml"));
        StateDesignations states = StateDesignations.of(article);
        assertThat(states.first("The People's Republic of Southern Twinland severed relations")).isEqualTo("south twinland");
        assertThat(states.first("Relations with the People’s Democratic Republic of Twinland")).isEqualTo("south twinland");
        assertThat(states.first("Reopening of American Embassy Northport")).isEqualTo("north twinland");
        assertThat(states.first("Relations with the Twin Arab Republic")).isEqualTo("north twinland");
        assertThat(states.first("Relations with Twinland")).as("the article's own name tells no state apart").isNull();
        assertThat(StateDesignations.of(RdcrReader.read(HsgFixtures.FREEDONIA)).first("Freedonia City (Freedonia)")).isNull();
    }

    @Test
    void aLegationNearTheGovernmentInExileIsNoRuptureFollowedByARestoration() {
        assertThat(find("nordmark")).as("the legation closed in 1940 went on near the government in London").isEmpty();
    }

    @Test
    void anEmbassyClosedWhenTheGovernmentWentIntoExileIsNoRuptureButOneClosedInACivilWarIs() {
        List<PrecedentFinder.Precedent> found = find("lowmark");
        assertThat(found).extracting(PrecedentFinder.Precedent::key).containsExactly("hsg-us-lowmark-1980");
        assertThat(steps(found.get(0))).containsExactly("lowmark#4 mission-closed 1980-03-24", "lowmark#5 mission-reopened 1982-01-15");
    }

    @Test
    void relationsBegunInTheEntryOfTheBreakAreWithAnotherStateAndNoStep() {
        List<PrecedentFinder.Precedent> found = find("unionland");
        assertThat(found).singleElement().satisfies(p -> assertThat(steps(p)).as("relations with the union are not a step")
                .containsExactly("unionland#2 relations-interrupted 1958-02-25", "unionland#3 relations-resumed 1961-10-10"));
    }
}
