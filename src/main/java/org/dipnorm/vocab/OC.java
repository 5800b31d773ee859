package org.dipnorm.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Process outcomes (SKOS concept scheme). Every constant is declared in ontology/vocabularies.ttl; VocabularyTest checks both ways. */
public final class OC {
    public static final String NAMESPACE = "https://w3id.org/dipnorm/vocab/process-outcome/";
    public static final String PREFIX = "oc";

    /** The concept scheme itself. */
    public static final Resource SCHEME = ResourceFactory.createResource("https://w3id.org/dipnorm/vocab/process-outcome");

    public static final Resource FULL_RELATIONS = resource("full-relations");
    public static final Resource INTERIM_REPRESENTATION = resource("interim-representation");
    public static final Resource ONGOING = resource("ongoing");
    public static final Resource REVERSED = resource("reversed");
    public static final Resource STALLED = resource("stalled");

    private OC() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NAMESPACE + local);
    }
}
