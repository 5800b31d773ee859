package org.dipnorm.service;

/** A source quoted by attestations: {@code issued} keeps its precision (a year stays a year); {@code attestations} counts the quotes. */
public record Source(String iri, String title, String publisher, String issued, String url, String kind, int attestations) {}
