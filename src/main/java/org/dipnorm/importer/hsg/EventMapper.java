package org.dipnorm.importer.hsg;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dipnorm.vocab.ST;

/**
 * Turns the entries of an article into events: classifies each heading, keeps a second event of
 * a heading only when the entry's text speaks of it, and dates every event.
 */
final class EventMapper {
    private final Set<String> countries;
    private final ImportSummary summary;

    /**
     * @param countries the lower-case names of every country of the record, which are not mission sites
     * @param summary where counts, unclassified headings and warnings go
     */
    EventMapper(Set<String> countries, ImportSummary summary) {
        this.countries = Set.copyOf(countries);
        this.summary = summary;
    }

    List<HsgEvent> map(RdcrArticle article) {
        List<HsgEvent> events = new ArrayList<>();
        for (RdcrEntry entry : article.entries()) {
            events.addAll(map(article, entry));
        }
        return events;
    }

    List<HsgEvent> map(RdcrArticle article, RdcrEntry entry) {
        summary.entryRead();
        if (entry.heading().isBlank() && entry.paragraphs().isEmpty()) {
            summary.unclassified(entry, "empty entry");
            return List.of();
        }
        List<HeadingRules.Match> matches = HeadingRules.classify(entry);
        if (matches.isEmpty()) {
            summary.unclassified(entry, entry.heading().isBlank() ? "no heading" : entry.heading());
            return List.of();
        }
        summary.classified();
        if (saysNothingHappened(entry, matches)) {
            summary.nothingHappened(entry);
            return List.of();
        }
        EntryText text = EntryText.of(entry);
        Optional<EntryDateMapper.HeadingYears> years = EntryDateMapper.headingYears(entry);
        years.map(EntryDateMapper.HeadingYears::warning).filter(w -> w != null)
                .ifPresent(w -> summary.warn(article.file() + ":" + entry.line() + ": " + w));
        List<HsgEvent> events = new ArrayList<>();
        for (HeadingRules.Match match : matches) {
            HeadingRule rule = match.rule();
            if (!events.isEmpty() && !rule.evidence().matcher(entry.text()).find()) {
                summary.secondEventNotInText(entry, rule);
                continue;
            }
            Optional<EventTime> time = EntryDateMapper.date(text, years, rule.evidence(), events.isEmpty());
            if (time.isEmpty()) {
                summary.undated(entry);
                continue;
            }
            events.add(event(article, entry, events.size() + 1, match, time.get(), text));
        }
        return events;
    }

    private HsgEvent event(RdcrArticle article, RdcrEntry entry, int k, HeadingRules.Match match, EventTime time, EntryText text) {
        HeadingRule rule = match.rule();
        MissionKind kind = rule.mission() != null ? rule.mission() : missionOf(rule, match.clause());
        if (kind == null) {
            return new HsgEvent(article, entry, k, rule, match.clause(), time, null, false, null, null, null);
        }
        boolean foreign = MissionClauseReader.foreign(match.clause());
        String site = MissionClauseReader.site(match.clause(), text, rule.evidence(), countries);
        String from = rule.stepType().equals(ST.MISSION_MOVED) ? MissionClauseReader.movedFrom(match.clause(), countries) : null;
        String power = kind == MissionKind.INTERESTS_SECTION ? MissionClauseReader.protectingPower(text, rule.evidence()) : null;
        return new HsgEvent(article, entry, k, rule, match.clause(), time, kind, foreign, site, from, power);
    }

    /**
     * True for an entry that records an absence ("never established diplomatic relations", "maintains
     * no official presence") under a heading that would otherwise read as an establishment.
     */
    static boolean saysNothingHappened(RdcrEntry entry, List<HeadingRules.Match> matches) {
        boolean weak = matches.stream().allMatch(m -> m.rule().stepType().equals(ST.RELATIONS_ESTABLISHED)
                || m.rule().stepType().equals(ST.CONTEXT) || HeadingRules.SECTIONS.contains(m.rule()));
        return weak && NOTHING.matcher(entry.text()).find();
    }

    private static final java.util.regex.Pattern NOTHING = java.util.regex.Pattern.compile("(?i)\\bnever (?:established|opened|exchanged)\\b"
            + "|\\bmaintains no official presence\\b|\\bno (?:diplomatic|consular) (?:relations|presence)\\b");

    /** The mission a closing, reopening or move names; null for events that are not about a mission. */
    private static MissionKind missionOf(HeadingRule rule, String clause) {
        var type = rule.stepType();
        if (type.equals(ST.MISSION_CLOSED) || type.equals(ST.MISSION_REOPENED) || type.equals(ST.MISSION_MOVED)) {
            MissionKind named = MissionKind.named(clause);
            return named == null ? MissionKind.MISSION : named;
        }
        return null;
    }
}
