package org.dipnorm.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dipnorm.service.ReportModel.MilestoneSummary;
import org.dipnorm.service.ReportModel.OrderQuestion;
import org.dipnorm.service.ReportModel.ProcessReport;
import org.dipnorm.service.ReportModel.Span;
import org.dipnorm.service.ReportModel.Standing;
import org.dipnorm.service.ReportModel.Step;

/** What the compared processes say together: order questions, milestone medians, and where open processes stand. */
final class CrossProcessAnalysis {
    /** The "what came first?" questions the report answers for every process. */
    static final StepCategory[][] QUESTIONS = {
        {StepCategory.RELIEF, StepCategory.RELATIONS},
        {StepCategory.INTERIM_OFFICE, StepCategory.RELATIONS},
        {StepCategory.RELIEF, StepCategory.INTERIM_OFFICE},
        {StepCategory.TALKS, StepCategory.INTERIM_OFFICE}};

    private CrossProcessAnalysis() {}

    static List<OrderQuestion> orderQuestions(List<ProcessReport> processes) {
        List<OrderQuestion> questions = new ArrayList<>();
        for (StepCategory[] q : QUESTIONS) {
            for (ProcessReport p : processes) {
                Optional<Step> a = SequenceAnalysis.representative(p.steps(), q[0]);
                Optional<Step> b = SequenceAnalysis.representative(p.steps(), q[1]);
                String answer;
                String basis = "dates";
                if (a.isEmpty() && b.isEmpty()) {
                    answer = "neither taken";
                } else if (b.isEmpty()) {
                    answer = "only " + q[0].label() + " taken";
                } else if (a.isEmpty()) {
                    answer = "only " + q[1].label() + " taken";
                } else {
                    String ab = relation(p, a.get(), b.get());
                    String ba = relation(p, b.get(), a.get());
                    if (!ab.equals(SequenceAnalysis.UNDETERMINED)) {
                        answer = q[0].label() + " first";
                        basis = ab.equals(SequenceAnalysis.BEFORE) ? "dates" : "a source";
                    } else if (!ba.equals(SequenceAnalysis.UNDETERMINED)) {
                        answer = q[1].label() + " first";
                        basis = ba.equals(SequenceAnalysis.BEFORE) ? "dates" : "a source";
                    } else {
                        answer = SequenceAnalysis.UNDETERMINED;
                    }
                }
                questions.add(new OrderQuestion(p.id(), q[0], q[1], answer, basis));
            }
        }
        return questions;
    }

    private static String relation(ProcessReport p, Step a, Step b) {
        return SequenceAnalysis.relation(a, b, Set.copyOf(p.statedOrder()));
    }

    static List<MilestoneSummary> milestones(List<ProcessReport> processes) {
        List<MilestoneSummary> summaries = new ArrayList<>();
        StepCategory[] m = ComparisonService.MILESTONES;
        for (int i = 0; i < m.length; i++) {
            for (int j = i + 1; j < m.length; j++) {
                String from = m[i].label();
                String to = m[j].label();
                List<Span> spans = processes.stream().flatMap(p -> p.durations().stream())
                        .filter(s -> s.from().equals(from) && s.to().equals(to)).toList();
                if (!spans.isEmpty()) {
                    summaries.add(new MilestoneSummary(from, to, spans.size(),
                            SequenceAnalysis.median(spans.stream().map(Span::minDays).toList()),
                            SequenceAnalysis.median(spans.stream().map(Span::maxDays).toList()),
                            spans.stream().mapToLong(Span::minDays).min().getAsLong(),
                            spans.stream().mapToLong(Span::maxDays).max().getAsLong()));
                }
            }
        }
        return summaries;
    }

    /**
     * For each process whose outcome is open (ongoing or stalled): the categories its precedents
     * (the compared processes that reached full relations, or all others if none did) took and it has
     * not, what they most often did next after its last category, and its nearest precedent.
     */
    static List<Standing> standings(List<ProcessReport> processes, Set<String> openOutcomes, String fullRelations) {
        List<Standing> standings = new ArrayList<>();
        for (ProcessReport p : processes) {
            if (p.outcome() == null || !openOutcomes.contains(p.outcome())) {
                continue;
            }
            List<ProcessReport> precedents = processes.stream().filter(o -> o != p && fullRelations.equals(o.outcome())).toList();
            if (precedents.isEmpty()) {
                precedents = processes.stream().filter(o -> o != p).toList();
            }
            List<StepCategory> own = SequenceAnalysis.categories(p.sequence());
            List<StepCategory> notYet = new ArrayList<>();
            for (ProcessReport o : precedents) {
                for (StepCategory c : SequenceAnalysis.categories(o.sequence())) {
                    if (!own.contains(c) && !notYet.contains(c)) {
                        notYet.add(c);
                    }
                }
            }
            notYet.sort(Comparator.naturalOrder());
            StepCategory last = own.isEmpty() ? null : own.get(own.size() - 1);
            Map<StepCategory, Integer> next = new EnumMap<>(StepCategory.class);
            int withLast = 0;
            for (ProcessReport o : precedents) {
                List<StepCategory> seq = SequenceAnalysis.categories(o.sequence());
                int at = seq.indexOf(last);
                if (at >= 0) {
                    withLast++;
                    seq.stream().skip(at + 1).filter(c -> !own.contains(c)).findFirst().ifPresent(c -> next.merge(c, 1, Integer::sum));
                }
            }
            Optional<Map.Entry<StepCategory, Integer>> mostCommon = next.entrySet().stream()
                    .max(Map.Entry.<StepCategory, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())));
            ProcessReport nearest = null;
            Integer best = null;
            for (ProcessReport o : precedents) {
                int d = SequenceAnalysis.distance(own, SequenceAnalysis.categories(o.sequence()));
                if (best == null || d < best) {
                    best = d;
                    nearest = o;
                }
            }
            standings.add(new Standing(p.id(), notYet, last, mostCommon.map(Map.Entry::getKey).orElse(null),
                    mostCommon.map(Map.Entry::getValue).orElse(0), withLast, nearest == null ? null : nearest.id(), best,
                    SequenceAnalysis.DISTANCE_METHOD));
        }
        return standings;
    }
}
