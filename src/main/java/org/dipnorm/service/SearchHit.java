package org.dipnorm.service;

/** A resource whose label ({@code field} "label") or an attested quote ({@code field} "quote") contains the searched text. */
public record SearchHit(String iri, String kind, String label, String field, String text) {}
