package org.dipnorm.importer.hsg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dipnorm.vocab.RK;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** pocom people, roles and chiefs of mission as read, and how titles map to rk: concepts. */
class PocomReaderTest {
    @TempDir
    Path tmp;

    @Test
    void warningsAboutAChiefNameTheFileAndTheLineOfItsChiefElement() throws Exception {
        Path file = tmp.resolve("ruritania.xml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <country-mission>
                    <territory-id>ruritania</territory-id>
                    <chiefs>
                        <chief>
                            <id>ru-1901-hent-01</id>
                            <person-id>hentzau-rupert</person-id>
                            <role-title-id>envoy-extraordinary-minister-plenipotentiary</role-title-id>
                            <started><date>1901-13-45</date><note/></started>
                            <ended><date>1905</date><note/></ended>
                        </chief>
                        <chief>
                            <id>ru-1910-zend-01</id>
                            <person-id>zenda-flavia</person-id>
                            <role-title-id>grand-vizier</role-title-id>
                            <started><date>1910-05-01</date><note/></started>
                        </chief>
                    </chiefs>
                </country-mission>
                """);
        List<PocomChief> chiefs = PocomReader.chiefs(file);
        assertThat(chiefs).extracting(PocomChief::line).containsExactly(5, 12);
        assertThat(chiefs.get(1).at()).isEqualTo(file + ":12");

        ImportSummary summary = new ImportSummary();
        new ChiefMapper(new MissionMapper(), summary).map(chiefs, Map.of(
                "hentzau-rupert", new PocomPerson("hentzau-rupert", "Rupert", "Hentzau", "", 1870, null),
                "zenda-flavia", new PocomPerson("zenda-flavia", "Flavia", "Zenda", "", 1880, null)));
        assertThat(summary.warnings()).containsExactly(
                file + ":5: ru-1901-hent-01: unreadable started date '1901-13-45'",
                file + ":12: ru-1910-zend-01: unknown role grand-vizier; skipped");
    }

    /** A tag left open, and an entity no DTD declares (reported where it is met, so the import skips the file). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<persName><forename>Jane</forename><surname>Doe</persName>|surname",
        "<persName><forename>Jane&nbsp;Ann</forename><surname>Doe</surname></persName>|nbsp"})
    void aFileThatIsNotWellFormedFailsWithItsPathAndLine(String line4, String named) throws Exception {
        Path file = tmp.resolve("people-broken.xml");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<person>\n    <id>doe-jane</id>\n    "
                + line4 + "\n</person>\n");
        assertThatThrownBy(() -> PocomReader.person(file))
                .isInstanceOf(org.dipnorm.InputException.class)
                .hasMessageStartingWith(file + ":4:").hasMessageContaining(named);
    }

    @Test
    void readsAPersonWithNameAndYears() {
        PocomPerson p = PocomReader.person(HsgFixtures.POCOM.resolve("people/s/smith-alan.xml"));
        assertThat(p.name()).isEqualTo("Alan Smith, Jr.");
        assertThat(p.birth()).isEqualTo(1890);
        assertThat(p.death()).isEqualTo(1960);
        assertThat(PocomReader.person(HsgFixtures.POCOM.resolve("people/l/lane-lyle.xml")).death()).isNull();
    }

    @Test
    void readsChiefsWithTheirDatesAndNotes() {
        List<PocomChief> chiefs = PocomReader.chiefs(HsgFixtures.POCOM.resolve("missions-countries/freedonia.xml"));
        assertThat(chiefs).extracting(PocomChief::id).containsExactly("fd-1850-doe-01", "fd-1943-smit-01", "fd-1977-lane-01", "fd--nomi-01");
        PocomChief doe = chiefs.get(0);
        assertThat(doe.mission()).isEqualTo("freedonia");
        assertThat(doe.started()).isEqualTo("1850-03-03");
        assertThat(doe.ended()).isEqualTo("1855-06");
        assertThat(doe.note()).isEqualTo("Commissioned to Freedonia.");
        assertThat(doe.summary()).isEqualTo("envoy-extraordinary-minister-plenipotentiary; appointed 1849-12-01; started 1850-03-03; ended 1855-06 (Left post)");
        assertThat(chiefs.get(3).served()).isFalse();
    }

    @Test
    void titlesMapToMissionRanksAndTheMissionsTheyHead() {
        assertThat(RoleMapper.rank("envoy-extraordinary-minister-plenipotentiary")).contains(RK.ENVOY_E_M_P);
        assertThat(RoleMapper.rank("minister-resident-consul-general")).contains(RK.MINISTER_RESIDENT_CONSUL_GENERAL);
        assertThat(RoleMapper.rank("no-such-role")).isEmpty();
        assertThat(RoleMapper.heads("chief").get(0)).isEqualTo(MissionKind.LIAISON_OFFICE);
        assertThat(RoleMapper.heads("principal-officer").get(0)).isEqualTo(MissionKind.INTERESTS_SECTION);
        assertThat(RoleMapper.heads("ambassador-e-p")).containsExactly(MissionKind.EMBASSY);
    }

    @Test
    void pocomMissionsMapToTheStatesOfTheRecord() {
        PocomChief saigon = new PocomChief("xh-1967-bunk-01", "bunker-ellsworth", "ambassador-e-p", "vietnam-south",
                "south-vietnam-1975", "", "1967-04-28", "", "", "", "", "vietnam-south.xml", 3);
        assertThat(ChiefMapper.state(saigon)).isEqualTo("vietnam");
        assertThat(ChiefMapper.state(saigon.withId("x"))).isEqualTo("vietnam");
        PocomChief seoul = new PocomChief("kr-1949-mucc-01", "muccio-john-joseph", "ambassador-e-p", "korea", "korea",
                "", "1949-04-20", "", "", "", "", "korea.xml", 3);
        assertThat(ChiefMapper.state(seoul)).isEqualTo("korea-south");
    }
}
