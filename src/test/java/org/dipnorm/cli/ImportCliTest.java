package org.dipnorm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import org.dipnorm.TestProject;
import org.dipnorm.store.DipnormStore;
import org.dipnorm.vocab.Graphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import hsg} and {@code stats --disagreements} through the real entry point, over the test fixtures. */
class ImportCliTest {
    private static final Path HSG = TestProject.ROOT.resolve("src/test/resources/hsg");

    @TempDir
    Path tmp;

    private final CapturedCli cli = new CapturedCli();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    private int importFixtures(Path db) {
        return run("import", "hsg", "--rdcr", HSG.resolve("rdcr").toString(), "--pocom", HSG.resolve("pocom").toString(),
                "--db", db.toString());
    }

    @Test
    void importsPrintsASummaryAndASecondRunChangesNothing() {
        Path db = tmp.resolve("db");
        assertThat(importFixtures(db)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Read 2 rdcr articles").contains("Entries: 17, classified 16 (94.1%)")
                .contains("Precedents found: 2").contains("proc:hsg-us-freedonia-1961").contains("Unclassified headings: 1")
                .contains("freedonia#11: empty entry").contains("Dates: day").contains("Wrote ")
                .contains("(and, in the same transaction, the ").contains(" triples of the ontology and curated files, which the store did not hold yet)");
        long size;
        try (DipnormStore store = DipnormStore.open(db)) {
            size = store.size(Graphs.HSG);
            assertThat(size).isPositive();
            assertThat(store.size(Graphs.CURATED)).as("the curated data is loaded too").isPositive();
        }
        out.getBuffer().setLength(0);
        assertThat(importFixtures(db)).isZero();
        assertThat(out.toString()).contains(String.format("Unchanged: %,d triples", size));
    }

    @Test
    void statsListsTheDisagreementsWithBothSources() {
        Path db = tmp.resolve("db");
        assertThat(importFixtures(db)).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("stats", "--disagreements", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("dis:sylvania-4-sy-1995-roe-01")
                .contains("rdcr and pocom give different days for Jane Roe taking charge")
                .contains("source: https://history.state.gov/countries/sylvania")
                .contains("source: https://history.state.gov/departmenthistory/people/roe-jane")
                .contains("side:   mbr:sy-1995-roe-01").contains("1 disagreement(s)");
    }

    @Test
    void anImportThatFailsTheShapesWritesNothing() throws Exception {
        Path home = TestProject.home(tmp.resolve("home"));
        java.nio.file.Files.writeString(home.resolve("ontology/strict.ttl"), """
                @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix dipn: <https://w3id.org/dipnorm/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <https://example.org/shapes/strict> a sh:NodeShape ; sh:targetClass dipn:Disagreement ;
                    sh:property [ sh:path rdfs:comment ; sh:minCount 1 ; sh:message "A disagreement needs a comment (test shape)." ] .
                """);
        Path db = tmp.resolve("db");
        assertThat(run("import", "hsg", "--home", home.toString(), "--rdcr", HSG.resolve("rdcr").toString(),
                "--pocom", HSG.resolve("pocom").toString(), "--db", db.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("A disagreement needs a comment (test shape).")
                .contains("1 violation(s) in the imported graph; the store was not changed");
        try (DipnormStore store = DipnormStore.open(db)) {
            // the fresh store's ontology and curated files were to be written in the same transaction: nothing is
            assertThat(store.size(Graphs.HSG)).isZero();
            assertThat(store.size(Graphs.ONTOLOGY)).isZero();
            assertThat(store.storedHash()).isEmpty();
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void curatedFilesThatFailTheShapesStopTheImportOfAFreshStoreEvenWithoutItsCheck(boolean skipValidation) {
        Path home = TestProject.home(tmp.resolve("home"), "event-without-attestation.ttl");
        Path db = tmp.resolve("db");
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("import", "hsg", "--home", home.toString(),
                "--rdcr", HSG.resolve("rdcr").toString(), "--pocom", HSG.resolve("pocom").toString(), "--db", db.toString()));
        if (skipValidation) {
            args.add("--skip-validation");
        }
        assertThat(run(args.toArray(String[]::new))).isEqualTo(1);
        assertThat(err.toString()).contains("Every event needs at least one attestation.")
                .contains("1 violation(s) in the ontology and curated files; the store was not changed");
        try (DipnormStore store = DipnormStore.open(db)) {
            assertThat(store.size(Graphs.CURATED)).isZero();
            assertThat(store.size(Graphs.HSG)).isZero();
        }
    }

    @Test
    void changedCuratedFilesAreWrittenWithTheImportAndRecorded() throws Exception {
        Path home = TestProject.home(tmp.resolve("home"), "good.ttl");
        Path db = tmp.resolve("db");
        String[] importArgs = {"import", "hsg", "--home", home.toString(), "--rdcr", HSG.resolve("rdcr").toString(),
                "--pocom", HSG.resolve("pocom").toString(), "--db", db.toString()};
        assertThat(run(importArgs)).as(err.toString()).isZero();
        long before;
        try (DipnormStore store = DipnormStore.open(db)) {
            before = store.size(Graphs.CURATED);
        }
        java.nio.file.Files.copy(TestProject.FIXTURES.resolve("interests-section.ttl"), home.resolve("data/interests-section.ttl"));
        out.getBuffer().setLength(0);
        assertThat(run(importArgs)).as(err.toString()).isZero();
        try (DipnormStore store = DipnormStore.open(db)) {
            assertThat(store.size(Graphs.CURATED)).isGreaterThan(before);
            assertThat(store.storedHash()).contains(org.dipnorm.store.SourceSet.of(home, java.util.List.of()).contentHash());
            assertThat(store.size(Graphs.HSG)).isPositive();
        }
        // the store now holds the files: a third run writes nothing
        out.getBuffer().setLength(0);
        assertThat(run(importArgs)).isZero();
        assertThat(out.toString()).contains("Unchanged: ").doesNotContain("which the store did not hold yet");
    }

    @Test
    void jitFullGivesTheSameGraphAndAnUnknownModeIsAUsageError() {
        Path quick = tmp.resolve("quick");
        Path full = tmp.resolve("full");
        assertThat(importFixtures(quick)).as(err.toString()).isZero();
        assertThat(run("import", "hsg", "--jit", "full", "--rdcr", HSG.resolve("rdcr").toString(), "--pocom",
                HSG.resolve("pocom").toString(), "--db", full.toString())).as(err.toString()).isZero();
        try (DipnormStore a = DipnormStore.open(quick); DipnormStore b = DipnormStore.open(full)) {
            assertThat(a.copyOf(Graphs.HSG).isIsomorphicWith(b.copyOf(Graphs.HSG))).isTrue();
        }
        assertThat(run("import", "hsg", "--jit", "fast", "--rdcr", HSG.resolve("rdcr").toString(), "--pocom",
                HSG.resolve("pocom").toString(), "--db", tmp.resolve("db").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--jit").contains("fast").contains("quick, full");
    }

    @Test
    void aMissingFolderIsAUsageError() {
        assertThat(run("import", "hsg", "--rdcr", tmp.resolve("nope").toString(), "--pocom", HSG.resolve("pocom").toString(),
                "--db", tmp.resolve("db").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--rdcr: not a folder");
        assertThat(run("import")).isEqualTo(2);
    }
}
