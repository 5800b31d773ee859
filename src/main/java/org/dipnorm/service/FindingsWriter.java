package org.dipnorm.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dipnorm.service.ReportModel.Commitment;
import org.dipnorm.service.ReportModel.MilestoneSummary;
import org.dipnorm.service.ReportModel.OrderQuestion;
import org.dipnorm.service.ReportModel.ProcessReport;
import org.dipnorm.service.ReportModel.Standing;

/** Plain sentences generated from the report model; every number in them is in the model's tables. */
final class FindingsWriter {
    private FindingsWriter() {}

    static List<String> findings(List<ProcessReport> processes, List<OrderQuestion> questions,
            List<MilestoneSummary> milestones, List<Standing> standings) {
        List<String> out = new ArrayList<>();
        int n = processes.size();
        for (StepCategory[] q : CrossProcessAnalysis.QUESTIONS) {
            List<OrderQuestion> rows = questions.stream().filter(o -> o.first() == q[0] && o.second() == q[1]).toList();
            long firstFirst = rows.stream().filter(o -> o.answer().equals(q[0].label() + " first")).count();
            long secondFirst = rows.stream().filter(o -> o.answer().equals(q[1].label() + " first")).count();
            long undetermined = rows.stream().filter(o -> o.answer().equals(SequenceAnalysis.UNDETERMINED)).count();
            if (firstFirst + secondFirst + undetermined == 0) {
                continue;
            }
            StringBuilder s = new StringBuilder("In ").append(firstFirst).append(" of ").append(n)
                    .append(" compared processes ").append(q[0].label()).append(" came before ").append(q[1].label());
            if (secondFirst > 0) {
                s.append("; in ").append(secondFirst).append(" it came after");
            }
            if (undetermined > 0) {
                s.append("; in ").append(undetermined).append(" the dates do not decide");
            }
            milestones.stream().filter(m -> m.from().equals(q[0].label()) && m.to().equals(q[1].label())).findFirst()
                    .ifPresent(m -> s.append(", by a median of ").append(years(m.medianMinDays(), m.medianMaxDays())));
            out.add(s.append('.').toString());
        }
        milestones.stream()
                .filter(m -> m.from().equals(StepCategory.INTERIM_OFFICE.label()) && m.to().equals(StepCategory.EMBASSY.label()))
                .findFirst()
                .ifPresent(m -> out.add(String.format(Locale.ROOT,
                        "From %s to %s took a median of %s across %d process%s (shortest %,d days, longest %,d days).",
                        m.from(), m.to(), days(m.medianMinDays(), m.medianMaxDays()), m.processes(),
                        m.processes() == 1 ? "" : "es", m.shortestDays(), m.longestDays())));
        for (Standing s : standings) {
            String label = label(processes, s.process());
            if (!s.notYetTaken().isEmpty()) {
                out.add(label + " has not taken " + join(s.notYetTaken().stream().map(StepCategory::label).toList())
                        + ", which its precedents took.");
            }
            if (s.lastTaken() != null && s.mostCommonNext() != null) {
                out.add("After " + s.lastTaken().label() + ", the last step " + label + " took, the precedents most often took "
                        + s.mostCommonNext().label() + " next (" + s.mostCommonNextCount() + " of " + s.precedentsAfterLast() + ").");
            }
            if (s.nearestPrecedent() != null) {
                out.add("The precedent nearest to " + label + " by sequence is " + label(processes, s.nearestPrecedent())
                        + " (distance " + s.distance() + ").");
            }
        }
        for (ProcessReport p : processes) {
            p.commitments().stream().filter(c -> c.daysPending() != null)
                    .max((a, b) -> Long.compare(a.daysPending(), b.daysPending()))
                    .ifPresent(c -> out.add(pending(p, c)));
        }
        return out;
    }

    private static String pending(ProcessReport p, Commitment c) {
        long open = p.commitments().stream().filter(x -> x.daysPending() != null).count();
        return String.format(Locale.ROOT, "%s: %d commitment%s not fulfilled; the oldest, \"%s\" (%s), has been pending %,d days since %s%s.",
                p.label(), open, open == 1 ? " is" : "s are", c.provision(), c.agreementLabel(), c.daysPending(), c.agreed(),
                c.statusLabel() == null ? "" : ", last assessed " + c.statusLabel() + " on " + c.assessedAsOf());
    }

    private static String label(List<ProcessReport> processes, String id) {
        return processes.stream().filter(p -> p.id().equals(id)).findFirst().map(ProcessReport::label).orElse(id);
    }

    static String days(Long min, Long max) {
        return min.equals(max) ? String.format(Locale.ROOT, "%,d days", min) : String.format(Locale.ROOT, "%,d–%,d days", min, max);
    }

    static String years(Long min, Long max) {
        double a = min / 365.25;
        double b = max / 365.25;
        return Math.abs(a - b) < 0.05 ? String.format(Locale.ROOT, "%.1f years", a) : String.format(Locale.ROOT, "%.1f–%.1f years", a, b);
    }

    private static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
