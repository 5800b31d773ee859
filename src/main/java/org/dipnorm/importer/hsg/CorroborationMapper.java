package org.dipnorm.importer.hsg;

import static org.dipnorm.importer.hsg.HsgGraph.en;
import static org.dipnorm.importer.hsg.HsgGraph.iri;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.dipnorm.vocab.DIPN;
import org.dipnorm.vocab.PROV;
import org.dipnorm.vocab.ST;

/**
 * Compares what the import read with what is already known. An imported event and a curated one
 * with the same parties and step type whose dates overlap describe one event: they are linked with
 * {@code skos:closeMatch}. Where they are within two months but on different days, or where rdcr
 * and pocom differ about a chief of mission (the day they took charge, or who it was), a
 * {@code dipn:Disagreement} records both sides with their attestations.
 */
final class CorroborationMapper {
    private static final long NEAR_DAYS = 60;
    private static final Set<Resource> CHIEF_EVENTS = Set.of(ST.RELATIONS_ESTABLISHED, ST.RELATIONS_RESUMED,
            ST.EMBASSY_OPENED, ST.MISSION_REOPENED, ST.LEGATION_OPENED, ST.LEGATION_RAISED_TO_EMBASSY,
            ST.LIAISON_OFFICE_OPENED, ST.INTERESTS_SECTION_OPENED, ST.REPRESENTATIVE_OFFICE_OPENED,
            ST.AMBASSADOR_ACCREDITED, ST.CHIEF_OF_MISSION_EVENT, ST.REPRESENTATION);
    private static final Pattern NAMED_HEAD = Pattern.compile("\\bwith (?:(?:U\\.S\\. )?(?:Ambassador|Chargé d’Affaires(?: ad interim)?)\\s+)?"
            + "(\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){1,3}),?\\s+(?:as|serving as)\\s+(?:the\\s+|its\\s+)?"
            + "(Charg[eé]|Ambassador|Minister|Envoy|Principal Officer|Director|Chief)");
    private static final Pattern TITLE = Pattern.compile("Charg[eé]|Ambassador|Minister|Envoy|Principal Officer|Director|Chief of");

    private final HsgGraph g;
    private final CuratedFacts curated;
    private final ImportSummary summary;
    private final Set<String> written = new HashSet<>();

    CorroborationMapper(HsgGraph g, CuratedFacts curated, ImportSummary summary) {
        this.g = g;
        this.curated = curated;
        this.summary = summary;
    }

    /** Links imported events to the curated events they match; records near misses. */
    void events(List<HsgEvent> events) {
        for (HsgEvent e : events) {
            for (CuratedFacts.Event c : curated.events()) {
                if (!same(e.stepType(), c.type()) || !c.participants().equals(Set.of(HsgGraph.UNITED_STATES, HsgGraph.state(e.slug())))) {
                    continue;
                }
                Node evt = iri("event", e.key());
                boolean overlap = !e.time().latest().isBefore(c.earliest()) && !c.latest().isBefore(e.time().earliest());
                if (overlap) {
                    g.add(evt, SKOS.closeMatch, c.iri());
                    summary.corroborated();
                } else if (isDay(e.time().earliest(), e.time().latest()) && isDay(c.earliest(), c.latest())
                        && Math.abs(ChronoUnit.DAYS.between(e.time().earliest(), c.earliest())) <= NEAR_DAYS) {
                    List<Node> sides = new ArrayList<>(List.of(evt, c.iri()));
                    List<Node> evidence = new ArrayList<>(List.of(EventWriter.attestation(e.entry())));
                    evidence.addAll(c.attestations());
                    disagreement(e.key() + "-curated-" + local(c.iri()),
                            "The Office of the Historian's record and the curated data give different days for one event",
                            "rdcr " + e.entry().key() + " dates it " + e.time().earliest() + "; the curated event "
                                    + local(c.iri()) + " has " + c.earliest() + ".", sides, evidence);
                }
            }
        }
    }

