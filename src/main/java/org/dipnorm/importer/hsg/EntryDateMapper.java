package org.dipnorm.importer.hsg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates an event of an entry at the precision the source supports. The heading gives the year
 * (or years); the entry's own words give the day when a sentence that speaks of this event
 * (its rule's evidence) writes a date in that year. Otherwise a month, a season (as an interval),
 * the heading's year, the heading's range (as an interval) — or, with no date at all, bounds only.
 * Nothing is ever padded to a day.
 */
public final class EntryDateMapper {
    private static final Pattern YEAR_RANGE = Pattern.compile("\\b(1[6-9]\\d\\d|20\\d\\d)\\s*(?:-|–|—|to|&|and)\\s*(\\d{2,4})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(1[6-9]\\d\\d|20\\d\\d)\\b");

    private EntryDateMapper() {}

    /**
     * The years a heading dates its entry to, inclusive. {@code warning} is set when a date
     * attribute disagrees with the text of the heading (the text wins).
     */
    public record HeadingYears(int first, int last, String warning) {
        boolean contains(int year) {
            return year >= first && year <= last;
        }
    }

    /** The heading's years, or empty when the heading gives none. */
    public static Optional<HeadingYears> headingYears(RdcrEntry entry) {
        int[] attribute = null;
        int[] written = null;
        List<String> texts = new ArrayList<>();
        for (RdcrEntry.HeadDate d : entry.headDates()) {
            for (String v : List.of(d.when(), d.from(), d.to())) {
                if (v.length() >= 4 && v.substring(0, 4).matches("\\d{4}")) {
                    int y = Integer.parseInt(v.substring(0, 4));
                    attribute = attribute == null ? new int[] {y, y} : new int[] {Math.min(attribute[0], y), Math.max(attribute[1], y)};
                }
            }
            if (!d.text().isBlank()) {
                texts.add(d.text());
            }
        }
        for (String t : texts) {
            int[] r = span(t, false);
            if (r != null) {
                written = written == null ? r : new int[] {Math.min(written[0], r[0]), Math.max(written[1], r[1])};
            }
        }
        if (written == null && attribute == null) {
            written = span(entry.heading(), true);
        }
        if (attribute == null && written == null) {
            return Optional.empty();
        }
        if (attribute == null) {
            return Optional.of(new HeadingYears(written[0], written[1], null));
        }
        if (written == null || (attribute[0] >= written[0] && attribute[1] <= written[1])) {
            return Optional.of(new HeadingYears(attribute[0], attribute[1], null));
        }
        String warning = String.format("%s: the heading's date attribute says %s but its text says %s; the text is used",
                entry.key(), range(attribute), range(written));
        return Optional.of(new HeadingYears(written[0], written[1], warning));
    }

    /**
     * The time of one event of the entry.
     *
     * @param evidence what a sentence must say to speak of this event
     * @param headingCounts whether a date written in the heading is this event's (true for an entry's first event)
     * @return the time, or empty when neither the heading nor the text gives any year
     */
    public static Optional<EventTime> date(EntryText text, Optional<HeadingYears> years, Pattern evidence, boolean headingCounts) {
        List<Candidate> candidates = new ArrayList<>();
        for (DateMention m : text.mentions()) {
            boolean inYears = years.map(y -> y.contains(m.date().year())).orElse(true);
            if (!inYears) {
                continue;
            }
            String sentence = text.sentences().get(m.sentence());
            int distance;
            if (m.sentence() == 0) {
                if (!headingCounts) {
                    continue;
                }
                distance = 0;
            } else {
                distance = distance(evidence, sentence, m.start());
                if (distance < 0) {
                    continue;
                }
            }
            candidates.add(new Candidate(m, distance));
        }
        Comparator<Candidate> best = Comparator.comparingInt((Candidate c) -> c.mention.date().precision().ordinal())
                .thenComparingInt(c -> c.mention.end() == null ? 0 : 1)
                .thenComparingInt(c -> c.distance)
                .thenComparingInt(c -> c.mention.sentence())
                .thenComparingInt(c -> c.mention.start());
        Optional<Candidate> chosen = candidates.stream().min(best);
        if (chosen.isPresent()) {
            DateMention m = chosen.get().mention;
            String where = m.sentence() == 0 ? "heading" : "text";
            if (m.end() != null) {
                return Optional.of(EventTime.between(m.date(), m.end(), "season in " + where));
            }
            return Optional.of(EventTime.at(m.date(), m.onOrAbout(),
                    m.date().precision().name().toLowerCase(java.util.Locale.ROOT) + " in " + where));
        }
        if (years.isPresent()) {
            HeadingYears y = years.get();
            if (y.first() == y.last()) {
                return Optional.of(EventTime.at(SourceDate.year(y.first()), false, "heading year"));
            }
            return Optional.of(EventTime.between(SourceDate.year(y.first()), SourceDate.year(y.last()), "heading years"));
        }
        List<Integer> written = text.years();
        if (written.isEmpty()) {
            return Optional.empty();
        }
        int min = written.stream().min(Integer::compare).orElseThrow();
        int max = written.stream().max(Integer::compare).orElseThrow();
        return Optional.of(EventTime.unknown(LocalDate.of(min, 1, 1), LocalDate.of(max, 12, 31), "years in text"));
    }

    /** Characters between the mention and the nearest evidence in its sentence; -1 if the sentence has none. */
    private static int distance(Pattern evidence, String sentence, int at) {
        Matcher e = evidence.matcher(sentence);
        int best = -1;
        while (e.find()) {
            int d = e.start() >= at ? e.start() - at : Math.max(0, at - e.end());
            best = best < 0 ? d : Math.min(best, d);
        }
        return best;
    }

    /** The first and last year a date text gives ("1936-48" is 1936 to 1948); {@code last} takes the heading's final date only. */
    private static int[] span(String text, boolean last) {
        int[] found = null;
        Matcher r = YEAR_RANGE.matcher(text);
        int end = -1;
        while (r.find()) {
            int from = Integer.parseInt(r.group(1));
            String t = r.group(2);
            int to = t.length() == 4 ? Integer.parseInt(t) : Integer.parseInt(r.group(1).substring(0, 4 - t.length()) + t);
            if (to < from) {
                continue;
            }
            found = last || found == null ? new int[] {from, to} : new int[] {Math.min(found[0], from), Math.max(found[1], to)};
            end = r.end();
        }
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            if (found != null && y.start() < end) {
                continue;
            }
            int v = Integer.parseInt(y.group(1));
            found = last || found == null ? new int[] {v, v} : new int[] {Math.min(found[0], v), Math.max(found[1], v)};
            end = y.end();
        }
        return found;
    }

    private static String range(int[] r) {
        return r[0] == r[1] ? Integer.toString(r[0]) : r[0] + "–" + r[1];
    }

    private record Candidate(DateMention mention, int distance) {}
}
