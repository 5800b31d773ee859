package org.dipnorm.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dipnorm.service.ReportModel;
import org.dipnorm.service.ReportModel.Commitment;
import org.dipnorm.service.ReportModel.MilestoneSummary;
import org.dipnorm.service.ReportModel.OrderQuestion;
import org.dipnorm.service.ReportModel.ProcessReport;
import org.dipnorm.service.ReportModel.SequenceEntry;
import org.dipnorm.service.ReportModel.Span;
import org.dipnorm.service.ReportModel.Standing;
import org.dipnorm.service.SequenceAnalysis;
import org.dipnorm.service.StepCategory;

/** The report as Markdown tables, for notes, wikis and pull requests. */
public final class MarkdownReportRenderer implements ReportRenderer {
    @Override
    public String render(ReportModel r) {
        StringBuilder md = new StringBuilder();
        md.append("# Comparison of ").append(r.processes().stream().map(ProcessReport::label).collect(Collectors.joining(", ")))
                .append("\n\nAs of ").append(r.asOf()).append(". Dates keep the precision of their sources; day counts are ranges "
                        + "when a date is known only to the month or year.\n\n## Findings\n\n");
        r.findings().forEach(f -> md.append("- ").append(f).append('\n'));
        md.append("\n## Sequencing\n\nThe first step of each category, in order. \"<\" means the dates put it before the next; "
                + "\"?\" means the dates do not decide.\n\n| process | order |\n|---|---|\n");
        for (ProcessReport p : r.processes()) {
            md.append("| ").append(esc(p.label())).append(" | ").append(esc(sequence(p.sequence()))).append(" |\n");
        }
        md.append("\n| process | question | answer | basis |\n|---|---|---|---|\n");
        for (OrderQuestion q : r.orderQuestions()) {
            md.append("| ").append(q.process()).append(" | ").append(esc(q.first().label() + " or " + q.second().label()))
                    .append(" | ").append(esc(q.answer())).append(" | ").append(q.basis()).append(" |\n");
        }
        md.append("\n## Durations\n\n| process | from | to | days | years |\n|---|---|---|---|---|\n");
        for (ProcessReport p : r.processes()) {
            for (Span s : p.durations()) {
                md.append("| ").append(p.id()).append(" | ").append(esc(s.from())).append(" (").append(s.fromStep().when().display())
                        .append(") | ").append(esc(s.to())).append(" (").append(s.toStep().when().display()).append(") | ")
                        .append(range(s.minDays(), s.maxDays())).append(" | ")
                        .append(years(s.minYears(), s.maxYears())).append(" |\n");
            }
        }
        md.append("\n| from | to | processes | median days | shortest | longest |\n|---|---|---|---|---|---|\n");
        for (MilestoneSummary m : r.milestones()) {
            md.append("| ").append(esc(m.from())).append(" | ").append(esc(m.to())).append(" | ").append(m.processes())
                    .append(" | ").append(range(m.medianMinDays(), m.medianMaxDays())).append(" | ")
                    .append(String.format(Locale.ROOT, "%,d", m.shortestDays())).append(" | ")
                    .append(String.format(Locale.ROOT, "%,d", m.longestDays())).append(" |\n");
        }
        md.append("\n## Commitments\n\n| process | agreement | provision | obligors | envisaged step | latest assessment | pending (days) |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (ProcessReport p : r.processes()) {
            for (Commitment c : p.commitments()) {
                md.append("| ").append(p.id()).append(" | ").append(esc(c.agreementLabel())).append(" | ").append(esc(c.provision()))
                        .append(" | ").append(esc(c.obligors())).append(" | ").append(esc(nz(c.envisagedStep()))).append(" | ")
                        .append(c.statusLabel() == null ? "none" : esc(c.statusLabel() + " (" + c.assessedAsOf() + ")"))
                        .append(" | ").append(c.daysPending() == null ? "" : String.format(Locale.ROOT, "%,d", c.daysPending()))
                        .append(" |\n");
            }
        }
        for (Standing s : r.standings()) {
            md.append("\n## Where ").append(s.process()).append(" stands\n\n- Not yet taken: ")
                    .append(s.notYetTaken().stream().map(StepCategory::label).collect(Collectors.joining(", ")))
                    .append("\n- Last category taken: ").append(s.lastTaken() == null ? "none" : s.lastTaken().label())
                    .append("\n- Most often next in the precedents: ")
                    .append(s.mostCommonNext() == null ? "none" : s.mostCommonNext().label() + " (" + s.mostCommonNextCount()
                            + " of " + s.precedentsAfterLast() + ")")
                    .append("\n- Nearest precedent: ").append(nz(s.nearestPrecedent())).append(" (distance ").append(s.distance())
                    .append("; ").append(s.distanceMethod()).append(")\n");
        }
        return md.toString();
    }

    static String sequence(List<SequenceEntry> sequence) {
        StringBuilder s = new StringBuilder();
        for (SequenceEntry e : sequence) {
            s.append(e.category().label()).append(" (").append(e.step().when().display()).append(')');
            if (e.toNext() != null) {
                s.append(e.toNext().equals(SequenceAnalysis.UNDETERMINED) ? " ? " : " < ");
            }
        }
        return s.toString();
    }

    private static String years(double min, double max) {
        return Math.abs(min - max) < 0.05 ? String.format(Locale.ROOT, "%.1f", min) : String.format(Locale.ROOT, "%.1f–%.1f", min, max);
    }

    private static String range(Long min, Long max) {
        return min.equals(max) ? String.format(Locale.ROOT, "%,d", min) : String.format(Locale.ROOT, "%,d–%,d", min, max);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}