    /**
     * Compares rdcr events that name a chief of mission with pocom: same day, an {@code dipn:concerns}
     * link from the event to the appointment; another day within two months, or another person, a disagreement.
     */
    void chiefs(List<HsgEvent> events, List<ChiefMapper.Appointment> appointments) {
        Map<String, List<ChiefMapper.Appointment>> byState = new java.util.HashMap<>();
        appointments.forEach(a -> byState.computeIfAbsent(a.state(), k -> new ArrayList<>()).add(a));
        for (HsgEvent e : events) {
            if (!CHIEF_EVENTS.contains(e.stepType()) || !isDay(e.time().earliest(), e.time().latest())) {
                continue;
            }
            LocalDate day = e.time().earliest();
            String text = e.entry().text();
            List<ChiefMapper.Appointment> chiefs = byState.getOrDefault(e.slug(), List.of());
            for (ChiefMapper.Appointment a : chiefs) {
                if (a.started() == null || a.started().precision() != SourceDate.Precision.DAY || !names(text, a.person())
                        || !sameRole(roleNear(text, a.person().surname()), a.chief().roleId())) {
                    continue;
                }
                LocalDate started = a.started().earliest();
                long apart = Math.abs(ChronoUnit.DAYS.between(day, started));
                if (apart == 0) {
                    g.add(iri("event", e.key()), DIPN.CONCERNS, ChiefWriter.membership(a.chief()));
                } else if (apart <= NEAR_DAYS && !written(e, started)
                        && sameAct(e.stepType(), text, a.person().surname(), a.chief().roleId())) {
                    disagreement(e.entry().slug() + "-" + e.entry().number() + "-" + a.chief().id(),
                            "rdcr and pocom give different days for " + a.person().name() + " taking charge",
                            "rdcr " + e.entry().key() + " dates the event " + day + " and names " + a.person().name()
                                    + "; pocom " + a.chief().id() + " has " + a.person().name() + " starting " + started + ".",
                            List.of(iri("event", e.key()), ChiefWriter.membership(a.chief())),
                            List.of(EventWriter.attestation(e.entry()), ChiefWriter.attestation(a.chief())));
                }
            }
            Matcher head = NAMED_HEAD.matcher(text);
            while (head.find()) {
                String named = head.group(1);
                String surname = named.substring(named.lastIndexOf(' ') + 1);
                String role = role(head.group(2));
                List<ChiefMapper.Appointment> serving = chiefs.stream()
                        .filter(a -> serving(a, day) && sameRole(role, a.chief().roleId())).toList();
                if (!serving.isEmpty() && serving.stream().noneMatch(a -> a.person().surname().equals(surname))) {
                    ChiefMapper.Appointment other = serving.get(0);
                    disagreement(e.entry().slug() + "-" + e.entry().number() + "-not-" + other.chief().id(),
                            "rdcr and pocom name different chiefs of mission",
                            "rdcr " + e.entry().key() + " names " + named + " on " + day + "; pocom has " + other.person().name()
                                    + " (" + other.chief().id() + ") in charge then.",
                            List.of(iri("event", e.key()), ChiefWriter.membership(other.chief())),
                            List.of(EventWriter.attestation(e.entry()), ChiefWriter.attestation(other.chief())));
                }
            }
        }
    }

    /** Memberships the curated data states with another mission or other dates; their differences are recorded. */
    Set<String> withheldMemberships(List<ChiefMapper.Appointment> appointments) {
        Set<String> withheld = new HashSet<>();
        for (ChiefMapper.Appointment a : appointments) {
            CuratedFacts.Membership m = curated.memberships().get(ChiefWriter.membership(a.chief()));
            if (m == null) {
                continue;
            }
            Node mission = EventWriter.mission(a.mission());
            LocalDate begin = a.started() != null ? a.started().earliest() : null;
            LocalDate end = a.ended() != null ? a.ended().latest() : null;
            boolean sameMission = m.organization().equals(mission);
            boolean sameTime = java.util.Objects.equals(m.earliest(), begin) && java.util.Objects.equals(m.latest(), end);
            if (!sameMission || !sameTime) {
                withheld.add(a.chief().id());
                disagreement(a.chief().id() + "-curated", "The curated data and pocom differ about an appointment",
                        "pocom gives " + a.chief().id() + " as " + local(mission) + " from " + begin + " to " + end
                                + "; the curated data has " + local(m.organization()) + " from " + m.earliest() + " to " + m.latest() + ".",
                        List.of(ChiefWriter.membership(a.chief())), List.of(ChiefWriter.attestation(a.chief())));
            }
        }
        return withheld;
    }

    private void disagreement(String key, String label, String note, List<Node> sides, List<Node> evidence) {
        if (!written.add(key)) {
            return;
        }
        Node d = iri("disagreement", key);
        g.type(d, DIPN.Disagreement);
        g.label(d, label);
        g.add(d, SKOS.note, en(note));
        sides.forEach(s -> g.add(d, DIPN.COMPARES, s));
        evidence.forEach(a -> g.add(d, DIPN.ATTESTED_BY, a));
        g.add(d, PROV.wasGeneratedBy, HsgGraph.ACTIVITY);
        summary.disagreement();
    }

