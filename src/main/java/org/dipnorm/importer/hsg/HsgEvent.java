package org.dipnorm.importer.hsg;

import java.util.Comparator;
import org.apache.jena.rdf.model.Resource;

/**
 * One event read from an rdcr entry: the k-th event its heading names.
 *
 * @param article the article (country) of the entry
 * @param entry the timeline entry
 * @param k 1 for the first event the heading names, 2 for the second…
 * @param rule the heading rule that classified it
 * @param clause the clause of the heading naming it
 * @param time when it happened, as precisely as the source says
 * @param mission the kind of mission it opens, changes or closes, or null
 * @param foreign true if that mission is the other state's mission in the United States
 * @param site the city the mission sits in (or moves to), as written, or null
 * @param movedFrom for a move, the city it left, or null
 * @param protectingPower for an interests section, the slug of the protecting power, or null
 */
public record HsgEvent(RdcrArticle article, RdcrEntry entry, int k, HeadingRule rule, String clause, EventTime time,
        MissionKind mission, boolean foreign, String site, String movedFrom, String protectingPower) {

    /** By date (earliest bound), then entry number, then position in the heading: the order precedents are found in. */
    public static final Comparator<HsgEvent> IN_DATE_ORDER = Comparator.comparing((HsgEvent e) -> e.time().earliest())
            .thenComparing(e -> e.entry().number()).thenComparing(HsgEvent::k);

    /** {@code hsg-china-18}, {@code hsg-china-19-2}: the key of the event's IRIs. */
    public String key() {
        return "hsg-" + entry.slug() + "-" + entry.number() + (k > 1 ? "-" + k : "");
    }

    public Resource stepType() {
        return rule.stepType();
    }

    public String slug() {
        return entry.slug();
    }
}
