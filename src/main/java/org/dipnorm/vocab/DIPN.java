package org.dipnorm.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The DipNorm core ontology: classes and properties. Every constant is declared in ontology/dipn-core.ttl; VocabularyTest checks both ways. */
public final class DIPN {
    public static final String NAMESPACE = "https://w3id.org/dipnorm/ontology#";
    public static final String PREFIX = "dipn";

    public static final Resource Agreement = resource("Agreement");
    public static final Resource Attestation = resource("Attestation");
    public static final Resource BilateralRelationship = resource("BilateralRelationship");
    public static final Resource Commitment = resource("Commitment");
    public static final Resource ConsularPost = resource("ConsularPost");
    public static final Resource DiplomaticEvent = resource("DiplomaticEvent");
    public static final Resource DiplomaticMission = resource("DiplomaticMission");
    public static final Resource Disagreement = resource("Disagreement");
    public static final Resource Embassy = resource("Embassy");
    public static final Resource FulfillmentAssessment = resource("FulfillmentAssessment");
    public static final Resource Government = resource("Government");
    public static final Resource InterestsSection = resource("InterestsSection");
    public static final Resource InterimRepresentation = resource("InterimRepresentation");
    public static final Resource Legation = resource("Legation");
    public static final Resource LiaisonOffice = resource("LiaisonOffice");
    public static final Resource MissionChangeEvent = resource("MissionChangeEvent");
    public static final Resource NormalizationProcess = resource("NormalizationProcess");
    public static final Resource PermanentMission = resource("PermanentMission");
    public static final Resource Provision = resource("Provision");
    public static final Resource RelationsPhase = resource("RelationsPhase");
    public static final Resource RepresentativeOffice = resource("RepresentativeOffice");
    public static final Resource Source = resource("Source");
    public static final Resource State = resource("State");
    public static final Resource Step = resource("Step");
    public static final Resource TradeOffice = resource("TradeOffice");
    public static final Property ACCREDITED_TO = property("accreditedTo");
    public static final Property AGREEMENT_TYPE = property("agreementType");
    public static final Property APPOINTED_ON = property("appointedOn");
    public static final Property AS_OF = property("asOf");
    public static final Property ASSESSES = property("assesses");
    public static final Property ATTESTED_BY = property("attestedBy");
    public static final Property COMMITMENT_TYPE = property("commitmentType");
    public static final Property COMPARES = property("compares");
    public static final Property CONCERNS = property("concerns");
    public static final Property DATE_QUALIFIER = property("dateQualifier");
    public static final Property EARLIEST_DATE = property("earliestDate");
    public static final Property ENVISAGED_STEP = property("envisagedStep");
    public static final Property EVENT_TYPE = property("eventType");
    public static final Property EXPRESSED_IN = property("expressedIn");
    public static final Property FULFILLED_BY = property("fulfilledBy");
    public static final Property FULFILLMENT_STATUS = property("fulfillmentStatus");
    public static final Property GOVERNMENT_OF = property("governmentOf");
    public static final Property HAS_PHASE = property("hasPhase");
    public static final Property HAS_PROCESS = property("hasProcess");
    public static final Property HAS_STEP = property("hasStep");
    public static final Property IS_PREFERRED = property("isPreferred");
    public static final Property LATEST_DATE = property("latestDate");
    public static final Property LOCATED_IN = property("locatedIn");
    public static final Property LOCATOR = property("locator");
    public static final Property OBLIGOR = property("obligor");
    public static final Property OCCURRED_BEFORE = property("occurredBefore");
    public static final Property ORDINAL = property("ordinal");
    public static final Property OUTCOME = property("outcome");
    public static final Property PARTICIPANT = property("participant");
    public static final Property PARTY = property("party");
    public static final Property PROTECTING_POWER = property("protectingPower");
    public static final Property QUOTE = property("quote");
    public static final Property REALIZED_BY = property("realizedBy");
    public static final Property RECEIVING_STATE = property("receivingState");
    public static final Property RELATIONS_LEVEL = property("relationsLevel");
    public static final Property SENDING_STATE = property("sendingState");
    public static final Property SIGNATORY = property("signatory");
    public static final Property SOURCE_KIND = property("sourceKind");
    public static final Property STEP_STATUS = property("stepStatus");
    public static final Property STEP_TYPE = property("stepType");
    public static final Property SUPERSEDED_BY = property("supersededBy");
    public static final Property TEXT = property("text");
    public static final Property TOOK_PLACE_IN = property("tookPlaceIn");

    private DIPN() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NAMESPACE + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NAMESPACE + local);
    }
}
