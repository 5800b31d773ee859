package org.dipnorm.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dipnorm.validate.Problem;
import org.dipnorm.validate.ValidationReport;
import org.dipnorm.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate}: parse every file, run the SHACL shapes and the violation checks; exit 1 on any violation. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Parse every file, run the SHACL shapes and queries/checks/*-violation.rq; exit 1 on any violation.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ValidationReport report = new Validator().validate(store.sources());
        for (Problem p : report.problems()) {
            out.println(p);
        }
        out.printf("%d files, %,d triples: %d violation(s), %d warning(s)%n", report.files(), report.triples(),
                report.violations().size(), report.warnings().size());
        out.flush();
        return report.conforms() ? DipnormCli.OK : DipnormCli.FAILURE;
    }
}
