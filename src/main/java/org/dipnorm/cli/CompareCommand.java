package org.dipnorm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.rdfconnection.RDFConnection;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.report.ReportFormat;
import org.dipnorm.report.ReportRenderer;
import org.dipnorm.report.TimelineSvg;
import org.dipnorm.service.ComparisonService;
import org.dipnorm.service.ReportModel;
import org.dipnorm.store.DipnormStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compare ID ID… [--format html|md|json|csv] [--out FILE]}: the precedent comparison report. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare normalization processes: timeline, sequencing, durations, commitments, and where an open process stands.")
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "Process ids, e.g. us-china-1971 us-vietnam-1975 us-dprk-1994 (see: query processes).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--format", defaultValue = "md", description = "Output format: html, md, json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path out;

    @Option(names = "--align", defaultValue = "calendar",
            description = "Timeline alignment in HTML: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    TimelineSvg.Alignment align;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Date up to which open commitments count as pending (default: today).")
    String asOf;

    @Override
    public Integer call() throws IOException {
        ReportFormat reportFormat = ReportFormat.parse(format);
        LocalDate date = ComparisonService.asOf("--as-of", asOf);
        ReportModel report;
        try (DipnormStore db = StoreSetup.openUpToDate(store, spec.commandLine().getErr());
             RDFConnection conn = RDFConnection.connect(db.dataset())) {
            report = new ComparisonService(conn, QueryCatalog.load(store.sources().queriesDir())).compare(ids, date);
        }
        String text = ReportRenderer.of(reportFormat, null, align).render(report);
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            w.print(text);
            w.flush();
        } else {
            Files.writeString(out, text, StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("Wrote " + out + " (" + reportFormat + ", " + report.processes().size() + " processes)");
        }
        return DipnormCli.OK;
    }

}
