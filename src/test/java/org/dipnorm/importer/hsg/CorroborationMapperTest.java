package org.dipnorm.importer.hsg;

import static org.assertj.core.api.Assertions.assertThat;

import org.dipnorm.vocab.ST;
import org.junit.jupiter.api.Test;

/** Which rdcr events and pocom start dates record the same act, so that different days are a disagreement. */
class CorroborationMapperTest {
    @Test
    void anAmbassadorsCredentialsAreNotComparedWithAnEmbassyOpening() {
        String text = "The U.S. Embassy in Fredville opened on March 1, 1979, with Ambassador Alan Smith in charge.";
        assertThat(CorroborationMapper.sameAct(ST.EMBASSY_OPENED, text, "Smith", "ambassador-e-p")).isFalse();
        assertThat(CorroborationMapper.sameAct(ST.LEGATION_RAISED_TO_EMBASSY, text, "Smith",
                "envoy-extraordinary-minister-plenipotentiary")).isFalse();
    }

    @Test
    void anAmbassadorsCredentialsAreComparedWithAnEntryAboutThoseCredentials() {
        String text = "Diplomatic relations were established on June 4, 1943, when Ambassador Alan Smith presented his credentials.";
        assertThat(CorroborationMapper.sameAct(ST.RELATIONS_ESTABLISHED, text, "Smith", "ambassador-e-p")).isTrue();
        assertThat(CorroborationMapper.sameAct(ST.AMBASSADOR_ACCREDITED, "Ambassador Smith arrived.", "Smith", "ambassador-e-p")).isTrue();
        // credentials of someone else, far from the name, do not count
        String other = "Ambassador Alan Smith opened the embassy on June 4, 1943. Years later, in a ceremony that was widely reported, "
                + "his successor presented credentials.";
        assertThat(CorroborationMapper.sameAct(ST.EMBASSY_OPENED, other, "Smith", "ambassador-e-p")).isFalse();
    }

    @Test
    void aChargeTakingChargeIsComparedWithTheEventThatNamesThem() {
        String text = "It was announced that Jane Roe would serve as the Chargé d’Affaires ad interim.";
        assertThat(CorroborationMapper.sameAct(ST.RELATIONS_RESUMED, text, "Roe", "charge-daffaires-ad-interim")).isTrue();
        assertThat(CorroborationMapper.sameAct(ST.LIAISON_OFFICE_OPENED, text, "Roe", "chief")).isTrue();
    }
}
