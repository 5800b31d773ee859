package org.dipnorm.service;

/** A named resource: its short id (a state's slug, a process id, the local name of a concept), IRI and label. */
public record Ref(String id, String iri, String label) {
    /** A reference to {@code iri}, or null when there is no IRI. */
    public static Ref of(String iri, String label) {
        return iri == null ? null : new Ref(iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1), iri, label);
    }
}
