package org.dipnorm.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The real entry point with its standard output and error captured, as a user would read them. */
final class CapturedCli {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** Runs {@code dipnorm ARGS…} and returns its exit code; what it printed accumulates in {@link #out} and {@link #err}. */
    int run(String... args) {
        CommandLine cl = DipnormCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }
}
