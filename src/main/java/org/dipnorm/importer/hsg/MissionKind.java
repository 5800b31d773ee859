package org.dipnorm.importer.hsg;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.dipnorm.vocab.DIPN;

/** The kinds of mission the record names, with their class and the key used in mission IRIs. */
public enum MissionKind {
    EMBASSY(DIPN.Embassy, "embassy", "Embassy"),
    LEGATION(DIPN.Legation, "legation", "Legation"),
    LIAISON_OFFICE(DIPN.LiaisonOffice, "liaison-office", "Liaison Office"),
    INTERESTS_SECTION(DIPN.InterestsSection, "interests-section", "Interests Section"),
    REPRESENTATIVE_OFFICE(DIPN.RepresentativeOffice, "representative-office", "Representative Office"),
    CONSULATE(DIPN.ConsularPost, "consulate", "Consulate"),
    /** A "diplomatic mission" of unstated rank. */
    MISSION(DIPN.DiplomaticMission, "mission", "Diplomatic Mission");

    private static final Pattern NOUN = Pattern.compile(
            "\\b(embass(?:y|ies)|legations?|liaison office|interests? section|office of the u\\.s\\. representative|consul\\w*|(?:diplomatic )?mission)\\b",
            Pattern.CASE_INSENSITIVE);

    private final Resource type;
    private final String key;
    private final String label;

    MissionKind(Resource type, String key, String label) {
        this.type = type;
        this.key = key;
        this.label = label;
    }

    public Resource type() {
        return type;
    }

    /** The part of a mission IRI naming its kind: {@code msn:united-states-embassy-beijing}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** True for offices that stand in for an embassy where relations are lacking. */
    public boolean isInterim() {
        return this == LIAISON_OFFICE || this == INTERESTS_SECTION || this == REPRESENTATIVE_OFFICE;
    }

    /** The kind of the first mission noun in {@code text}, or null. */
    public static MissionKind named(String text) {
        Matcher m = NOUN.matcher(text);
        if (!m.find()) {
            return null;
        }
        String noun = m.group(1).toLowerCase(Locale.ROOT);
        if (noun.startsWith("embass")) {
            return EMBASSY;
        }
        if (noun.startsWith("legation")) {
            return LEGATION;
        }
        if (noun.startsWith("liaison")) {
            return LIAISON_OFFICE;
        }
        if (noun.startsWith("interest")) {
            return INTERESTS_SECTION;
        }
        if (noun.startsWith("office")) {
            return REPRESENTATIVE_OFFICE;
        }
        if (noun.startsWith("consul")) {
            return CONSULATE;
        }
        return MISSION;
    }
}
