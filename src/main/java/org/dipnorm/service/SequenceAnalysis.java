package org.dipnorm.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dipnorm.service.ReportModel.SequenceEntry;
import org.dipnorm.service.ReportModel.Step;

/**
 * Order and distance over the step categories of a process, from dates at their precision.
 * "A before B" holds only when A's latest date is before B's earliest, or a source says so.
 */
public final class SequenceAnalysis {
    public static final String BEFORE = "before";
    public static final String BEFORE_BY_SOURCE = "before (stated by a source)";
    public static final String UNDETERMINED = "undetermined by the dates";
    /** The sequence distance, as written in the report. */
    public static final String DISTANCE_METHOD = "edit distance over the ordered step categories: "
            + "inserting, deleting or substituting one category costs 1";

    private SequenceAnalysis() {}

    /**
     * The step that stands for a category: among the realized steps of that category, those no
     * other one definitely precedes; of these the most precisely dated, then the earliest.
     */
    public static Optional<Step> representative(List<Step> steps, StepCategory category) {
        List<Step> candidates = steps.stream().filter(Step::realized).filter(s -> s.categories().contains(category)).toList();
        return candidates.stream()
                .filter(s -> candidates.stream().noneMatch(o -> o.when().definitelyBefore(s.when())))
                .min(Comparator.<Step>comparingLong(s -> s.when().latestDate().toEpochDay() - s.when().earliestDate().toEpochDay())
                        .thenComparing(s -> s.when().earliestDate())
                        .thenComparingInt(Step::ordinal));
    }

    /** The categories a process took, in order of their representative steps, each marked against the next. */
    public static List<SequenceEntry> sequence(List<Step> steps, Set<String> statedOrder) {
        Map<StepCategory, Step> firsts = new EnumMap<>(StepCategory.class);
        for (StepCategory c : StepCategory.values()) {
            representative(steps, c).ifPresent(s -> firsts.put(c, s));
        }
        List<Map.Entry<StepCategory, Step>> ordered = new ArrayList<>(firsts.entrySet());
        ordered.sort(Comparator.<Map.Entry<StepCategory, Step>, java.time.LocalDate>comparing(e -> e.getValue().when().earliestDate())
                .thenComparing(e -> e.getValue().when().latestDate())
                .thenComparingInt(e -> e.getValue().ordinal())
                .thenComparing(Map.Entry::getKey));
        List<SequenceEntry> sequence = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Step step = ordered.get(i).getValue();
            String toNext = null;
            if (i + 1 < ordered.size()) {
                toNext = relation(step, ordered.get(i + 1).getValue(), statedOrder);
            }
            sequence.add(new SequenceEntry(ordered.get(i).getKey(), step, toNext));
        }
        return sequence;
    }

    /** {@link #BEFORE}, {@link #BEFORE_BY_SOURCE} or {@link #UNDETERMINED} for two realized steps. */
    public static String relation(Step a, Step b, Set<String> statedOrder) {
        if (statedOrder.contains(a.event() + " " + b.event())) {
            return BEFORE_BY_SOURCE;
        }
        return a.when().definitelyBefore(b.when()) ? BEFORE : UNDETERMINED;
    }

    public static List<StepCategory> categories(List<SequenceEntry> sequence) {
        return sequence.stream().map(SequenceEntry::category).toList();
    }

    /** Levenshtein distance between two category sequences (unit costs, see {@link #DISTANCE_METHOD}). */
    public static int distance(List<StepCategory> a, List<StepCategory> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int substitute = previous[j - 1] + (a.get(i - 1) == b.get(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    /** The median of some values, the mean of the two middle ones rounded down for an even count. */
    public static Long median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : Math.floorDiv(sorted.get(mid - 1) + sorted.get(mid), 2);
    }
}
