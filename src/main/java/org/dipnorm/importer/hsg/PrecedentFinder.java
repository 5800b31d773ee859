package org.dipnorm.importer.hsg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.dipnorm.vocab.OC;
import org.dipnorm.vocab.ST;

/**
 * Finds normalization processes in one state's dated events. A process opens with a rupture
 * (relations severed, interrupted or downgraded, a U.S. mission closed) or, where relations were
 * lacking without a recorded break, with an interim office (liaison office, interests section,
 * representative office — China 1973). It gathers the interim offices that follow and ends with the
 * first restoration (relations resumed or established, a mission reopened, an embassy or legation
 * opened — but not in the entry that records the break itself, as when relations with Syria ended
 * and relations with the United Arab Republic began), together with the restoration steps of the
 * next twelve months, such as the closing of the embassy in Taipei and the opening of the one in
 * Beijing in 1979. A rupture followed by neither an interim office nor a restoration is not a process.
 */
final class PrecedentFinder {
    static final Set<Resource> RUPTURES = Set.of(ST.RELATIONS_SEVERED, ST.RELATIONS_INTERRUPTED, ST.RELATIONS_DOWNGRADED,
            ST.MISSION_CLOSED);
    static final Set<Resource> INTERIM = Set.of(ST.LIAISON_OFFICE_OPENED, ST.INTERESTS_SECTION_OPENED,
            ST.REPRESENTATIVE_OFFICE_OPENED);
    static final Set<Resource> RESTORATIONS = Set.of(ST.RELATIONS_RESUMED, ST.RELATIONS_ESTABLISHED, ST.MISSION_REOPENED,
            ST.EMBASSY_OPENED, ST.LEGATION_OPENED);
    /** Steps of an open process that do not restore relations by themselves. */
    static final Set<Resource> ALONG_THE_WAY = Set.of(ST.RECOGNITION_GRANTED, ST.LEGATION_RAISED_TO_EMBASSY);
    private static final int WINDOW_DAYS = 365;

    /** A process found: its key ({@code hsg-us-cuba-1961}), its events in order, and its outcome. */
    record Precedent(String key, String slug, List<HsgEvent> steps, Resource outcome) {
        HsgEvent first() {
            return steps.get(0);
        }

        HsgEvent restoration() {
            return steps.stream().filter(e -> RESTORATIONS.contains(e.stepType())
                    && steps.stream().noneMatch(r -> r.entry() == e.entry() && RUPTURES.contains(r.stepType())))
                    .findFirst().orElse(null);
        }
    }

    private PrecedentFinder() {}

    /** The processes in the events of one state, which must be sorted by date. */
    static List<Precedent> find(String slug, List<HsgEvent> events) {
        List<List<HsgEvent>> found = new ArrayList<>();
        List<HsgEvent> open = null;
        HsgEvent restored = null;
        for (HsgEvent e : events) {
            Resource type = e.stepType();
            boolean rupture = RUPTURES.contains(type) && !(type.equals(ST.MISSION_CLOSED) && e.foreign());
            if (restored != null) {
                boolean inWindow = !e.time().earliest().isAfter(restored.time().earliest().plusDays(WINDOW_DAYS));
                boolean sameEntry = open.stream().anyMatch(s -> s.entry() == e.entry());
                if (inWindow && (RESTORATIONS.contains(type) || type.equals(ST.MISSION_CLOSED) && !e.foreign()
                        || rupture && sameEntry)) {
                    open.add(e);
                    continue;
                }
                found.add(open);
                open = null;
                restored = null;
            }
            if (rupture || INTERIM.contains(type)) {
                if (open == null) {
                    open = new ArrayList<>();
                }
                open.add(e);
            } else if (open != null && RESTORATIONS.contains(type)) {
                open.add(e);
                boolean brokenHere = open.stream().anyMatch(s -> s.entry() == e.entry() && RUPTURES.contains(s.stepType()));
                if (!brokenHere) {
                    restored = e;
                }
            } else if (open != null && ALONG_THE_WAY.contains(type)) {
                open.add(e);
            }
        }
        if (open != null) {
            found.add(open);
        }
        List<Precedent> precedents = new ArrayList<>();
        Map<String, Integer> keys = new HashMap<>();
        for (List<HsgEvent> steps : found) {
            boolean interim = steps.stream().anyMatch(s -> INTERIM.contains(s.stepType()));
            boolean restoration = steps.stream().anyMatch(s -> RESTORATIONS.contains(s.stepType())
                    && steps.stream().noneMatch(r -> r.entry() == s.entry() && RUPTURES.contains(r.stepType())));
            if (!interim && !restoration) {
                continue;
            }
            String key = "hsg-us-" + slug + "-" + steps.get(0).time().earliest().getYear();
            int n = keys.merge(key, 1, Integer::sum);
            precedents.add(new Precedent(n == 1 ? key : key + "-" + n, slug, List.copyOf(steps),
                    restoration ? OC.FULL_RELATIONS : OC.INTERIM_REPRESENTATION));
        }
        return precedents;
    }

    /** "1961–2015" for a summary or a label. */
    static String years(Precedent p) {
        LocalDate from = p.first().time().earliest();
        LocalDate to = p.steps().get(p.steps().size() - 1).time().earliest();
        return from.getYear() == to.getYear() ? Integer.toString(from.getYear()) : from.getYear() + "–" + to.getYear();
    }
}
