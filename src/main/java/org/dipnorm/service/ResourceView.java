package org.dipnorm.service;

import java.util.List;

/** What a resource page shows: statements, paged incoming links and the evidence, with labels and dates at precision. */
public record ResourceView(String iri, String label, List<Value> types, String summary, List<PropertyValues> outgoing,
        List<PropertyCount> incomingCounts, List<Link> incoming, long incomingTotal, int incomingOffset, int incomingLimit,
        List<Evidence> evidence) {

    public boolean exists() {
        return !outgoing.isEmpty() || incomingTotal > 0;
    }

    /** An object of a statement: an IRI with its label, a literal, or a blank node with its own statements nested. */
    public record Value(String kind, String iri, String label, String lexical, String datatype, String language, String date,
            List<PropertyValues> nested) {}

    /** The values of one property, labelled. */
    public record PropertyValues(String property, String propertyLabel, List<Value> values) {}

    /** How many resources point here through one property. */
    public record PropertyCount(String property, String propertyLabel, long count) {}

    /** One incoming link. */
    public record Link(String property, String subject, String subjectLabel) {}

    /** One attestation of the resource or of one of its times. */
    public record Evidence(String node, String attestation, String quote, String locator, String source, String title, String url) {}
}
