package org.dipnorm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Content negotiation with the Accept headers real clients send. */
class ContentNegotiationTest {
    private static final List<Variant> ALL = List.of(Variant.values());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Chrome / Edge
        "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7|HTML",
        // Firefox
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8|HTML",
        // Safari
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8|HTML",
        // curl
        "*/*|HTML",
        // Jena RIOT's default Accept for RDF
        "text/turtle,application/n-triples;q=0.9,application/ld+json;q=0.8,application/rdf+xml;q=0.7,*/*;q=0.5|TURTLE",
        // rapper (raptor)
        "application/rdf+xml, text/turtle;q=0.9, */*;q=0.1|RDFXML",
        // a JSON-LD client
        "application/ld+json|JSONLD",
        "application/n-triples|NTRIPLES",
        // type wildcard
        "text/*;q=0.5, application/ld+json;q=0.9|JSONLD"})
    void picksWhatTheClientPrefers(String accept, Variant expected) {
        assertThat(ContentNegotiation.choose(accept, ALL)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"image/png", "application/json", "text/html;q=0"})
    void nothingAcceptableIsEmpty(String accept) {
        assertThat(ContentNegotiation.choose(accept, ALL)).isEmpty();
        assertThat(ContentNegotiation.notAcceptable(ALL)).contains("text/turtle (.ttl)").contains("application/ld+json (.jsonld)");
    }
}
