package org.dipnorm.importer.hsg;

import static org.dipnorm.importer.hsg.HeadingRule.of;
import static org.dipnorm.importer.hsg.MissionKind.CONSULATE;
import static org.dipnorm.importer.hsg.MissionKind.EMBASSY;
import static org.dipnorm.importer.hsg.MissionKind.INTERESTS_SECTION;
import static org.dipnorm.importer.hsg.MissionKind.LEGATION;
import static org.dipnorm.importer.hsg.MissionKind.LIAISON_OFFICE;
import static org.dipnorm.importer.hsg.MissionKind.MISSION;
import static org.dipnorm.importer.hsg.MissionKind.REPRESENTATIVE_OFFICE;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dipnorm.vocab.ST;

/**
 * The heading classification: which events an rdcr heading names. A heading is cut into clauses
 * ("Establishment of Diplomatic Relations | and the American Embassy in Ghana"); each clause takes
 * the first rule of {@link #RULES} it matches, so one heading can name two events. A clause with
 * no verb of its own borrows the one before it ("Establishment of … and [Establishment of] the
 * American Embassy"). {@link #CONTEXT} applies only when no clause matched, and {@link #SECTIONS}
 * only when the heading says nothing the table knows (a "Consular Presence" entry headed "Hilo.").
 */
public final class HeadingRules {
    private static final String MISSIONS = "(?:embass|legation|mission|liaison office|interests? section)";

