package org.dipnorm.importer.hsg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dipnorm.vocab.ST;
import org.junit.jupiter.api.Test;

/** Entries to events: what is kept, what is not, and why. */
class EventMapperTest {
    private final ImportSummary summary = new ImportSummary();
    private final EventMapper mapper = new EventMapper(Set.of("freedonia"), summary);

    private List<HsgEvent> map(String heading, String when, String text) {
        RdcrEntry e = new RdcrEntry("freedonia", 1, "Diplomatic Relations", heading,
                when == null ? List.of() : List.of(new RdcrEntry.HeadDate(when, "", "", when)), List.of(text), 1);
        return mapper.map(new RdcrArticle("freedonia", "Freedonia", "", Path.of("freedonia.xml"), List.of(e)), e);
    }

    @Test
    void anEntryThatRecordsAnAbsenceGivesNoEvent() {
        assertThat(map("Establishment of Diplomatic Relations.", null,
                "The United States and Freedonia never established diplomatic relations.")).isEmpty();
        assertThat(summary.classifiedEntries()).isEqualTo(1);
    }

    @Test
    void aForeignMissionEventCarriesItsSideAndSite() {
        HsgEvent e = map("Establishment of the Freedonian Legation in Washington, 1851.", "1851",
                "The Freedonian Legation in Washington opened on May 2, 1851.").get(0);
        assertThat(e.stepType()).isEqualTo(ST.LEGATION_OPENED);
        assertThat(e.foreign()).isTrue();
        assertThat(e.site()).isEqualTo("Washington");
        assertThat(e.key()).isEqualTo("hsg-freedonia-1");
    }

    @Test
    void theSecondEventOfAHeadingGetsItsOwnKeyAndDay() {
        List<HsgEvent> events = map("Establishment of Diplomatic Relations and the American Embassy in Fredville, 1960.", "1960",
                "Diplomatic relations were established on August 1, 1960. The American Embassy in Fredville opened on August 3, 1960.");
        assertThat(events).extracting(HsgEvent::key).containsExactly("hsg-freedonia-1", "hsg-freedonia-1-2");
        assertThat(events).extracting(e -> e.time().begin().lexical()).containsExactly("1960-08-01", "1960-08-03");
        assertThat(events.get(1).mission()).isEqualTo(MissionKind.EMBASSY);
        assertThat(events.get(1).site()).isEqualTo("Fredville");
    }

    @Test
    void anUnclassifiedHeadingIsListed() {
        assertThat(map("Other Matters.", "1900", "Nothing to say.")).isEmpty();
        assertThat(summary.unclassifiedHeadings()).containsExactly("freedonia#1: Other Matters.");
    }
}
