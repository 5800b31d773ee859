package org.dipnorm.importer.hsg;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads, from a heading clause and the entry's sentences, what a mission event is about: whose
 * mission it is (an entry about "the Australian Legation in the United States" is Australia's
 * mission, not a U.S. post), where it sits, where it moved from, and an interests section's
 * protecting power.
 */
final class MissionClauseReader {
    private static final String NOUN = "(?:Embass(?:y|ies)|Legations?|Liaison Office|Interests? Section|Consulates?(?: General)?|Consular Post|(?:Diplomatic )?Mission|Office of the U\\.S\\. Representative)";
    private static final String NAME = "(\\p{Lu}[\\p{L}’'.-]*(?:\\s+(?:de\\s+|da\\s+)?\\p{Lu}[\\p{L}’'.-]*)*)";
    private static final Pattern IN_PLACE = Pattern.compile("(?i:" + NOUN + ")(?:\\s+(?:of|to)\\s+the\\s+[\\p{L} ]+?)?\\s+(?:in|at|near|to)\\s+(?:the\\s+)?" + NAME);
    private static final Pattern NOUN_PLACE = Pattern.compile("\\b(?:Embassy|Legation)\\s+" + NAME);
    private static final Pattern MOVED_TO = Pattern.compile("(?i:moved?|moves|transferred|returned|returns|movement|move|transfer|relocation)\\b.*?\\b(?i:to)\\s+(?:the\\s+)?" + NAME);
    private static final Pattern MOVED_FROM = Pattern.compile("\\b(?i:from)\\s+" + NAME + "\\s+(?i:to)\\b");
    private static final Pattern FOREIGN_PLACE = Pattern.compile("(?i)\\b(?:in|to|at) (?:the )?(?:united states|u\\.s\\.|washington)\\b");
    private static final Pattern OF_ANOTHER = Pattern.compile("(?i)\\b(?:legation|embassy|consulate|representation) of (?:the )?(?!united states|u\\.s\\.)\\p{L}");
    private static final Pattern ADJECTIVE = Pattern.compile("(\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)?)\\s+(?i:legations?|embass(?:y|ies)|consulates?|consular|liaison office|interests? section)\\b");
    private static final Set<String> NOT_FOREIGN = Set.of("american", "u.s.", "us", "united states", "states", "diplomatic", "special",
            "subordinate", "additional", "first", "other", "permanent", "full", "official", "the", "of", "elevation", "establishment",
            "closure", "opening", "reopening", "re-opening", "suspension", "closing", "america", "status", "embassy", "legation");
    private static final Set<String> NOT_A_PLACE = Set.of("status", "operations", "staff", "reopened", "closed", "established", "opened",
            "moved", "moves", "returned", "raised", "transferred", "reestablished", "re-opened", "reopens", "the", "in", "at",
            "minister", "ambassador", "chargé", "charge");
    /** A name that runs into one of these is another mission ("the Belgian Embassy"), not a place. */
    private static final Set<String> MISSION_WORDS = Set.of("embassy", "legation", "consulate", "liaison", "interests", "mission");
    private static final Pattern PROTECTOR = Pattern.compile(
            "(?:protection of the|(?:in|at) the|as part of the)\\s+(\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)*)\\s+(?:Government|Embassy)");
    private static final Map<String, String> POWERS = Map.ofEntries(Map.entry("swiss", "switzerland"),
            Map.entry("switzerland", "switzerland"), Map.entry("spanish", "spain"), Map.entry("belgian", "belgium"),
            Map.entry("netherlands", "netherlands"), Map.entry("dutch", "netherlands"), Map.entry("italian", "italy"),
            Map.entry("swedish", "sweden"), Map.entry("french", "france"), Map.entry("british", "united-kingdom"),
            Map.entry("united arab emirates", "united-arab-emirates"), Map.entry("czechoslovak", "czechoslovakia"),
            Map.entry("polish", "poland"), Map.entry("indian", "india"), Map.entry("pakistani", "pakistan"),
            Map.entry("danish", "denmark"), Map.entry("austrian", "austria"), Map.entry("german", "germany"),
            Map.entry("canadian", "canada"), Map.entry("australian", "australia"), Map.entry("japanese", "japan"));

    private MissionClauseReader() {}

    /** True if the clause is about the other state's mission in the United States. */
    static boolean foreign(String clause) {
        if (FOREIGN_PLACE.matcher(clause).find() || OF_ANOTHER.matcher(clause).find()) {
            return true;
        }
        Matcher a = ADJECTIVE.matcher(clause);
        while (a.find()) {
            String words = a.group(1).toLowerCase(Locale.ROOT);
            String last = words.substring(words.lastIndexOf(' ') + 1);
            if (NOT_FOREIGN.contains(words) || NOT_FOREIGN.contains(last)) {
                continue;
            }
            if (last.matches(".*(?:an|ese|ish|ch|i|ic|ss|ovak)") || words.equals("new zealand")) {
                return true;
            }
        }
        return false;
    }

    /** Where a mission sits: the place the clause names, else one the evidence sentences name; null if none or a country. */
    static String site(String clause, EntryText text, Pattern evidence, Set<String> countries) {
        String moved = group(MOVED_TO, clause);
        if (moved != null) {
            return place(moved, countries);
        }
        String named = firstPlace(clause, countries);
        if (named != null) {
            return named;
        }
        List<String> sentences = text.sentences();
        for (int i = 1; i < sentences.size(); i++) {
            if (evidence.matcher(sentences.get(i)).find()) {
                String p = firstPlace(sentences.get(i), countries);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The place a move started from ("from Bonn to Berlin"), or null. */
    static String movedFrom(String clause, Set<String> countries) {
        String from = group(MOVED_FROM, clause);
        return from == null ? null : place(from, countries);
    }

    /** The state slug of the protecting power an interests-section sentence names, or null. */
    static String protectingPower(EntryText text, Pattern evidence) {
        for (String sentence : text.sentences()) {
            if (!evidence.matcher(sentence).find()) {
                continue;
            }
            Matcher m = PROTECTOR.matcher(sentence);
            while (m.find()) {
                String power = POWERS.get(m.group(1).toLowerCase(Locale.ROOT));
                if (power != null) {
                    return power;
                }
            }
        }
        return null;
    }

    /** The first place a mission noun is followed by; "the Belgian Embassy in Tripoli" gives Tripoli, not "Belgian". */
    private static String firstPlace(String text, Set<String> countries) {
        for (Pattern p : List.of(IN_PLACE, NOUN_PLACE)) {
            Matcher m = p.matcher(text);
            int from = 0;
            while (from < text.length() && m.find(from)) {
                String place = place(m.group(1), countries);
                if (place != null) {
                    return place;
                }
                from = m.start(1) > from ? m.start(1) : m.end();
            }
        }
        return null;
    }

    /** A place name without parentheses and trailing words; null if it names a country or is no place. */
    private static String place(String raw, Set<String> countries) {
        String name = raw.replaceFirst("\\s*\\(.*$", "").replaceFirst("[.,;]+$", "").strip();
        String[] words = name.split("\\s+");
        StringBuilder kept = new StringBuilder();
        for (String w : words) {
            String word = w.toLowerCase(Locale.ROOT);
            if (MISSION_WORDS.contains(word)) {
                return null;
            }
            if (NOT_A_PLACE.contains(word)) {
                break;
            }
            kept.append(kept.length() == 0 ? "" : " ").append(w);
        }
        String place = kept.toString();
        String key = place.toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
        if (place.isEmpty() || countries.contains(key) || key.equals("united states") || key.equals("u.s.")) {
            return null;
        }
        return place;
    }

    private static String group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
