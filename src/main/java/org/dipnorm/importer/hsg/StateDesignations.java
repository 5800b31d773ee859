package org.dipnorm.importer.hsg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The states an rdcr article tells apart. An article that covers two states at once marks its entries
 * with a designation in brackets: "People’s Republic of Southern Yemen (South Yemen)", "Embassy in
 * Aden (South Yemen)", "The Yemen Arab Republic (North Yemen) severed relations". The names and
 * places written before a designation become its aliases, so an entry that only says "the People’s
 * Republic of Southern Yemen severed relations" or "Embassy San’a" is placed too. An article without
 * designations (nearly all of them) names one state, and every entry is about it.
 */
final class StateDesignations {
    private static final Pattern DESIGNATION = Pattern.compile("\\((North|South|East|West)(?:ern)?\\s+(\\p{Lu}[\\p{L}'-]+)\\)");
    private static final Set<String> CONNECTORS = Set.of("of", "the");
    private static final StateDesignations NONE = new StateDesignations(List.of());

    /** Lower-case alias and the designation it stands for ("people's republic of southern yemen" → "south yemen"), longest first. */
    private final List<Map.Entry<String, String>> aliases;

    private StateDesignations(List<Map.Entry<String, String>> aliases) {
        this.aliases = aliases;
    }

    static StateDesignations of(RdcrArticle article) {
        Map<String, String> aliases = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        String country = clean(article.shortTitle()).toLowerCase(Locale.ROOT);
        for (RdcrEntry entry : article.entries()) {
            List<String> texts = new ArrayList<>(entry.paragraphs());
            texts.add(0, entry.heading());
            for (String raw : texts) {
                String text = clean(raw);
                Matcher m = DESIGNATION.matcher(text);
                while (m.find()) {
                    String designation = (m.group(1) + " " + m.group(2)).toLowerCase(Locale.ROOT);
                    List<String> names = new ArrayList<>(namesBefore(text.substring(0, m.start())));
                    names.add(designation);
                    for (String name : names) {
                        String alias = name.toLowerCase(Locale.ROOT);
                        if (alias.equals(country)) {
                            continue;
                        }
                        String before = aliases.putIfAbsent(alias, designation);
                        if (before != null && !before.equals(designation)) {
                            ambiguous.add(alias);
                        }
                    }
                }
            }
        }
        ambiguous.forEach(aliases::remove);
        if (aliases.isEmpty()) {
            return NONE;
        }
        List<Map.Entry<String, String>> sorted = new ArrayList<>(aliases.entrySet());
        sorted.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()).thenComparing(Map.Entry::getKey));
        return new StateDesignations(List.copyOf(sorted));
    }

    /**
     * The designation of the state an event is about ("north yemen"), from the clause of the heading
     * naming it, else the heading, else the entry's text; null when the article tells no states apart
     * or the entry names none.
     */
    String of(HsgEvent e) {
        if (aliases.isEmpty()) {
            return null;
        }
        for (String text : List.of(e.clause(), e.entry().heading(), e.entry().text())) {
            String found = first(text);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The designation of the alias written first in {@code text}, a longer alias winning over one inside it. */
    String first(String text) {
        String lower = clean(text).toLowerCase(Locale.ROOT);
        boolean[] taken = new boolean[lower.length()];
        int best = Integer.MAX_VALUE;
        String designation = null;
        for (Map.Entry<String, String> alias : aliases) {
            String a = alias.getKey();
            for (int i = lower.indexOf(a); i >= 0; i = lower.indexOf(a, i + 1)) {
                int end = i + a.length();
                if (!word(lower, i, end) || taken[i] || taken[end - 1]) {
                    continue;
                }
                java.util.Arrays.fill(taken, i, end, true);
                if (i < best) {
                    best = i;
                    designation = alias.getValue();
                }
            }
        }
        return designation;
    }

    /**
     * The name written just before a designation: the capitalized words (joined by "of" and "the")
     * that end there, and each shorter name after an "of" ("U.S. Recognition of Yemen Arab Republic"
     * gives that and "Yemen Arab Republic").
     */
    private static List<String> namesBefore(String text) {
        String[] words = text.strip().split("\\s+");
        int start = words.length;
        while (start > 0) {
            String w = words[start - 1];
            if (w.isEmpty() || !(Character.isUpperCase(w.codePointAt(0)) || CONNECTORS.contains(w))) {
                break;
            }
            start--;
        }
        while (start < words.length && (CONNECTORS.contains(words[start]) || words[start].equals("The"))) {
            start++;
        }
        List<String> names = new ArrayList<>();
        for (int i = start; i < words.length; i++) {
            if (i == start || words[i - 1].equals("of") && !CONNECTORS.contains(words[i])) {
                names.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
            }
        }
        return names;
    }

    private static boolean word(String s, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1)))
                && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)));
    }

    /** Typographic apostrophes as plain ones, so "People’s" and "People's" are one name. */
    private static String clean(String s) {
        return s.replace('’', '\'');
    }
}
