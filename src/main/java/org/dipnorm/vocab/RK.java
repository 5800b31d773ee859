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

    public static final Resource AMBASSADOR_E_P = resource("ambassador-e-p");
    public static final Resource CHARGE_DAFFAIRES_AD_INTERIM = resource("charge-daffaires-ad-interim");
    public static final Resource CHIEF = resource("chief");
    public static final Resource ENVOY_E_M_P = resource("envoy-e-m-p");
    public static final Resource PRINCIPAL_OFFICER = resource("principal-officer");

    private RK() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NAMESPACE + local);
    }
}
