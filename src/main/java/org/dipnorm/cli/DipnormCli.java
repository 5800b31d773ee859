package org.dipnorm.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import org.apache.jena.sys.JenaSystem;
import org.dipnorm.InputException;
import org.dipnorm.UsageException;
import org.dipnorm.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dipnorm} command line: {@code java -jar target/dipnorm.jar <command>}.
 * Exit codes: 0 ok, 1 failure, 2 bad usage.
 */
@Command(name = "dipnorm", mixinStandardHelpOptions = true, version = "DipNorm 0.1.0",
        description = "A knowledge graph of diplomatic normalization precedents.",
        subcommands = {ServeCommand.class, LoadCommand.class, ValidateCommand.class, QueryCommand.class, CompareCommand.class,
            StatsCommand.class, ImportCommand.class, BenchCommand.class})
public final class DipnormCli {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    public static void main(String[] args) {
        // Jena's initialization (a second or more of class loading) runs while picocli builds its model,
        // which touches no Jena class; the command itself runs only once Jena is ready, so no two
        // threads ever run Jena's static initializers at once.
        Thread jena = new Thread(JenaSystem::init, "jena-init");
        jena.start();
        boolean serve = args.length > 0 && args[0].equals("serve");
        CommandLine cl = serve ? serveCommandLine() : commandLine();
        cl.setExecutionStrategy(parsed -> {
            try {
                jena.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        System.exit(cl.execute(serve ? Arrays.copyOfRange(args, 1, args.length) : args));
    }

    /**
     * {@code dipnorm serve …} alone: picocli builds the model of {@code serve} only, not of every command
     * (a tenth of a second or more of reflection that competes with Jena's initialization for the CPU at
     * start-up). Same options, help, exit codes and error handling as through {@link #commandLine()}.
     */
    static CommandLine serveCommandLine() {
        CommandLine cl = new CommandLine(new ServeCommand()).setCommandName("dipnorm serve");
        cl.setExecutionExceptionHandler(DipnormCli::handle);
        return cl;
    }

    /** The configured command line, for tests: {@code commandLine().setOut(pw).execute(args)}. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new DipnormCli());
        cl.setExecutionExceptionHandler(DipnormCli::handle);
        return cl;
    }

    /** A failed command: its message on stderr (with the stack trace only for a bug), exit 2 for bad usage, else 1. */
    private static int handle(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        err.println("dipnorm: " + ex.getMessage());
        err.flush();
        if (ex instanceof UsageException) {
            return USAGE;
        }
        if (!(ex instanceof InputException)) {
            ex.printStackTrace(err);
        }
        return FAILURE;
    }
}
