package org.dipnorm.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Step statuses (SKOS concept scheme). Every constant is declared in ontology/vocabularies.ttl; VocabularyTest checks both ways. */
public final class SS {
    public static final String NAMESPACE = "https://w3id.org/dipnorm/vocab/step-status/";
    public static final String PREFIX = "ss";

    /** The concept scheme itself. */
    public static final Resource SCHEME = ResourceFactory.createResource("https://w3id.org/dipnorm/vocab/step-status");

    public static final Resource AGREED_NOT_IMPLEMENTED = resource("agreed-not-implemented");
    public static final Resource ANNOUNCED = resource("announced");
    public static final Resource OCCURRED = resource("occurred");
    public static final Resource PENDING = resource("pending");

    private SS() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NAMESPACE + local);
    }
}