    /** The table, in order of precedence: read it top to bottom. */
    public static final List<HeadingRule> RULES = List.of(
            // nothing happened ("No Diplomatic Relations Established", "No Consular Presence")
            of("nothing happened", "^no\\b|anniversary", ST.CONTEXT, "."),
            // recognition withdrawn or refused, before plain recognition
            of("recognition withdrawn", "recognition\\b.*\\bwithdrawn|withdr\\w* (?:of )?(?:its |u\\.s\\. )?recognition",
                    ST.RECOGNITION_WITHDRAWN, "withdr|recogni"),
            of("non-recognition", "non-?recognition", ST.CONTEXT, "recogni"),
            // ruptures
            of("relations severed", "\\bsever", ST.RELATIONS_SEVERED, "sever|broke|break"),
            of("relations interrupted",
                    "relations\\b.*\\b(?:interrupted|ended|suspended|terminated|ceased)|(?:interruption|suspension|termination|cessation|end) of\\b.*\\brelations",
                    ST.RELATIONS_INTERRUPTED, "interrupt|suspend|ceas|ended|end of|terminat|withdr|evacuat|clos|broke"),
            of("relations downgraded",
                    "ambassadors?\\b.*\\b(?:recalled|expelled|withdrawn)|withdrawal of (?:the )?ambassadors?|recall of\\b.*\\bambassador|relations altered|downgrad|^relations from \\d{4} to \\d{4}",
                    ST.RELATIONS_DOWNGRADED, "recall|expel|withdr|downgrad|reduc|clos|alter"),
            // restorations and establishments of relations
            of("ambassadorial relations restored", "ambassadorial relations (?:resumed|restored)", ST.RELATIONS_RESUMED,
                    "ambassador|credentials|resum|restor"),
            of("ambassadorial relations established", "ambassadorial relations", ST.AMBASSADOR_ACCREDITED, "ambassador|credentials"),
            of("consular relations", "consular relations", ST.CONSULAR_RELATIONS_ESTABLISHED, "consul"),
            of("relations resumed",
                    "relations\\b.*\\b(?:resumed|re-?established|restored|normalized|renewed|re-?opened)|(?:resumption|re-?establishment|restoration|renewal|re-?opening) of\\b.*\\brelations",
                    ST.RELATIONS_RESUMED, "resum|re-?establish|restor|renew|normal|credentials|recogni|re-?open"),
            of("relations established",
                    "(?:establishment|establishing|opening|beginning) of\\b.*\\brelations|relations\\b.*\\b(?:established|begin|began|opened)",
                    ST.RELATIONS_ESTABLISHED, "relations|establish|credentials|recogni"),
            // missions raised in rank
            of("legation raised to embassy",
                    "legation\\b.*\\b(?:embassy|ambassador)|(?:elevat|rais|upgrad)\\w*\\b.*\\blegation",
                    ST.LEGATION_RAISED_TO_EMBASSY, "embassy|ambassador|elevat|raised", EMBASSY),
            of("raised to embassy", "(?:elevat|rais|upgrad|convert)\\w*\\b.*\\bembassy|embassy status", ST.EMBASSY_OPENED,
                    "embass", EMBASSY),
            of("consulate raised", "(?:elevat|rais|upgrad)\\w*\\b.*\\bconsul", ST.REPRESENTATION, "consul", CONSULATE),
            // mission lifecycle
            of("consulate closed", "clos\\w*\\b.*\\bconsul|consul\\w*\\b.*\\bclosed", ST.CONSULATE_CLOSED, "clos", CONSULATE),
            of("mission closed",
                    "(?:clos(?:ure|ing|ed)|suspen\\w*|terminat\\w*|shut|evacuat\\w*)\\b.*\\b" + MISSIONS + "|" + MISSIONS + "\\w*\\b.*\\b(?:closed|suspended|terminated|withdrawn)",
                    ST.MISSION_CLOSED, "clos|suspend|terminat|evacuat|withdr|left", null),
            of("mission reopened",
                    "(?:re-?open\\w*|re-?establish\\w*|re-?designat\\w*|resum\\w*)\\b.*\\b" + MISSIONS + "|" + MISSIONS + "\\w*\\b.*\\b(?:re-?open(?:ed|s)?|re-?established|resumed)",
                    ST.MISSION_REOPENED, "re-?open|re-?establish|resum|re-?designat", null),
            of("mission moved",
                    MISSIONS + "\\w*\\b.*\\b(?:moved?|moves|transferred|returned|returns)\\b|(?:move|movement|transfer|return|relocation) of\\b.*\\b" + MISSIONS,
                    ST.MISSION_MOVED, "\\bmov|transfer|return|relocat|establish|opened", null),
            // interim offices
            of("interests section", "interests? section", ST.INTERESTS_SECTION_OPENED, "interests? section", INTERESTS_SECTION),
            of("liaison office", "liaison office", ST.LIAISON_OFFICE_OPENED, "liaison", LIAISON_OFFICE),
            of("representative office", "office of the (?:u\\.s\\. )?representative", ST.REPRESENTATIVE_OFFICE_OPENED,
                    "office|representative", REPRESENTATIVE_OFFICE),
            // missions opened
            of("embassy opened", "(?:establish\\w*|open\\w*|creat\\w*)\\b.*\\bembass|embass\\w*\\b.*\\b(?:established|opened)",
                    ST.EMBASSY_OPENED, "embass", EMBASSY),
            of("legation opened", "(?:establish\\w*|open\\w*|creat\\w*)\\b.*\\blegation|legations?\\b.*\\b(?:established|opened)",
                    ST.LEGATION_OPENED, "legation|minister|credentials|charg", LEGATION),
            of("mission opened", "(?:establish\\w*|open\\w*)\\b.*\\b(?:mission|diplomatic presence)\\b|\\bmission\\b.*\\bestablished", ST.REPRESENTATION,
                    "mission|credentials|establish", MISSION),
            of("consulate opened",
                    "consul(?:ate|ar post|ar agen|s\\b)|\\bconsul (?:at|appointed|to)|\\bfirst (?:u\\.s\\. )?consul",
                    ST.CONSULATE_OPENED, "consul", CONSULATE),
            // recognition
            of("recognition", "recogn?i?ti?on|recogni[sz]", ST.RECOGNITION_GRANTED, "recogni|acknowledg"),
            // agreements
            of("trade agreement", "trade agreement|commerc\\w* relations treaty", ST.TRADE_AGREEMENT,
                    "sign|conclud|agreement|treaty|entered into force"),
            of("most-favored-nation status", "most-favou?red-nation", ST.ECONOMIC, "most-favou?red|trade|commerc"),
            of("treaty", "treat(?:y|ies)|convention|agreement|compact\\b|protocol|arrangement|accession|article to",
                    ST.TREATY_SIGNED, "sign|conclud|treaty|convention|agreement|ratif|entered into force|accession|accede"),
            // chiefs of mission
            of("violence against the mission", "assassinat|attack|hostage|seizure", ST.CONTEXT, "."),
            of("ambassador accredited",
                    "(?:accreditation|installation|credentials)\\b.*\\bambassador|ambassador\\b.*\\b(?:accredited|credentials|resident)|first (?:american |u\\.s\\. )?ambassador",
                    ST.AMBASSADOR_ACCREDITED, "ambassador|credentials|accredit"),
            of("chief of mission", "\\bambassador|\\bminister\\b|\\benvoy|charg[eé]|representative\\b|representation\\b|accredit|credentials|appointment of",
                    ST.CHIEF_OF_MISSION_EVENT, "ambassador|minister|credentials|appoint|accredit|charg|representative|consul"),
            of("first contact", "first official (?:diplomatic|state-to-state) interaction", ST.DIALOGUE, "interaction|sign|treaty|appoint"));

