package org.dipnorm.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Commitment types (SKOS concept scheme). Every constant is declared in ontology/vocabularies.ttl; VocabularyTest checks both ways. */
public final class CT {
    public static final String NAMESPACE = "https://w3id.org/dipnorm/vocab/commitment-type/";
    public static final String PREFIX = "ct";

    /** The concept scheme itself. */
    public static final Resource SCHEME = ResourceFactory.createResource("https://w3id.org/dipnorm/vocab/commitment-type");

    public static final Resource DENUCLEARIZATION = resource("denuclearization");
    public static final Resource ESTABLISH_RELATIONS = resource("establish-relations");
    public static final Resource NO_HOSTILE_INTENT = resource("no-hostile-intent");
    public static final Resource NORMALIZE_RELATIONS = resource("normalize-relations");
    public static final Resource OPEN_LIAISON_OFFICE = resource("open-liaison-office");
    public static final Resource PEACE_REGIME = resource("peace-regime");
    public static final Resource POW_MIA_RECOVERY = resource("pow-mia-recovery");
    public static final Resource REDUCE_TRADE_BARRIERS = resource("reduce-trade-barriers");
    public static final Resource SECURITY_GUARANTEE = resource("security-guarantee");
    public static final Resource UPGRADE_RELATIONS = resource("upgrade-relations");

    private CT() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NAMESPACE + local);
    }
}
