package org.dipnorm.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Fulfillment statuses of commitments (SKOS concept scheme). Every constant is declared in ontology/vocabularies.ttl; VocabularyTest checks both ways. */
public final class FS {
    public static final String NAMESPACE = "https://w3id.org/dipnorm/vocab/fulfillment-status/";
    public static final String PREFIX = "fs";

    /** The concept scheme itself. */
    public static final Resource SCHEME = ResourceFactory.createResource("https://w3id.org/dipnorm/vocab/fulfillment-status");

    public static final Resource FULFILLED = resource("fulfilled");
    public static final Resource NOT_FULFILLED = resource("not-fulfilled");
    public static final Resource PARTIALLY_FULFILLED = resource("partially-fulfilled");
    public static final Resource PENDING = resource("pending");
    public static final Resource SUPERSEDED = resource("superseded");

    private FS() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NAMESPACE + local);
    }
}
