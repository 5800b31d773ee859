package org.dipnorm.importer.hsg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.dipnorm.vocab.OC;
import org.dipnorm.vocab.ST;

/**
 * Finds normalization processes in one state's dated events. A process opens with a rupture
 * (relations severed, interrupted or downgraded, a U.S. mission closed) or, where relations were
 * lacking without a recorded break, with an interim office (liaison office, interests section,
 * representative office — China 1973). It gathers the interim offices that follow and ends with the
 * first restoration (relations resumed or established, a mission reopened, an embassy or legation
 * opened), together with the restoration steps of the next twelve months, such as the closing of the
 * embassy in Taipei and the opening of the one in Beijing in 1979. A rupture followed by neither an
 * interim office nor a restoration is not a process.
 *
 * <p>What is not a rupture or a restoration, as a historian reads the record:
 * <ul>
 * <li>relations begun in the entry that records the break concern another state (relations with
 * Syria ended and relations with the United Arab Republic began): neither a restoration nor a step;
 * <li>where an article covers two states at once ({@link StateDesignations}: North and South Yemen),
 * a rupture is restored only by the same state, so relations established with the new South Yemen
 * in 1967 do not restore those North Yemen broke off that year;
 * <li>a mission accredited to a government in exile ("the Legation near the Government of Norway in
 * London") shows that relations went on: the closing of the mission in the occupied capital before
 * it is not a rupture, nor is the exile mission, or its end, a restoration or a rupture.
 * </ul>
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
    /** An entry about a U.S. mission to a government that left its country. */
    static final Pattern EXILE = Pattern.compile("near the government|governments?[- ]in[- ]exile|exile governments?"
            + "|government (?:of [\\p{L} ]+? )?(?:established )?in (?:england|london|the united kingdom|canada|exile)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
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

    /** A process being gathered: its steps, and the restoration once it came. */
    private static final class Open {
        final List<HsgEvent> steps = new ArrayList<>();
        HsgEvent restored;

        boolean has(RdcrEntry entry) {
            return steps.stream().anyMatch(s -> s.entry() == entry);
        }
    }

    private PrecedentFinder() {}

    /** The processes in the events of one state, which must be sorted by date. */
    static List<Precedent> find(String slug, List<HsgEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        StateDesignations states = StateDesignations.of(events.get(0).article());
        Map<String, Open> open = new LinkedHashMap<>();
        List<List<HsgEvent>> found = new ArrayList<>();
        for (HsgEvent e : events) {
            Resource type = e.stepType();
            boolean exile = EXILE.matcher(e.entry().heading()).find() || EXILE.matcher(e.entry().text()).find();
            boolean rupture = RUPTURES.contains(type) && !(type.equals(ST.MISSION_CLOSED) && (e.foreign() || exile));
            boolean restoration = RESTORATIONS.contains(type) && !exile;
            for (var it = open.values().iterator(); it.hasNext();) {
                Open o = it.next();
                if (o.restored != null && e.time().earliest().isAfter(o.restored.time().earliest().plusDays(WINDOW_DAYS))) {
                    found.add(o.steps);
                    it.remove();
                }
            }
            String state = stateOf(e, states, open);
            Open o = open.get(state);
            if (o != null && o.restored != null) {
                if (restoration || type.equals(ST.MISSION_CLOSED) && !e.foreign() || rupture && o.has(e.entry())) {
                    o.steps.add(e);
                    continue;
                }
                found.add(o.steps);
                open.remove(state);
                o = null;
            }
            if (exile && o != null && o.steps.stream().allMatch(s -> s.stepType().equals(ST.MISSION_CLOSED))) {
                open.remove(state); // the mission followed the government into exile: relations went on
                continue;
            }
            if (rupture || INTERIM.contains(type)) {
                if (o == null) {
                    o = new Open();
                    open.put(state, o);
                }
                o.steps.add(e);
            } else if (o != null && restoration) {
                boolean brokenHere = o.steps.stream().anyMatch(s -> s.entry() == e.entry() && RUPTURES.contains(s.stepType()));
                if (!brokenHere) {
                    o.steps.add(e);
                    o.restored = e;
                }
            } else if (o != null && ALONG_THE_WAY.contains(type)) {
                o.steps.add(e);
            }
        }
        open.values().forEach(o -> found.add(o.steps));
        found.sort(Comparator.comparing((List<HsgEvent> steps) -> steps.get(0).time().earliest())
                .thenComparing(steps -> steps.get(0).entry().number()).thenComparing(steps -> steps.get(0).k()));
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

    /**
     * The key of the state an event is about: its designation where the article tells states apart;
     * else the state of the process opened last, or "" for the one state of the article.
     */
    private static String stateOf(HsgEvent e, StateDesignations states, Map<String, Open> open) {
        String named = states.of(e);
        if (named != null) {
            return named;
        }
        String last = "";
        for (String key : open.keySet()) {
            last = key;
        }
        return last;
    }

    /** "1961–2015" for a summary or a label. */
    static String years(Precedent p) {
        LocalDate from = p.first().time().earliest();
        LocalDate to = p.steps().get(p.steps().size() - 1).time().earliest();
        return from.getYear() == to.getYear() ? Integer.toString(from.getYear()) : from.getYear() + "–" + to.getYear();
    }
}
