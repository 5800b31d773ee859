package org.dipnorm.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.rdfconnection.RDFConnection;
import org.dipnorm.query.NamedQueryRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Search through the text index gives exactly the rows of the scan: the same hits, in the same order. */
class SearchServiceTest extends CuratedStore {
    private static List<SearchHit> search(String q, boolean textIndex) {
        try (RDFConnection conn = RDFConnection.connect(store.dataset())) {
            return new SearchService(new NamedQueryRunner(conn, 30_000), catalog, textIndex).search(q, 0, 1000, 1000).items();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"liaison office in hanoi", "liaison", "LIAISON Office", "iaison offi", "the", "ai", "in",
        "embassy and", "AND", "1979", "China", "ambassador to", "u.s.", "relations—", "d’affaires", "rapprochement ",
        "no such words anywhere"})
    void theIndexFindsWhatTheScanFinds(String q) {
        List<SearchHit> scan = search(q, false);
        assertThat(search(q, true)).as(q).isEqualTo(scan);
    }

    @Test
    void realSearchesFindSomething() {
        assertThat(search("liaison office in hanoi", true)).isNotEmpty();
        assertThat(search("iaison offi", true)).as("words cut at both ends").isNotEmpty();
    }

    @Test
    void theWordQueryCutsOnlyTheOuterWordsAndLeavesOtherTextsToTheScan() {
        assertThat(SearchService.wordQuery("Liaison Office in Hanoi")).contains("+*liaison +office +in +hanoi*");
        assertThat(SearchService.wordQuery("liaison")).contains("*liaison*");
        assertThat(SearchService.wordQuery("a AND b")).contains("+*a +and +b*");
        assertThat(SearchService.wordQuery("u.s.")).isEmpty();
        assertThat(SearchService.wordQuery("title:x")).isEmpty();
        assertThat(SearchService.wordQuery("北京")).isEmpty();
    }
}
