package org.dipnorm.report;

import java.util.List;
import java.util.stream.Collectors;
import org.dipnorm.service.ReportModel;
import org.dipnorm.service.ReportModel.ProcessReport;
import org.dipnorm.service.ReportModel.Step;
import org.dipnorm.service.StepCategory;

/** One row per step of each compared process (RFC 4180), for R or pandas. */
public final class CsvReportRenderer implements ReportRenderer {
    static final String HEADER = "process,ordinal,step_type,categories,status,date,precision,earliest,latest,event,label,sources";

    @Override
    public String render(ReportModel report) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (ProcessReport p : report.processes()) {
            for (Step s : p.steps()) {
                List<String> cells = List.of(p.id(), Integer.toString(s.ordinal()), s.stepTypeLabel(),
                        s.categories().stream().map(StepCategory::id).collect(Collectors.joining(" ")),
                        s.status().substring(s.status().lastIndexOf('/') + 1),
                        s.when() == null ? "" : s.when().display(), s.when() == null ? "" : s.when().precision(),
                        s.when() == null ? "" : s.when().earliest(), s.when() == null ? "" : s.when().latest(),
                        s.event() == null ? "" : s.event(), s.label() == null ? "" : s.label(), String.join(" ", s.sources()));
                out.append(cells.stream().map(CsvReportRenderer::cell).collect(Collectors.joining(","))).append("\r\n");
            }
        }
        return out.toString();
    }

    static String cell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
