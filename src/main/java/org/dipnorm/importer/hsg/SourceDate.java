package org.dipnorm.importer.hsg;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/**
 * A date exactly as precise as its source: a day, a month or a year. Its bounds are the first and
 * last day it can fall on; it is never padded to a day.
 */
public record SourceDate(Precision precision, LocalDate earliest, LocalDate latest) implements Comparable<SourceDate> {
    /** How much of the date the source gives; the XSD datatype of the position follows from it. */
    public enum Precision { DAY, MONTH, YEAR }

    public static SourceDate day(LocalDate day) {
        return new SourceDate(Precision.DAY, day, day);
    }

    public static SourceDate month(YearMonth month) {
        return new SourceDate(Precision.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public static SourceDate year(int year) {
        return new SourceDate(Precision.YEAR, Year.of(year).atDay(1), Year.of(year).atMonth(12).atEndOfMonth());
    }

    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("\\d{4}-\\d{2}");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");

    /** Parses {@code 1973}, {@code 1973-05} or {@code 1973-05-01}; returns null for anything else (or an impossible date). */
    public static SourceDate parse(String text) {
        String s = text == null ? "" : text.strip();
        try {
            if (DAY.matcher(s).matches()) {
                return day(LocalDate.parse(s));
            }
            if (MONTH.matcher(s).matches()) {
                return month(YearMonth.parse(s));
            }
            if (YEAR.matcher(s).matches()) {
                return year(Integer.parseInt(s));
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    public int year() {
        return earliest.getYear();
    }

    /** The lexical form of the position: {@code 1973-05-01}, {@code 1973-05} or {@code 1973}. */
    public String lexical() {
        return switch (precision) {
            case DAY -> earliest.toString();
            case MONTH -> YearMonth.from(earliest).toString();
            case YEAR -> Integer.toString(earliest.getYear());
        };
    }

    /** True if the two dates may be the same day (their bounds overlap). */
    public boolean overlaps(SourceDate other) {
        return !latest.isBefore(other.earliest) && !other.latest.isBefore(earliest);
    }

    @Override
    public int compareTo(SourceDate o) {
        int c = earliest.compareTo(o.earliest);
        return c != 0 ? c : latest.compareTo(o.latest);
    }

    @Override
    public String toString() {
        return lexical();
    }
}
