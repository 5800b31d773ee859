package org.dipnorm.importer.hsg;

import java.time.LocalDate;

/**
 * When an imported event happened, as the source says it: an instant at some precision (perhaps
 * "on or about"), an interval between two dates (a range, a season), or — when the entry gives no
 * date — only bounds.
 *
 * @param begin the instant's date, or the interval's beginning; null when only bounds are known
 * @param end the interval's end; null for an instant
 * @param onOrAbout the source qualifies the date as approximate
 * @param earliest the first day the time can fall on
 * @param latest the last day the time can fall on
 * @param origin how the date was found, for the summary and the notes ("day in text", "heading year"…)
 */
public record EventTime(SourceDate begin, SourceDate end, boolean onOrAbout, LocalDate earliest, LocalDate latest,
        String origin) {

    public static EventTime at(SourceDate date, boolean onOrAbout, String origin) {
        return new EventTime(date, null, onOrAbout, date.earliest(), date.latest(), origin);
    }

    public static EventTime between(SourceDate begin, SourceDate end, String origin) {
        return new EventTime(begin, end, false, begin.earliest(), end.latest(), origin);
    }

    /** No date in the entry: only bounds, qualified as unknown. */
    public static EventTime unknown(LocalDate earliest, LocalDate latest, String origin) {
        return new EventTime(null, null, false, earliest, latest, origin);
    }

    public boolean isInterval() {
        return end != null;
    }

    public boolean isUnknown() {
        return begin == null;
    }

    /** "day", "month", "year", "interval" or "unknown": the precision counted in the summary. */
    public String precisionName() {
        if (isUnknown()) {
            return "unknown";
        }
        if (isInterval()) {
            return "interval";
        }
        return begin.precision().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The position's lexical form, or a range, for notes and summaries. */
    public String describe() {
        if (isUnknown()) {
            return earliest + "/" + latest + " (no date)";
        }
        if (isInterval()) {
            return begin.lexical() + "/" + end.lexical();
        }
        return (onOrAbout ? "about " : "") + begin.lexical();
    }
}
