package org.dipnorm.importer.hsg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dipnorm.vocab.RK;
import org.junit.jupiter.api.Test;

/** pocom people, roles and chiefs of mission as read, and how titles map to rk: concepts. */
class PocomReaderTest {
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
                "south-vietnam-1975", "", "1967-04-28", "", "", "", "");
        assertThat(ChiefMapper.state(saigon)).isEqualTo("vietnam");
        assertThat(ChiefMapper.state(saigon.withId("x"))).isEqualTo("vietnam");
        PocomChief seoul = new PocomChief("kr-1949-mucc-01", "muccio-john-joseph", "ambassador-e-p", "korea", "korea",
                "", "1949-04-20", "", "", "", "");
        assertThat(ChiefMapper.state(seoul)).isEqualTo("korea-south");
    }
}