    /** Applies only when no clause of the heading matched a rule of {@link #RULES}. */
    public static final HeadingRule CONTEXT = of("political context",
            "independen|unific|unit(?:ed|es) with|\\bjoins?\\b|incorporat|dissolution|divi(?:sion|ded)|\\bwars?\\b|hostilities|cold war|coloni"
                    + "|\\bcontrol\\b|establishment of the (?:kingdom|republic|batavian|socialist|federal)|proclamation|formation|demise"
                    + "|revolution|anniversary|\\btrade\\b|commerce|whaling|missionar|sugar|religion|slavery|naval port|relief"
                    + "|summary|disrupting|compensation|expansion of relations|german empire|second reich|confedera|occupation|annex"
                    + "|protectorate|\\bentry\\b|\\bunion\\b|federation|\\bempire\\b|kingdom|republic|accreditation|change|invasion"
                    + "|sovereignty|handled through",
            ST.CONTEXT, ".");

    /** By section heading, for entries whose heading names nothing the table knows. */
    public static final List<HeadingRule> SECTIONS = List.of(
            of("consular presence (section)", "consul", ST.CONSULATE_OPENED, "consul", CONSULATE),
            of("treaties and agreements (section)", "treat|agreement", ST.TREATY_SIGNED, "sign|conclud|treaty|convention|agreement"),
            of("key events (section)", "issues|key diplomatic events|summary|history", ST.CONTEXT, "."));

    private static final Pattern CLAUSE_BREAK = Pattern.compile(",\\s+|\\s+and\\s+|\\s*/\\s*|\\s+&\\s+|;\\s+");
    private static final Pattern VERB = Pattern.compile("^(?:the\\s+)?(\\p{L}[\\p{L}-]*(?:ment|ion|ure|ing|al)\\s+of)\\s", Pattern.CASE_INSENSITIVE);

    private HeadingRules() {}

    /** A rule that matched, with the clause it matched. */
    public record Match(HeadingRule rule, String clause) {}

    /** The events the heading names, in the order it names them; empty if it names none the table knows. */
    public static List<Match> classify(RdcrEntry entry) {
        List<Match> matches = classify(entry.heading());
        if (!matches.isEmpty()) {
            return matches;
        }
        if (!entry.heading().isBlank() || !entry.paragraphs().isEmpty()) {
            for (HeadingRule rule : SECTIONS) {
                if (rule.matches(entry.section())) {
                    return List.of(new Match(rule, entry.heading()));
                }
            }
        }
        return List.of();
    }

    /** Classifies a heading alone (no section fallback). */
    public static List<Match> classify(String heading) {
        List<Match> matches = new ArrayList<>();
        Set<Object> seen = new LinkedHashSet<>();
        String verb = null;
        for (String raw : CLAUSE_BREAK.split(heading)) {
            String clause = raw.strip().replaceFirst("(?i)^and\\s+", "");
            if (clause.isEmpty() || clause.matches("[\\d\\s.–-]+")) {
                continue;
            }
            HeadingRule rule = first(clause);
            if (rule == null && verb != null) {
                clause = verb + " " + clause.replaceFirst("(?i)^the\\s+", "the ");
                rule = first(clause);
            }
            Matcher v = VERB.matcher(clause);
            if (v.find()) {
                verb = v.group(1);
            }
            if (rule != null && seen.add(rule.stepType())) {
                matches.add(new Match(rule, clause));
            }
        }
        if (matches.isEmpty() && CONTEXT.matches(heading)) {
            matches.add(new Match(CONTEXT, heading));
        }
        return matches;
    }

    private static HeadingRule first(String clause) {
        for (HeadingRule rule : RULES) {
            if (rule.matches(clause)) {
                return rule;
            }
        }
        return null;
    }
}