    /** Serving on that day by pocom's own start and end (an open-ended appointment is not taken to cover it). */
    private static boolean serving(ChiefMapper.Appointment a, LocalDate day) {
        return a.started() != null && a.ended() != null && !day.isBefore(a.started().earliest()) && !day.isAfter(a.ended().latest());
    }

    /** The title the text gives a person, from the words around their surname: "charge", "ambassador", "minister"… or null. */
    private static String roleNear(String text, String surname) {
        Matcher m = word(surname).matcher(text);
        String best = null;
        int distance = Integer.MAX_VALUE;
        while (m.find()) {
            Matcher r = TITLE.matcher(text);
            while (r.find()) {
                int d = r.start() > m.end() ? r.start() - m.end() : m.start() - r.end();
                if (d >= 0 && d < 80 && d < distance) {
                    distance = d;
                    best = role(r.group());
                }
            }
        }
        return best;
    }

    private static String role(String words) {
        String w = words.toLowerCase(java.util.Locale.ROOT);
        if (w.startsWith("charg")) {
            return "charge";
        }
        if (w.startsWith("ambassador")) {
            return "ambassador";
        }
        if (w.startsWith("minister") || w.startsWith("envoy")) {
            return "minister";
        }
        if (w.startsWith("principal")) {
            return "principal-officer";
        }
        return w.startsWith("director") || w.startsWith("chief") ? "director" : null;
    }

    /** True if pocom's role id is of the title the text gives (null: the text gives none, so nothing to compare). */
    private static boolean sameRole(String role, String roleId) {
        if (role == null) {
            return false;
        }
        return switch (role) {
            case "director" -> roleId.equals("director") || roleId.equals("chief");
            case "minister" -> roleId.startsWith("minister") || roleId.startsWith("envoy");
            default -> roleId.startsWith(role);
        };
    }

    /**
     * True if the rdcr event and pocom's start date record the same act, so that different days are
     * a disagreement. pocom starts an ambassador, envoy or minister on the day they presented their
     * credentials; an embassy opening, an elevation or the establishment of relations on another day
     * is another event, not a contradiction. Such a start is compared only with an accreditation, or
     * with an entry that speaks of that person's credentials. A chargé d'affaires, chief or principal
     * officer starts when they take charge, which is what rdcr dates when it names them (as before).
     */
    static boolean sameAct(Resource stepType, String text, String surname, String roleId) {
        boolean credentialed = roleId.startsWith("ambassador") || roleId.startsWith("envoy") || roleId.startsWith("minister");
        if (!credentialed || stepType.equals(ST.AMBASSADOR_ACCREDITED)) {
            return true;
        }
        Matcher name = word(surname).matcher(text);
        while (name.find()) {
            Matcher c = CREDENTIALS.matcher(text);
            while (c.find()) {
                int d = c.start() > name.end() ? c.start() - name.end() : name.start() - c.end();
                if (d >= 0 && d < 80) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern CREDENTIALS = Pattern.compile("credentials", Pattern.CASE_INSENSITIVE);

    /** True if the entry writes the pocom date itself (then it is not a disagreement). */
    private static boolean written(HsgEvent e, LocalDate day) {
        return EntryText.of(e.entry()).mentions().stream().anyMatch(m -> m.date().precision() == SourceDate.Precision.DAY
                && m.date().earliest().equals(day));
    }

    private static boolean names(String text, PocomPerson p) {
        return !p.surname().isBlank() && word(p.surname()).matcher(text).find();
    }

    /** A surname as a whole word; compiled once per name (the same names are looked for in many entries). */
    private static Pattern word(String name) {
        return WORDS.computeIfAbsent(name, n -> Pattern.compile("\\b" + Pattern.quote(n) + "\\b"));
    }

    private static final java.util.Map<String, Pattern> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean isDay(LocalDate earliest, LocalDate latest) {
        return earliest.equals(latest);
    }

    /** Step types that name the same kind of event in the record and in the curated data. */
    private static boolean same(Resource a, Resource b) {
        return a.equals(b) || group(a) != 0 && group(a) == group(b);
    }

    private static int group(Resource t) {
        if (t.equals(ST.RELATIONS_ESTABLISHED) || t.equals(ST.RELATIONS_RESUMED)) {
            return 1;
        }
        if (t.equals(ST.EMBASSY_OPENED) || t.equals(ST.MISSION_REOPENED) || t.equals(ST.LEGATION_RAISED_TO_EMBASSY)) {
            return 2;
        }
        return 0;
    }

    private static String local(Node iri) {
        String s = iri.getURI();
        return s.substring(s.lastIndexOf('/') + 1);
    }
}
