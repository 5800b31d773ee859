package org.dipnorm.importer.hsg;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A mission of one state in another, as the import knows it: its kind, where it sits, and the
 * periods it was open (an opening the record does not give leaves the period's start empty).
 * Its IRI is {@code msn:{sender}-{kind}-{city, or the receiving state when no city is given}}.
 */
public final class Mission {
    /** A period the mission was open; null ends are unknown (before the record, or still open). */
    public record Period(LocalDate opened, LocalDate closed) {
        boolean covers(LocalDate day) {
            return (opened == null || !day.isBefore(opened)) && (closed == null || day.isBefore(closed));
        }
    }

    private final String key;
    private final MissionKind kind;
    private final String sender;
    private final String receiver;
    private final String site;
    private final List<Period> periods = new ArrayList<>();
    private final List<String> resultedFrom = new ArrayList<>();
    private final List<String> changedBy = new ArrayList<>();
    private String protectingPower;

    Mission(MissionKind kind, String sender, String receiver, String site) {
        this.kind = kind;
        this.sender = sender;
        this.receiver = receiver;
        this.site = site;
        this.key = key(kind, sender, receiver, site);
    }

    static String key(MissionKind kind, String sender, String receiver, String site) {
        return sender + "-" + kind.key() + "-" + (site == null ? receiver : slug(site));
    }

    /** An IRI-safe key: lower case, ASCII letters and digits, single hyphens ("Bogotá" → "bogota", "San’a" → "sana"). */
    public static String slug(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String dashed = NON_ALNUM.matcher(QUOTES.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll("-");
        return EDGE_DASH.matcher(dashed).replaceAll("");
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern QUOTES = java.util.regex.Pattern.compile("[’'`.]");
    private static final java.util.regex.Pattern NON_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern EDGE_DASH = java.util.regex.Pattern.compile("^-|-$");

    public String key() {
        return key;
    }

    public MissionKind kind() {
        return kind;
    }

    public String sender() {
        return sender;
    }

    public String receiver() {
        return receiver;
    }

    /** The city, as written; null when the record names none. */
    public String site() {
        return site;
    }

    public String protectingPower() {
        return protectingPower;
    }

    void protectingPower(String slug) {
        if (protectingPower == null) {
            protectingPower = slug;
        }
    }

    public List<Period> periods() {
        return List.copyOf(periods);
    }

    /** Keys of the events that opened it (org:resultedFrom). */
    public List<String> resultedFrom() {
        return List.copyOf(resultedFrom);
    }

    /** Keys of the events that changed or closed it (org:changedBy). */
    public List<String> changedBy() {
        return List.copyOf(changedBy);
    }

    void opened(LocalDate day, String event) {
        if (isOpenAt(day)) {
            return;
        }
        periods.add(new Period(day, null));
        if (event != null) {
            resultedFrom.add(event);
        }
    }

    void closed(LocalDate day, String event) {
        if (event != null) {
            changedBy.add(event);
        }
        for (int i = periods.size() - 1; i >= 0; i--) {
            Period p = periods.get(i);
            if (p.closed() == null) {
                periods.set(i, new Period(p.opened(), day));
                return;
            }
        }
        periods.add(new Period(null, day));
    }

    /** Records an event that changed the mission without closing it. */
    void changed(String event) {
        changedBy.add(event);
    }

    boolean isOpen() {
        return !periods.isEmpty() && periods.get(periods.size() - 1).closed() == null;
    }

    boolean isOpenAt(LocalDate day) {
        return periods.stream().anyMatch(p -> p.covers(day));
    }

    /** Days between {@code day} and the nearest of its periods (0 inside one). */
    long distanceTo(LocalDate day) {
        long best = Long.MAX_VALUE;
        for (Period p : periods) {
            if (p.covers(day)) {
                return 0;
            }
            if (p.opened() != null && day.isBefore(p.opened())) {
                best = Math.min(best, p.opened().toEpochDay() - day.toEpochDay());
            }
            if (p.closed() != null && !day.isBefore(p.closed())) {
                best = Math.min(best, day.toEpochDay() - p.closed().toEpochDay());
            }
        }
        return best;
    }

    /** The first day it is known to have been open, or null. */
    LocalDate firstOpened() {
        return periods.stream().map(Period::opened).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
    }
}
