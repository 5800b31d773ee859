package org.dipnorm.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Source kinds (SKOS concept scheme). Every constant is declared in ontology/vocabularies.ttl; VocabularyTest checks both ways. */
public final class SK {
    public static final String NAMESPACE = "https://w3id.org/dipnorm/vocab/source-kind/";
    public static final String PREFIX = "sk";

    /** The concept scheme itself. */
    public static final Resource SCHEME = ResourceFactory.createResource("https://w3id.org/dipnorm/vocab/source-kind");

    public static final Resource NEWS_REPORT = resource("news-report");
    public static final Resource OFFICIAL_ANALYSIS = resource("official-analysis");
    public static final Resource OFFICIAL_CHRONOLOGY = resource("official-chronology");
    public static final Resource OFFICIAL_STATEMENT = resource("official-statement");
    public static final Resource PARTICIPANT_ACCOUNT = resource("participant-account");
    public static final Resource PRIMARY_TEXT = resource("primary-text");
    public static final Resource SCHOLARSHIP = resource("scholarship");
    public static final Resource TERTIARY = resource("tertiary");
    public static final Resource UNVERIFIED_NOTE = resource("unverified-note");

    private SK() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NAMESPACE + local);
    }
}
