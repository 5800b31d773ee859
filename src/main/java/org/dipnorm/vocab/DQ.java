package org.dipnorm.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Date qualifiers (SKOS concept scheme). Every constant is declared in ontology/vocabularies.ttl; VocabularyTest checks both ways. */
public final class DQ {
    public static final String NAMESPACE = "https://w3id.org/dipnorm/vocab/date-qualifier/";
    public static final String PREFIX = "dq";

    /** The concept scheme itself. */
    public static final Resource SCHEME = ResourceFactory.createResource("https://w3id.org/dipnorm/vocab/date-qualifier");

    public static final Resource INFERRED_FROM_WEEKDAY = resource("inferred-from-weekday");
    public static final Resource LOCAL_TIME = resource("local-time");
    public static final Resource ON_OR_ABOUT = resource("on-or-about");
    public static final Resource UNKNOWN = resource("unknown");

    private DQ() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NAMESPACE + local);
    }
}
