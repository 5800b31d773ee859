package org.dipnorm.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Mission ranks and chief-of-mission roles (SKOS concept scheme). Every constant is declared in ontology/vocabularies.ttl; VocabularyTest checks both ways. */
public final class RK {
    public static final String NAMESPACE = "https://w3id.org/dipnorm/vocab/mission-rank/";
    public static final String PREFIX = "rk";

    /** The concept scheme itself. */
    public static final Resource SCHEME = ResourceFactory.createResource("https://w3id.org/dipnorm/vocab/mission-rank");

    public static final Resource ACTING_PRINCIPAL_OFFICER = resource("acting-principal-officer");
    public static final Resource AGENT = resource("agent");
    public static final Resource AGENT_CONSUL_GENERAL = resource("agent-consul-general");
    public static final Resource AMBASSADOR_E_P = resource("ambassador-e-p");
    public static final Resource CHARGE_DAFFAIRES = resource("charge-daffaires");
    public static final Resource CHARGE_DAFFAIRES_AD_INTERIM = resource("charge-daffaires-ad-interim");
    public static final Resource CHARGE_DAFFAIRES_CONSUL_GENERAL = resource("charge-daffaires-consul-general");
    public static final Resource CHARGE_DAFFAIRES_PRO_TEM = resource("charge-daffaires-pro-tem");
    public static final Resource CHIEF = resource("chief");
    public static final Resource CHIEF_OF_MISSION_OF_US_OFFICE_ABROAD = resource("chief-of-mission-of-us-office-abroad");
    public static final Resource COMMISSIONER = resource("commissioner");
    public static final Resource COMMISSIONER_CONSUL_GENERAL = resource("commissioner-consul-general");
    public static final Resource CONSUL_GENERAL = resource("consul-general");
    public static final Resource DEPUTY_AMBASSADOR = resource("deputy-ambassador");
    public static final Resource DIPLOMATIC_AGENT = resource("diplomatic-agent");
    public static final Resource DIPLOMATIC_AGENT_CONSUL_GENERAL = resource("diplomatic-agent-consul-general");
    public static final Resource DIRECTOR = resource("director");
    public static final Resource ENVOY_EXTRAORDINARY_MINISTER_PLENIPOTENTIARY_CONSUL_GENERAL = resource("envoy-extraordinary-minister-plenipotentiary-consul-general");
    public static final Resource ENVOY_E_M_P = resource("envoy-e-m-p");
    public static final Resource MINISTER = resource("minister");
    public static final Resource MINISTER_PLENIPOTENTIARY = resource("minister-plenipotentiary");
    public static final Resource MINISTER_RESIDENT = resource("minister-resident");
    public static final Resource MINISTER_RESIDENT_AND_EXTRAORDINARY = resource("minister-resident-and-extraordinary");
    public static final Resource MINISTER_RESIDENT_CONSUL_GENERAL = resource("minister-resident-consul-general");
    public static final Resource MINISTER_RESIDENT_FOREIGN_SERVICE_OFFICER = resource("minister-resident-foreign-service-officer");
    public static final Resource PERSONAL_REPRESENTATIVE_OF_THE_PRESIDENT = resource("personal-representative-of-the-president");
    public static final Resource PRINCIPAL_OFFICER = resource("principal-officer");
    public static final Resource REPRESENTATIVE = resource("representative");

    private RK() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NAMESPACE + local);
    }
}
