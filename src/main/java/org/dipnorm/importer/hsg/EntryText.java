package org.dipnorm.importer.hsg;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of one entry cut into sentences (the heading is sentence 0), with every date written in
 * it. Dates are read only as written: "May 1, 1973" is a day, "May 1973" a month, "1973" alone is
 * not read here (the heading's year is handled by {@link EntryDateMapper}).
 */
public final class EntryText {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,\\s*|\\s+)(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,\\s]*\\d{4})(?!\\d)");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern SAME_DAY = Pattern.compile("\\b(?:on |by )?the same (?:day|date)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEASON = Pattern.compile("\\b(spring|summer|autumn|fall|winter) of (\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern APPROXIMATE = Pattern.compile("(?i)(on or about|about|approximately|circa|around)\\s*$");
    private static final Pattern YEAR = Pattern.compile("\\b(1[6-9]\\d\\d|20\\d\\d)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][”\"’)]*\\s+(?=[A-Z“\"‘(])");
    /** A single letter, or initials such as "j.f" ("J.F. Dulles" before its last dot). */
    private static final Pattern INITIALS = Pattern.compile("\\p{L}|(\\p{L}\\.)+\\p{L}");
    private static final Set<String> ABBREVIATIONS = Set.of("u.s", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "lt", "col",
            "capt", "adm", "no", "ft", "mt", "d.c", "a.m", "p.m", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov",
            "dec", "rev", "hon", "gov", "sen", "rep", "messrs", "u.n", "u.k", "u.s.s.r", "e.g", "i.e", "vs", "ca", "c");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private final List<String> sentences;
    private final List<DateMention> mentions;

    private EntryText(List<String> sentences, List<DateMention> mentions) {
        this.sentences = List.copyOf(sentences);
        this.mentions = List.copyOf(mentions);
    }

    /** The heading and paragraphs of an entry. */
    public static EntryText of(RdcrEntry entry) {
        return of(entry.heading(), entry.text());
    }

    public static EntryText of(String heading, String text) {
        List<String> sentences = new ArrayList<>();
        sentences.add(heading);
        sentences.addAll(split(text));
        List<DateMention> mentions = new ArrayList<>();
        Integer lastYear = null;
        SourceDate lastDay = null;
        for (int i = 0; i < sentences.size(); i++) {
            for (DateMention m : read(sentences.get(i), i, lastYear, lastDay)) {
                mentions.add(m);
                lastYear = m.date().year();
                if (m.date().precision() == SourceDate.Precision.DAY) {
                    lastDay = m.date();
                }
            }
            if (i == 0) {
                lastYear = null; // the heading's date is not carried into the text: the mapper decides about it
                lastDay = null;
            }
        }
        return new EntryText(sentences, mentions);
    }

    public List<String> sentences() {
        return sentences;
    }

    public List<DateMention> mentions() {
        return mentions;
    }

    /** Every four-digit year from 1600 to 2099 written anywhere in the entry. */
    public List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        Matcher m = YEAR.matcher(String.join(" ", sentences));
        while (m.find()) {
            years.add(Integer.parseInt(m.group(1)));
        }
        return years;
    }

    /** Splits a paragraph into sentences, not at "U.S.", initials or other abbreviations. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        Matcher m = SENTENCE_END.matcher(text);
        int from = 0;
        while (m.find()) {
            String word = lastWord(text, from, m.start()).toLowerCase(Locale.ROOT);
            boolean initial = INITIALS.matcher(word).matches();
            if (ABBREVIATIONS.contains(word) || initial) {
                continue;
            }
            out.add(text.substring(from, m.end()).strip());
            from = m.end();
        }
        if (from < text.length()) {
            out.add(text.substring(from).strip());
        }
        return out;
    }

    /**
     * The run of letters and dots that ends {@code text} at {@code end} (after {@code from}): "U.S" in
     * "… the U.S", "Mr" in "… Mr"; the whole of {@code text[from, end)} when it does not end with one.
     */
    private static String lastWord(String text, int from, int end) {
        int start = end;
        while (start > from) {
            int c = text.codePointBefore(start);
            if (c != '.' && !Character.isLetter(c)) {
                break;
            }
            start -= Character.charCount(c);
        }
        return text.substring(start == end ? from : start, end);
    }

    /**
     * The dates written in one sentence, in order; a bare "August 6" takes {@code lastYear}, and
     * "on the same day" the last day written before it.
     */
    private static List<DateMention> read(String sentence, int index, Integer lastYear, SourceDate lastDay) {
        List<DateMention> found = new ArrayList<>();
        boolean[] used = new boolean[sentence.length()];
        Matcher m = MONTH_DAY_YEAR.matcher(sentence);
        while (m.find()) {
            day(Integer.parseInt(m.group(3)), m.group(1), m.group(2)).ifPresent(d -> add(found, used, sentence, index, m, d, null));
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(sentence);
        while (dmy.find()) {
            if (!used[dmy.start()]) {
                day(Integer.parseInt(dmy.group(3)), dmy.group(2), dmy.group(1)).ifPresent(d -> add(found, used, sentence, index, dmy, d, null));
            }
        }
        Matcher my = MONTH_YEAR.matcher(sentence);
        while (my.find()) {
            if (!used[my.start()]) {
                SourceDate d = SourceDate.month(YearMonth.of(Integer.parseInt(my.group(2)), month(my.group(1))));
                add(found, used, sentence, index, my, d, null);
            }
        }
        Matcher s = SEASON.matcher(sentence);
        while (s.find()) {
            if (!used[s.start()]) {
                int year = Integer.parseInt(s.group(2));
                int first = switch (s.group(1).toLowerCase(Locale.ROOT)) {
                    case "spring" -> 3;
                    case "summer" -> 6;
                    case "winter" -> 12;
                    default -> 9;
                };
                YearMonth begin = YearMonth.of(year, first);
                add(found, used, sentence, index, s, SourceDate.month(begin), SourceDate.month(begin.plusMonths(2)));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<DateMention> withBareDays = new ArrayList<>();
        Matcher md = MONTH_DAY.matcher(sentence);
        Integer year = lastYear;
        int next = 0;
        while (md.find()) {
            while (next < found.size() && found.get(next).start() < md.start()) {
                year = found.get(next).date().year();
                withBareDays.add(found.get(next++));
            }
            if (!used[md.start()] && year != null) {
                final Integer y = year;
                day(y, md.group(1), md.group(2)).ifPresent(d -> withBareDays.add(
                        new DateMention(d, null, index, md.start(), approximate(sentence, md.start()))));
            }
        }
        while (next < found.size()) {
            withBareDays.add(found.get(next++));
        }
        Matcher same = SAME_DAY.matcher(sentence);
        while (same.find()) {
            SourceDate day = lastDay;
            for (DateMention before : withBareDays) {
                if (before.start() < same.start() && before.date().precision() == SourceDate.Precision.DAY) {
                    day = before.date();
                }
            }
            if (day != null) {
                withBareDays.add(new DateMention(day, null, index, same.start(), false));
            }
        }
        withBareDays.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return withBareDays;
    }

    private static void add(List<DateMention> found, boolean[] used, String sentence, int index, Matcher m,
            SourceDate date, SourceDate end) {
        for (int i = m.start(); i < m.end(); i++) {
            used[i] = true;
        }
        found.add(new DateMention(date, end, index, m.start(), approximate(sentence, m.start())));
    }

    private static boolean approximate(String sentence, int start) {
        return APPROXIMATE.matcher(sentence.substring(Math.max(0, start - 20), start)).find();
    }

    private static java.util.Optional<SourceDate> day(int year, String month, String day) {
        try {
            return java.util.Optional.of(SourceDate.day(LocalDate.of(year, month(month), Integer.parseInt(day))));
        } catch (DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }
}
