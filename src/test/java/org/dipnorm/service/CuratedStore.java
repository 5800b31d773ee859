package org.dipnorm.service;

import org.dipnorm.TestProject;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.store.DipnormStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** For service tests: one store loaded with the repository's ontology and curated data, and the project's named queries, per test class. */
abstract class CuratedStore {
    static DipnormStore store;
    static QueryCatalog catalog;

    @BeforeAll
    static void load() {
        store = TestProject.store();
        catalog = QueryCatalog.load(TestProject.sources().queriesDir());
    }

    @AfterAll
    static void close() {
        store.close();
    }
}
