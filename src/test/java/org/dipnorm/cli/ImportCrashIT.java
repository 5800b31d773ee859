package org.dipnorm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dipnorm.TestProject;
import org.dipnorm.store.DipnormStore;
import org.dipnorm.vocab.Graphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of {@code import hsg}'s write transaction leaves the store as it
 * was. The jar is held inside its transaction, after every triple is added and before the commit,
 * by the test-only property {@code dipnorm.test.pauseBeforeCommitMillis}, and killed there.
 */
class ImportCrashIT {
    private static final Path JAR = Path.of(System.getProperty("dipnorm.jar", "target/dipnorm.jar"));
    private static final Path HSG = TestProject.ROOT.resolve("src/test/resources/hsg");

    @TempDir
    Path tmp;

    private Process start(Path rdcr, Path db, long pauseMillis) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddipnorm.test.pauseBeforeCommitMillis=" + pauseMillis, "-jar", JAR.toAbsolutePath().toString(),
                "import", "hsg", "--rdcr", rdcr.toString(), "--pocom", HSG.resolve("pocom").toString(), "--db", db.toString()));
        return new ProcessBuilder(cmd).directory(TestProject.ROOT.toFile()).redirectOutput(tmp.resolve("out.log").toFile()).start();
    }

    /** Waits until the process says it holds the transaction open, then kills it with SIGKILL. */
    private static void killInsideTheTransaction(Process p) throws Exception {
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            seen.append(line).append('\n');
            if (line.contains("paused before commit")) {
                p.destroyForcibly();
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).as("killed by SIGKILL").isEqualTo(137);
                return;
            }
        }
        throw new AssertionError("the import ended without pausing:\n" + seen);
    }

    @Test
    void aKilledImportLeavesTheStoreAsBefore() throws Exception {
        assertThat(JAR).exists();
        Path db = tmp.resolve("db");

        killInsideTheTransaction(start(HSG.resolve("rdcr"), db, 120_000));
        try (DipnormStore store = DipnormStore.open(db)) {
            assertThat(store.size(Graphs.HSG)).as("nothing of the killed first import").isZero();
            // a fresh store gets the ontology and curated files in the import's own transaction: none of them either
            assertThat(store.size(Graphs.CURATED)).as("nothing of the curated files written with it").isZero();
            assertThat(store.storedHash()).isEmpty();
        }

        Process complete = start(HSG.resolve("rdcr"), db, 0);
        assertThat(complete.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(complete.exitValue()).as(Files.readString(tmp.resolve("out.log"))).isZero();
        long imported;
        try (DipnormStore store = DipnormStore.open(db)) {
            imported = store.size(Graphs.HSG);
            assertThat(imported).isPositive();
        }

        Path onlyFreedonia = Files.createDirectories(tmp.resolve("rdcr/articles"));
        Files.copy(HSG.resolve("rdcr/articles/freedonia.xml"), onlyFreedonia.resolve("freedonia.xml"));
        killInsideTheTransaction(start(tmp.resolve("rdcr"), db, 120_000));
        try (DipnormStore store = DipnormStore.open(db)) {
            assertThat(store.size(Graphs.HSG)).as("the complete import, untouched by the killed one").isEqualTo(imported);
        }
    }
}
