package org.dipnorm.web;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/** The representations a resource has: an HTML page and four RDF serializations, each with a file suffix. */
public enum Variant {
    HTML("text/html", "html", null),
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD_PRETTY),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PRETTY),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES);

    private final String mediaType;
    private final String suffix;
    private final RDFFormat format;

    Variant(String mediaType, String suffix, RDFFormat format) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.format = format;
    }

    public String mediaType() {
        return mediaType;
    }

    public String suffix() {
        return suffix;
    }

    public RDFFormat format() {
        return format;
    }

    public boolean isRdf() {
        return format != null;
    }

    /** The variant for a file suffix or a {@code ?format=} value (suffix or media type). */
    public static Optional<Variant> named(String name) {
        return Arrays.stream(values()).filter(v -> v.suffix.equals(name) || v.mediaType.equals(name)).findFirst();
    }
}
