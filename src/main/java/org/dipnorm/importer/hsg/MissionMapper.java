package org.dipnorm.importer.hsg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.dipnorm.vocab.ST;

/**
 * Follows each state's missions through the events of the record, in date order: an opening
 * starts a mission, a legation raised to embassy ends the legation and starts the embassy, an
 * embassy opened where a liaison office or interests section stood ends that office, a move ends
 * one seat and starts another, a reopening starts again the mission last closed. A break of
 * relations closes the missions still open (for finding the right mission of a chief), without
 * being recorded as a change of them.
 */
final class MissionMapper {
    static final String US = "united-states";

    /** The missions an event changed: the one before and the one after (either may be null). */
    record Link(Mission original, Mission resulting) {}

    private final Map<String, Mission> missions = new LinkedHashMap<>();
    private final Map<String, Link> links = new LinkedHashMap<>();

    /** Applies the events of one state, which must be sorted by date. */
    void follow(List<HsgEvent> events) {
        Map<String, Mission> lastClosed = new LinkedHashMap<>();
        for (HsgEvent e : events) {
            if (e.mission() == null) {
                relations(e, lastClosed);
                continue;
            }
            String sender = e.foreign() ? e.slug() : US;
            String receiver = e.foreign() ? US : e.slug();
            Link link = apply(e, sender, receiver, lastClosed);
            if (link != null && (link.original() != null || link.resulting() != null)) {
                links.put(e.key(), link);
            }
        }
    }

    /**
     * A break of relations closes the U.S. missions still open; a resumption reopens the one last
     * closed when nothing but consulates or missions of unstated rank stands in its place.
     */
    private void relations(HsgEvent e, Map<String, Mission> lastClosed) {
        LocalDate day = e.time().earliest();
        if (e.stepType().equals(ST.RELATIONS_SEVERED) || e.stepType().equals(ST.RELATIONS_INTERRUPTED)) {
            for (Mission m : open(US, e.slug())) {
                if (m.kind() != MissionKind.CONSULATE) {
                    m.closed(day, null);
                    lastClosed.put(US, m);
                }
            }
        } else if (e.stepType().equals(ST.RELATIONS_RESUMED) && lastClosed.containsKey(US)
                && open(US, e.slug()).stream().allMatch(m -> m.kind() == MissionKind.CONSULATE || m.kind() == MissionKind.MISSION)) {
            lastClosed.remove(US).opened(day, null);
        }
    }

