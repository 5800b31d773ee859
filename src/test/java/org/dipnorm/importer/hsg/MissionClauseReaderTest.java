package org.dipnorm.importer.hsg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Whose mission an entry is about, where it sits, where it moved from, and who protects an interests section. */
class MissionClauseReaderTest {
    private static final Set<String> COUNTRIES = Set.of("freedonia", "vietnam", "egypt");
    private static final Pattern ANY = Pattern.compile(".");

    @Test
    void aForeignMissionInTheUnitedStatesIsThatStatesMission() {
        assertThat(MissionClauseReader.foreign("Establishment of the Australian Legation in the United States")).isTrue();
        assertThat(MissionClauseReader.foreign("Bulgarian Legation Raised to Embassy Status")).isTrue();
        assertThat(MissionClauseReader.foreign("Establishment of the Austrian Legation in Washington")).isTrue();
        assertThat(MissionClauseReader.foreign("Elevation of New Zealand Legation in the United States to Embassy Status")).isTrue();
        assertThat(MissionClauseReader.foreign("Establishment of the American Legation in La Paz")).isFalse();
        assertThat(MissionClauseReader.foreign("Elevation of U.S. Legation to Embassy Status")).isFalse();
        assertThat(MissionClauseReader.foreign("Closure of Embassy")).isFalse();
    }

    @Test
    void theSiteIsTheCityTheHeadingOrTheTextNames() {
        EntryText none = EntryText.of("", "");
        assertThat(MissionClauseReader.site("Establishment of U.S. Liaison Office in Beijing", none, ANY, COUNTRIES)).isEqualTo("Beijing");
        assertThat(MissionClauseReader.site("Embassy Moved to Taipei", none, ANY, COUNTRIES)).isEqualTo("Taipei");
        assertThat(MissionClauseReader.site("Kazakh Embassy in Alma-Ata (now Almaty)", none, ANY, COUNTRIES)).isEqualTo("Alma-Ata");
        assertThat(MissionClauseReader.site("Reopening of Embassy Brazzaville", none, ANY, COUNTRIES)).isEqualTo("Brazzaville");
        assertThat(MissionClauseReader.site("Establishment of the American Embassy in Freedonia", none, ANY, COUNTRIES)).isNull();
        EntryText text = EntryText.of("Elevation of U.S. Legation to Embassy Status, 1952.",
                "The United States Legation in Saigon was raised to Embassy status on June 24, 1952.");
        assertThat(MissionClauseReader.site("Elevation of U.S. Legation to Embassy Status", text, ANY, COUNTRIES)).isEqualTo("Saigon");
        assertThat(MissionClauseReader.movedFrom("American Embassy Moves from Bonn to Berlin", COUNTRIES)).isEqualTo("Bonn");
    }

    @Test
    void theProtectingPowerIsTheStateWhoseEmbassyHousesTheSection() {
        Pattern section = Pattern.compile("interests? section", Pattern.CASE_INSENSITIVE);
        assertThat(MissionClauseReader.protectingPower(EntryText.of("", "A U.S. Interests Section was established in Havana "
                + "under the protection of the Swiss Government on September 1, 1977."), section)).isEqualTo("switzerland");
        assertThat(MissionClauseReader.protectingPower(EntryText.of("", "The U.S. Interests Section was established in the Spanish "
                + "Embassy in Cairo on June 7, 1967."), section)).isEqualTo("spain");
        assertThat(MissionClauseReader.protectingPower(EntryText.of("", "An Interests Section opened."), section)).isNull();
    }

    @Test
    void slugsAreAsciiAndStable() {
        assertThat(Mission.slug("Bogotá")).isEqualTo("bogota");
        assertThat(Mission.slug("San’a")).isEqualTo("sana");
        assertThat(Mission.slug("St. Johns")).isEqualTo("st-johns");
    }
}
