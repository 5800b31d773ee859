package org.dipnorm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dipnorm.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The real entry point with captured output: exit codes and what a user reads. */
class CliTest {
    @TempDir
    Path tmp;

    private final CapturedCli cli = new CapturedCli();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void serveAloneHasTheSameOptionsHelpAndUsageErrorsAsThroughTheWholeCommandLine() {
        CommandLine alone = DipnormCli.serveCommandLine();
        StringWriter help = new StringWriter();
        alone.setOut(new PrintWriter(help, true));
        alone.setErr(new PrintWriter(err, true));
        assertThat(alone.execute("--help")).isZero();
        assertThat(help.toString()).startsWith("Usage: dipnorm serve").contains("--allow-update").contains("--endpoint");
        assertThat(run("serve", "--help")).isZero();
        assertThat(out.toString()).isEqualTo(help.toString());

        StringWriter aloneErr = new StringWriter();
        alone.setErr(new PrintWriter(aloneErr, true));
        assertThat(alone.execute("--allow-update")).isEqualTo(DipnormCli.USAGE);
        assertThat(aloneErr.toString()).contains("--allow-update and --password-file go together");
        assertThat(alone.execute("--no-such-option")).isEqualTo(DipnormCli.USAGE);
        assertThat(aloneErr.toString()).contains("Unknown option: '--no-such-option'");
    }

    @Test
    void validateAcceptsTheRepository() {
        assertThat(run("validate", "--home", TestProject.ROOT.toString())).isZero();
        assertThat(out.toString()).contains("0 violation(s)");
    }

    @Test
    void validateExitsOneAndNamesTheProblem() {
        Path home = TestProject.home(tmp.resolve("home"), "event-without-attestation.ttl");
        assertThat(run("validate", "--home", home.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("test/e1").contains("Every event needs at least one attestation.")
                .contains("1 violation(s)");
    }

    @Test
    void loadRefusesInvalidDataAndWritesNothing() throws Exception {
        Path home = TestProject.home(tmp.resolve("home"), "good.ttl");
        Path db = tmp.resolve("db");
        assertThat(run("load", "--home", home.toString(), "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("Loaded").contains("curated triples");
        Files.copy(TestProject.FIXTURES.resolve("mission-same-states.ttl"), home.resolve("data/mission-same-states.ttl"));
        assertThat(run("load", "--home", home.toString(), "--db", db.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("the store was not changed").contains("different from the receiving state");
    }

    @Test
    void queryListShowsNamesTitlesAndParameters() {
        assertThat(run("query", "--list")).isZero();
        assertThat(out.toString()).contains("interim-to-embassy").contains("From interim office to embassy")
                .contains("--param process=… (iri)");
    }

    @Test
    void queryPrintsCsvWithBoundParameters() {
        assertThat(run("query", "events-of-type", "--db", tmp.resolve("db").toString(),
                "--param", "type=st:embassy-opened", "--format", "csv")).isZero();
        assertThat(out.toString()).startsWith("event,label,mission,date,precision,source,quote")
                .contains("1995-08-06,day,https://history.state.gov/countries/vietnam");
    }

    @Test
    void anUnknownQueryOrParameterIsAUsageError() {
        assertThat(run("query", "no-such-query", "--db", tmp.resolve("db").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no query named 'no-such-query'");
        assertThat(run("query", "processes", "--db", tmp.resolve("db").toString(), "--param", "x=1")).isEqualTo(2);
        assertThat(err.toString()).contains("parameter x: query processes takes no parameters");
        assertThat(run("query", "process-steps", "--db", tmp.resolve("db").toString(),
                "--param", "process=x> } DROP ALL")).isEqualTo(2);
        assertThat(err.toString()).contains("parameter process=x> } DROP ALL: expected an absolute IRI");
    }

    @Test
    void statsCountsGraphsAndClasses() {
        assertThat(run("stats", "--db", tmp.resolve("db").toString())).isZero();
        assertThat(out.toString()).contains("https://w3id.org/dipnorm/graph/curated").contains("dipn:NormalizationProcess")
                .containsPattern("Store on disk: ([0-9,]+ KiB used, )?[0-9,]+ bytes allocated");
    }
}
