package org.dipnorm.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Normalization step types (SKOS concept scheme). Every constant is declared in ontology/step-types.ttl; VocabularyTest checks both ways. */
public final class ST {
    public static final String NAMESPACE = "https://w3id.org/dipnorm/vocab/step-type/";
    public static final String PREFIX = "st";

    /** The concept scheme itself. */
    public static final Resource SCHEME = ResourceFactory.createResource("https://w3id.org/dipnorm/vocab/step-type");

    public static final Resource AGREEMENT = resource("agreement");
    public static final Resource AGREEMENT_COLLAPSED = resource("agreement-collapsed");
    public static final Resource AMBASSADOR_ACCREDITED = resource("ambassador-accredited");
    public static final Resource CHIEF_OF_MISSION_EVENT = resource("chief-of-mission-event");
    public static final Resource CLAIMS_SETTLEMENT = resource("claims-settlement");
    public static final Resource CONFIDENCE_BUILDING = resource("confidence-building");
    public static final Resource CONSULAR_RELATIONS_ESTABLISHED = resource("consular-relations-established");
    public static final Resource CONSULATE_CLOSED = resource("consulate-closed");
    public static final Resource CONSULATE_OPENED = resource("consulate-opened");
    public static final Resource CONTEXT = resource("context");
    public static final Resource DIALOGUE = resource("dialogue");
    public static final Resource ECONOMIC = resource("economic");
    public static final Resource EMBARGO_LIFTED = resource("embargo-lifted");
    public static final Resource EMBASSY_OPENED = resource("embassy-opened");
    public static final Resource FRAMEWORK_AGREEMENT = resource("framework-agreement");
    public static final Resource HIGH_LEVEL_VISIT = resource("high-level-visit");
    public static final Resource INCIDENT = resource("incident");
    public static final Resource INTERESTS_SECTION_OPENED = resource("interests-section-opened");
    public static final Resource INTERIM_OFFICE_OPENED = resource("interim-office-opened");
    public static final Resource JOINT_COMMUNIQUE = resource("joint-communique");
    public static final Resource JOINT_STATEMENT = resource("joint-statement");
    public static final Resource LEGATION_OPENED = resource("legation-opened");
    public static final Resource LEGATION_RAISED_TO_EMBASSY = resource("legation-raised-to-embassy");
    public static final Resource LIAISON_OFFICE_AGREED = resource("liaison-office-agreed");
    public static final Resource LIAISON_OFFICE_OPENED = resource("liaison-office-opened");
    public static final Resource MISSION_CLOSED = resource("mission-closed");
    public static final Resource MISSION_MOVED = resource("mission-moved");
    public static final Resource MISSION_REOPENED = resource("mission-reopened");
    public static final Resource NORMALIZATION_ANNOUNCED = resource("normalization-announced");
    public static final Resource OFFICIAL_TALKS = resource("official-talks");
    public static final Resource PEACE_TREATY = resource("peace-treaty");
    public static final Resource PERMANENT_MISSION_OPENED = resource("permanent-mission-opened");
    public static final Resource POW_MIA_COOPERATION = resource("pow-mia-cooperation");
    public static final Resource PRISONER_RELEASE = resource("prisoner-release");
    public static final Resource RECOGNITION = resource("recognition");
    public static final Resource RECOGNITION_GRANTED = resource("recognition-granted");
    public static final Resource RECOGNITION_WITHDRAWN = resource("recognition-withdrawn");
    public static final Resource RELATIONS_DOWNGRADED = resource("relations-downgraded");
    public static final Resource RELATIONS_ESTABLISHED = resource("relations-established");
    public static final Resource RELATIONS_INTERRUPTED = resource("relations-interrupted");
    public static final Resource RELATIONS_RESUMED = resource("relations-resumed");
    public static final Resource RELATIONS_SEVERED = resource("relations-severed");
    public static final Resource REPRESENTATION = resource("representation");
    public static final Resource REPRESENTATIVE_OFFICE_OPENED = resource("representative-office-opened");
    public static final Resource REVERSAL = resource("reversal");
    public static final Resource SANCTIONS_EASED = resource("sanctions-eased");
    public static final Resource SECRET_TALKS = resource("secret-talks");
    public static final Resource SUMMIT = resource("summit");
    public static final Resource TERROR_LIST_REMOVAL = resource("terror-list-removal");
    public static final Resource TRADE_AGREEMENT = resource("trade-agreement");
    public static final Resource TRADE_OFFICE_OPENED = resource("trade-office-opened");
    public static final Resource TRAVEL_EASED = resource("travel-eased");
    public static final Resource TREATY_SIGNED = resource("treaty-signed");

    private ST() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NAMESPACE + local);
    }
}
