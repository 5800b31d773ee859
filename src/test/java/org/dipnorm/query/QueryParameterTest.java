package org.dipnorm.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.graph.Node;
import org.dipnorm.UsageException;
import org.dipnorm.vocab.Prefixes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** User values become RDF terms of the declared type, or fail naming the parameter; they never reach query text. */
class QueryParameterTest {
    private final QueryParameter iri = new QueryParameter("process", QueryParameter.Type.IRI, "");
    private final QueryParameter date = new QueryParameter("from", QueryParameter.Type.DATE, "");
    private final QueryParameter text = new QueryParameter("q", QueryParameter.Type.STRING, "");

    @Test
    void prefixedNamesExpandWithDipnormPrefixes() {
        Node n = iri.parse("proc:us-china-1971", Prefixes.DIPNORM);
        assertThat(n.getURI()).isEqualTo("https://w3id.org/dipnorm/id/process/us-china-1971");
        assertThat(iri.parse("<https://w3id.org/dipnorm/id/state/china>", Prefixes.DIPNORM).getURI())
                .isEqualTo("https://w3id.org/dipnorm/id/state/china");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x> } ; DROP ALL #", "http://a b", "nope", "state:china> . ?s ?p ?o", "\"quoted\"", "a\nb"})
    void hostileIrisAreRejectedNamingTheParameter(String value) {
        assertThatThrownBy(() -> iri.parse(value, Prefixes.DIPNORM))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("parameter process=");
    }

    @Test
    void stringsStayLiteralsWhateverTheyContain() {
        String hostile = "\" } ; DELETE WHERE { ?s ?p ?o } #";
        Node n = text.parse(hostile, Prefixes.DIPNORM);
        assertThat(n.isLiteral()).isTrue();
        assertThat(n.getLiteralLexicalForm()).isEqualTo(hostile);
    }

    @Test
    void datesMustBeDays() {
        assertThat(date.parse("1995-08-06", Prefixes.DIPNORM).getLiteralDatatypeURI())
                .isEqualTo("http://www.w3.org/2001/XMLSchema#date");
        assertThatThrownBy(() -> date.parse("1995", Prefixes.DIPNORM))
                .hasMessage("parameter from=1995: expected a date as YYYY-MM-DD");
    }
}
