package org.dipnorm.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The comparison report: one model that the HTML, Markdown, JSON and CSV renderers print.
 * Dates are strings at their precision ("1973-05-01", "1994-05", "1973") with {@code xsd:date}
 * bounds; durations are day ranges. The field names are the JSON schema (see {@link #SCHEMA_VERSION}).
 */
public record ReportModel(String schemaVersion, String asOf, List<ProcessReport> processes,
        List<OrderQuestion> orderQuestions, List<MilestoneSummary> milestones, List<Standing> standings,
        List<String> findings) {
    /** Bumped when a field is renamed or removed; adding a field keeps the version. */
    public static final String SCHEMA_VERSION = "1.0";

    /** A date as the source gives it, with the bounds used for ordering. */
    public record When(String display, String precision, String earliest, String latest) {
        public LocalDate earliestDate() {
            return LocalDate.parse(earliest);
        }

        public LocalDate latestDate() {
            return LocalDate.parse(latest);
        }

        /** True only when this is definitely before {@code other}: its latest bound is before the other's earliest. */
        public boolean definitelyBefore(When other) {
            return latestDate().isBefore(other.earliestDate());
        }
    }

    /** One step of a process. {@code when} is null for a step agreed but never realized. */
    public record Step(int ordinal, String stepType, String stepTypeLabel, String status, String event, String label,
            When when, List<StepCategory> categories, List<String> sources) {
        public boolean realized() {
            return when != null;
        }
    }

    /** The first step of one category in a process, and whether the dates put it before the next one. */
    public record SequenceEntry(StepCategory category, Step step, String toNext) {}

    /** Days between two milestones of a process, as a range when a date is imprecise. */
    public record Span(String from, String to, Step fromStep, Step toStep, long minDays, long maxDays) {
        public static Span between(String from, String to, Step a, Step b) {
            return new Span(from, to, a, b, ChronoUnit.DAYS.between(a.when().latestDate(), b.when().earliestDate()),
                    ChronoUnit.DAYS.between(a.when().earliestDate(), b.when().latestDate()));
        }

        public double minYears() {
            return minDays / 365.25;
        }

        public double maxYears() {
            return maxDays / 365.25;
        }
    }

    /** A commitment of an agreement between the parties, with its latest assessment. */
    public record Commitment(String agreement, String agreementLabel, String agreed, String provision, String commitment,
            String obligors, String envisagedStep, String status, String statusLabel, String assessedAsOf,
            List<String> sources, String fulfilledOn, Long daysPending) {}

    /** Everything the report says about one process; {@code statedOrder} holds "earlier later" event pairs a source orders. */
    public record ProcessReport(String id, String iri, String label, String parties, String outcome, String outcomeLabel,
            List<Step> steps, List<SequenceEntry> sequence, List<Span> durations, List<Commitment> commitments,
            List<String> statedOrder) {}

    /** "What came first?" for one pair of categories in one process. */
    public record OrderQuestion(String process, StepCategory first, StepCategory second, String answer, String basis) {}

    /** A milestone span across the compared processes: the median and range of the day ranges. */
    public record MilestoneSummary(String from, String to, int processes, Long medianMinDays, Long medianMaxDays,
            Long shortestDays, Long longestDays) {}

    /** Where an ongoing or stalled process stands against the others. */
    public record Standing(String process, List<StepCategory> notYetTaken, StepCategory lastTaken,
            StepCategory mostCommonNext, int mostCommonNextCount, int precedentsAfterLast, String nearestPrecedent,
            Integer distance, String distanceMethod) {}
}
