package org.dipnorm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.dipnorm.TestProject;
import org.dipnorm.store.DipnormStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: {@code load} in its own JVM is killed with SIGKILL while its write transaction runs;
 * the store opens again exactly as before the load (same quads, same load record). A corrupt input
 * file fails before any transaction and leaves the store as it was.
 */
class CrashIT {
    private static final Path JAR = Path.of(System.getProperty("dipnorm.jar", "target/dipnorm.jar"));

    @TempDir
    static Path tmp;
    private static Path db;
    private static Content before;

    /** One store, loaded with the project by the jar; each test tries to change it and must find it as it was. */
    @BeforeAll
    static void loadOnce() throws Exception {
        db = tmp.resolve("db");
        Process first = load(db).start();
        String log = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as(log).isZero();
        before = content(db);
        assertThat(before.quads()).isGreaterThan(7_000);
    }

    /** Number of quads and a SHA-256 over their sorted N-Quads: the store's content. */
    private record Content(long quads, String digest, String loadHash) {}

    private static Content content(Path db) throws Exception {
        DipnormStore store = DipnormStore.open(db);
        try {
            List<String> lines = new ArrayList<>();
            Txn.executeRead(store.dataset(), () -> store.datasetGraph().find().forEachRemaining(q -> lines.add(nquad(q))));
            lines.sort(null);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            lines.forEach(l -> sha.update(l.getBytes(StandardCharsets.UTF_8)));
            return new Content(lines.size(), HexFormat.of().formatHex(sha.digest()), store.storedHash().orElse(null));
        } finally {
            // close() releases the text index and TDB2's cached connection, so `load` can open the store
            store.close();
        }
    }

    private static String nquad(Quad q) {
        return NodeFmtLib.str(q) + "\n";
    }

    private static ProcessBuilder load(Path db, String... extra) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-jar", JAR.toAbsolutePath().toString(), "load", "--db", db.toString()));
        cmd.addAll(List.of(extra));
        return new ProcessBuilder(cmd).directory(TestProject.ROOT.toFile()).redirectErrorStream(true);
    }

    /** A folder of valid Turtle, large enough that its write transaction takes a while. */
    private static Path bulk(Path dir, int triples) throws Exception {
        Files.createDirectories(dir);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("bulk.ttl"))) {
            w.write("@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n");
            for (int i = 0; i < triples; i++) {
                w.write("<https://example.org/bulk/" + i + "> rdfs:comment \"bulk statement number " + i + " for the crash test\" .\n");
            }
        }
        return dir;
    }

    @Test
    void killNineDuringTheLoadTransactionLeavesTheStoreAsBefore() throws Exception {
        Path data = bulk(tmp.resolve("bulk"), 50_000);
        Process loading = load(db, "--data", data.toString()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(loading.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        boolean writing = false;
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            if (line.contains("in one transaction")) {
                writing = true;
                break;
            }
        }
        assertThat(writing).as("the load reached its write transaction; output:%n%s", seen).isTrue();
        Thread.sleep(700);
        loading.destroyForcibly();
        assertThat(loading.waitFor(30, TimeUnit.SECONDS)).isTrue();
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                seen.append(line).append('\n');
            }
        } catch (IOException closed) {
            // the pipe of a killed process may be closed under us: what was read is what it wrote
        }
        assertThat(seen.toString()).as("killed before the transaction committed").doesNotContain("Loaded ");

        assertThat(content(db)).as("the store after kill -9 mid-transaction").isEqualTo(before);
    }

    @Test
    void aCorruptFileFailsCleanlyAndChangesNothing() throws Exception {
        Path bad = tmp.resolve("bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("truncated.ttl"), "<urn:x:s> <urn:x:p> \"never closed .\n");
        Process failing = load(db, "--data", bad.toString()).start();
        String log = new String(failing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(failing.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(failing.exitValue()).as(log).isEqualTo(1);
        assertThat(log).contains("truncated.ttl:").contains("the store was not changed").doesNotContain("in one transaction");
        assertThat(content(db)).isEqualTo(before);
    }
}
