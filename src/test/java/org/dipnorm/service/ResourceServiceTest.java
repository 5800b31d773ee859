package org.dipnorm.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Incoming links: counted from the first page when it holds them all, by the counting query otherwise — with the same answer. */
class ResourceServiceTest extends CuratedStore {
    private static ResourceView describe(String iri, int offset, int limit) {
        try (RDFConnection conn = RDFConnection.connect(store.dataset())) {
            return new ResourceService(conn, catalog).describe(iri, offset, limit);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mission/united-states-liaison-office-beijing", "state/china", "state/united-states",
        "process/us-china-1971", "event/1973-05-01-us-liaison-office-beijing-opened"})
    void countsFromTheFirstPageEqualTheCountingQuery(String path) {
        String iri = "https://w3id.org/dipnorm/id/" + path;
        ResourceView whole = describe(iri, 0, ResourceService.MAX_PAGE);
        ResourceView onePerPage = describe(iri, 0, 1);
        ResourceView secondPage = describe(iri, 1, 1);
        assertThat(whole.incomingTotal()).isPositive();
        assertThat(whole.incomingCounts()).isEqualTo(onePerPage.incomingCounts()).isEqualTo(secondPage.incomingCounts());
        assertThat(whole.incomingTotal()).isEqualTo(onePerPage.incomingTotal()).isEqualTo(secondPage.incomingTotal());
        if (whole.incomingTotal() <= ResourceService.MAX_PAGE) {
            assertThat(whole.incoming()).hasSize((int) whole.incomingTotal());
            assertThat(onePerPage.incoming()).containsExactly(whole.incoming().get(0));
        }
    }

    @Test
    void aPageNeverHoldsMoreThanItsLimit() {
        ResourceView page = describe("https://w3id.org/dipnorm/id/state/united-states", 0, 50);
        assertThat(page.incomingTotal()).isGreaterThan(50);
        assertThat(page.incoming()).hasSize(50);
    }
}
