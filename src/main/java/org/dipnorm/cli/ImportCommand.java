package org.dipnorm.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code import}: the importers of outside records, one subcommand each; today {@code import hsg}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import an outside record into its own named graph; see the subcommands.",
        subcommands = {ImportHsgCommand.class})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Without a subcommand there is nothing to import: a usage error (exit code 2). */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: give one of " + spec.subcommands().keySet());
    }
}