    private Link apply(HsgEvent e, String sender, String receiver, Map<String, Mission> lastClosed) {
        LocalDate day = e.time().earliest();
        Resource type = e.stepType();
        MissionKind kind = e.mission();
        if (kind == MissionKind.CONSULATE) {
            if (e.site() == null) {
                return null;
            }
            Mission post = mission(kind, sender, receiver, e.site());
            if (type.equals(ST.CONSULATE_CLOSED)) {
                post.closed(day, e.key());
                return new Link(post, null);
            }
            if (type.equals(ST.CONSULATE_OPENED)) {
                post.opened(day, e.key());
                return new Link(null, post);
            }
            return null;
        }
        if (type.equals(ST.MISSION_CLOSED)) {
            Mission m = latestOpen(sender, receiver, kind).orElseGet(() -> mission(kind, sender, receiver, e.site()));
            m.closed(day, e.key());
            lastClosed.put(sender, m);
            return new Link(m, null);
        }
        if (type.equals(ST.MISSION_MOVED)) {
            Mission from = latestOpen(sender, receiver, kind).orElseGet(() -> mission(kind, sender, receiver, e.movedFrom()));
            if (e.site() == null) {
                from.changed(e.key());
                return new Link(from, null);
            }
            Mission to = mission(from.kind(), sender, receiver, e.site());
            if (to == from) {
                return null;
            }
            from.closed(day, e.key());
            to.opened(day, e.key());
            return new Link(from, to);
        }
        Mission before = null;
        Mission after;
        if (type.equals(ST.LEGATION_RAISED_TO_EMBASSY)) {
            before = latestOpen(sender, receiver, MissionKind.LEGATION)
                    .orElseGet(() -> latest(sender, receiver, MissionKind.LEGATION, day)
                            .orElseGet(() -> mission(MissionKind.LEGATION, sender, receiver, e.site())));
            after = mission(MissionKind.EMBASSY, sender, receiver, e.site() != null ? e.site() : before.site());
        } else if (type.equals(ST.MISSION_REOPENED)) {
            Mission closed = lastClosed.get(sender);
            boolean same = closed != null && (kind == MissionKind.MISSION || closed.kind() == kind)
                    && (e.site() == null || closed.site() == null || Mission.slug(e.site()).equals(Mission.slug(closed.site())));
            after = same ? closed : mission(kind, sender, receiver, e.site());
            before = interim(sender, receiver, after).orElse(null);
        } else {
            String site = e.site();
            if (site == null && (kind == MissionKind.EMBASSY || kind.isInterim())) {
                site = interim(sender, receiver, null).map(Mission::site).orElse(null);
            }
            after = mission(kind, sender, receiver, site);
            if (kind == MissionKind.EMBASSY || kind.isInterim()) {
                before = interim(sender, receiver, after).orElse(null);
            }
        }
        if (kind == MissionKind.INTERESTS_SECTION && e.protectingPower() != null) {
            after.protectingPower(e.protectingPower());
        }
        if (before != null && before != after) {
            before.closed(day, e.key());
        } else {
            before = null;
        }
        after.opened(day, e.key());
        return new Link(before, after);
    }

    /** The interim office still open that an embassy replaces, if any. */
    private Optional<Mission> interim(String sender, String receiver, Mission other) {
        return open(sender, receiver).stream().filter(m -> m.kind().isInterim() && m != other).reduce((a, b) -> b);
    }

    Mission mission(MissionKind kind, String sender, String receiver, String site) {
        return missions.computeIfAbsent(Mission.key(kind, sender, receiver, site), k -> new Mission(kind, sender, receiver, site));
    }

    /** The most recently opened mission of that kind still open ({@link MissionKind#MISSION} means any but a consulate). */
    private Optional<Mission> latestOpen(String sender, String receiver, MissionKind kind) {
        return open(sender, receiver).stream()
                .filter(m -> kind == MissionKind.MISSION ? m.kind() != MissionKind.CONSULATE : m.kind() == kind)
                .reduce((a, b) -> b);
    }

    /** The mission of that kind whose periods come nearest to {@code day}. */
    Optional<Mission> latest(String sender, String receiver, MissionKind kind, LocalDate day) {
        return between(sender, receiver).stream().filter(m -> m.kind() == kind)
                .min(Comparator.comparingLong(m -> m.distanceTo(day)));
    }

    private List<Mission> open(String sender, String receiver) {
        List<Mission> open = new ArrayList<>();
        for (Mission m : between(sender, receiver)) {
            if (m.isOpen()) {
                open.add(m);
            }
        }
        open.sort(Comparator.comparing(m -> m.periods().get(m.periods().size() - 1).opened(),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        return open;
    }

    List<Mission> between(String sender, String receiver) {
        return missions.values().stream().filter(m -> m.sender().equals(sender) && m.receiver().equals(receiver)).toList();
    }

    /** The missions open on {@code day}, the most recently opened last. */
    List<Mission> openAt(String sender, String receiver, LocalDate day) {
        return between(sender, receiver).stream().filter(m -> m.isOpenAt(day))
                .sorted(Comparator.comparing((Mission m) -> m.periods().stream().filter(p -> p.covers(day)).map(Mission.Period::opened)
                        .filter(d -> d != null).findFirst().orElse(LocalDate.MIN)))
                .toList();
    }

    Collection<Mission> missions() {
        return missions.values();
    }

    Optional<Link> link(String eventKey) {
        return Optional.ofNullable(links.get(eventKey));
    }
}
