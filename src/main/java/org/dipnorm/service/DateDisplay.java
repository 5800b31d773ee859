package org.dipnorm.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Shows a date at its precision: "1 May 1973", "May 1973", "1973" — a year is never shown as a day. */
public final class DateDisplay {
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private DateDisplay() {}

    /** The display form of a typed date literal, or null if the datatype is not a date type. */
    public static String of(String lexical, String datatype) {
        if (lexical == null || datatype == null) {
            return null;
        }
        try {
            return switch (datatype) {
                case XSD + "date" -> LocalDate.parse(lexical).format(DAY);
                case XSD + "gYearMonth" -> YearMonth.parse(lexical).format(MONTH);
                case XSD + "gYear" -> lexical;
                default -> null;
            };
        } catch (RuntimeException e) {
            return lexical;
        }
    }
}
