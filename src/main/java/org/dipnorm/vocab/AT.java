package org.dipnorm.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Agreement types (SKOS concept scheme). Every constant is declared in ontology/vocabularies.ttl; VocabularyTest checks both ways. */
public final class AT {
    public static final String NAMESPACE = "https://w3id.org/dipnorm/vocab/agreement-type/";
    public static final String PREFIX = "at";

    /** The concept scheme itself. */
    public static final Resource SCHEME = ResourceFactory.createResource("https://w3id.org/dipnorm/vocab/agreement-type");

    public static final Resource EXCHANGE_OF_NOTES = resource("exchange-of-notes");
    public static final Resource FRAMEWORK_AGREEMENT = resource("framework-agreement");
    public static final Resource JOINT_COMMUNIQUE = resource("joint-communique");
    public static final Resource JOINT_STATEMENT = resource("joint-statement");
    public static final Resource TREATY = resource("treaty");

    private AT() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NAMESPACE + local);
    }
}
