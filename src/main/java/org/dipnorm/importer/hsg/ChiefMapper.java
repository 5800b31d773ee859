package org.dipnorm.importer.hsg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;

/**
 * Maps pocom's chiefs of mission to appointments: the person, the rk: role, the state, and the
 * mission that was theirs on the day they started — the one of the kind their title heads that
 * was open that day (the liaison office for a "chief" in Beijing 1973–79, beside the embassy in
 * Taipei); else the nearest such mission in time; else one of that kind at the seat of the mission
 * then open (the embassy in Hanoi for the chargé of August 1995). Nominees who never served (no
 * start and no end of service) are left out.
 */
final class ChiefMapper {
    /** One chief-of-mission appointment, ready to be written. */
    record Appointment(PocomChief chief, PocomPerson person, String state, Mission mission, Resource rank,
            SourceDate started, SourceDate ended, SourceDate appointed) {}

    private final MissionMapper missions;
    private final ImportSummary summary;

    ChiefMapper(MissionMapper missions, ImportSummary summary) {
        this.missions = missions;
        this.summary = summary;
    }

    /** The state slug of a pocom appointment: the mission file's territory, except where rdcr splits or joins it. */
    static String state(PocomChief chief) {
        return switch (chief.mission()) {
            case "korea" -> chief.territory().startsWith("joseon") ? "korea" : "korea-south";
            case "vietnam-south" -> "vietnam";
            case "yugoslavia" -> "kingdom-of-yugoslavia";
            default -> chief.mission();
        };
    }

    List<Appointment> map(List<PocomChief> chiefs, Map<String, PocomPerson> people) {
        List<Pending> pending = new ArrayList<>();
        Map<String, Integer> ids = new java.util.HashMap<>();
        for (PocomChief read : chiefs) {
            if (!read.served()) {
                summary.nomineeExcluded();
                continue;
            }
            int n = ids.merge(read.id(), 1, Integer::sum);
            PocomChief c = n == 1 ? read : read.withId(read.id() + "-" + n);
            if (n > 1) {
                summary.warn(read.at() + ": chief id " + read.id() + " is used " + n
                        + " times in pocom; this one is imported as " + c.id());
            }
            PocomPerson person = people.get(c.personId());
            Optional<Resource> rank = RoleMapper.rank(c.roleId());
            if (person == null || rank.isEmpty()) {
                summary.warn(c.at() + ": " + c.id() + ": "
                        + (person == null ? "no person " + c.personId() : "unknown role " + c.roleId()) + "; skipped");
                continue;
            }
            SourceDate started = date(c, "started", c.started());
            SourceDate ended = date(c, "ended", c.ended());
            SourceDate appointed = date(c, "appointed", c.appointed());
            SourceDate when = started != null ? started : appointed != null ? appointed : ended;
            if (when == null) {
                summary.warn(c.at() + ": " + c.id() + ": no readable date; skipped");
                continue;
            }
            pending.add(new Pending(c, person, rank.get(), started, ended, appointed, when.earliest()));
        }
        pending.sort(Comparator.comparing(Pending::day).thenComparing(p -> p.chief.id()));
        List<Appointment> out = new ArrayList<>();
        for (Pending p : pending) {
            String state = state(p.chief);
            Mission mission = missionFor(state, p.chief.roleId(), p.day);
            out.add(new Appointment(p.chief, p.person, state, mission, p.rank, p.started, p.ended, p.appointed));
        }
        out.sort(Comparator.comparing(a -> a.chief().id()));
        return out;
    }

    private Mission missionFor(String state, String roleId, LocalDate day) {
        List<MissionKind> kinds = RoleMapper.heads(roleId);
        List<Mission> open = missions.openAt(MissionMapper.US, state, day);
        for (MissionKind kind : kinds) {
            Optional<Mission> m = open.stream().filter(x -> x.kind() == kind).reduce((a, b) -> b);
            if (m.isPresent()) {
                return m.get();
            }
        }
        List<Mission> main = open.stream().filter(x -> x.kind() != MissionKind.CONSULATE).toList();
        if (main.isEmpty()) {
            for (MissionKind kind : kinds) {
                Optional<Mission> near = missions.latest(MissionMapper.US, state, kind, day);
                if (near.isPresent()) {
                    return near.get();
                }
            }
        }
        String site = main.isEmpty() ? null : main.get(main.size() - 1).site();
        Mission made = missions.mission(kinds.get(0), MissionMapper.US, state, site);
        if (!made.isOpenAt(day)) {
            made.opened(day, null);
        }
        return made;
    }

    private SourceDate date(PocomChief c, String field, String text) {
        if (text.isBlank()) {
            return null;
        }
        SourceDate d = SourceDate.parse(text);
        if (d == null) {
            summary.warn(c.at() + ": " + c.id() + ": unreadable " + field + " date '" + text + "'");
        }
        return d;
    }

    private record Pending(PocomChief chief, PocomPerson person, Resource rank, SourceDate started, SourceDate ended,
            SourceDate appointed, LocalDate day) {}
}
