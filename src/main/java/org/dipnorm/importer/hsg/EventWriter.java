package org.dipnorm.importer.hsg;

import static org.dipnorm.importer.hsg.HsgGraph.en;
import static org.dipnorm.importer.hsg.HsgGraph.iri;
import static org.dipnorm.importer.hsg.HsgGraph.string;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.dipnorm.vocab.DIPN;
import org.dipnorm.vocab.PROV;
import org.dipnorm.vocab.SCHEMA;
import org.dipnorm.vocab.SK;
import org.dipnorm.vocab.TIME;

/**
 * Writes rdcr events with their times and attestations, the article sources, and the missions
 * with their lifecycle links ({@code org:originalOrganization} / {@code org:resultingOrganization}
 * on the event, {@code org:resultedFrom} / {@code org:changedBy} on the mission).
 */
final class EventWriter {
    static final String PUBLISHER = "U.S. Department of State, Office of the Historian";
    private static final org.apache.jena.rdf.model.Property CHANGED_BY = ResourceFactory.createProperty(ORG.NS + "changedBy");

    private final HsgGraph g;
    private final Map<String, String> stateNames;
    private final Map<org.apache.jena.rdf.model.Resource, String> typeLabels;
    private final ImportSummary summary;

    /**
     * @param stateNames the name of every state by slug
     * @param typeLabels the preferred label of every step type, from the ontology
     * @param summary counts events by type and precision
     */
    EventWriter(HsgGraph g, Map<String, String> stateNames, Map<org.apache.jena.rdf.model.Resource, String> typeLabels,
            ImportSummary summary) {
        this.g = g;
        this.stateNames = stateNames;
        this.typeLabels = typeLabels;
        this.summary = summary;
    }

    static Node attestation(RdcrEntry entry) {
        return iri("attestation", "hsg-rdcr-" + entry.slug() + "-" + entry.number());
    }

    static Node source(String slug) {
        return iri("source", "hsg-rdcr-" + slug);
    }

    void article(RdcrArticle article) {
        Node src = source(article.slug());
        g.type(src, DIPN.Source);
        g.add(src, DCTerms.title, en(article.title().isEmpty() ? article.shortTitle() : article.title()));
        g.add(src, DCTerms.publisher, string(PUBLISHER));
        g.add(src, SCHEMA.url, NodeFactory.createURI(article.url()));
        g.add(src, DIPN.SOURCE_KIND, SK.OFFICIAL_CHRONOLOGY);
        g.add(HsgGraph.ACTIVITY, PROV.used, src);
    }

    /** Writes the attestation of an entry's events: its paragraphs as the quote, its section and number as the locator. */
    private void attestation(RdcrEntry entry, Node att) {
        g.type(att, DIPN.Attestation);
        g.add(att, PROV.wasQuotedFrom, source(entry.slug()));
        if (!entry.text().isEmpty()) {
            g.add(att, DIPN.QUOTE, en(entry.text()));
        }
        g.add(att, DIPN.LOCATOR, string(locator(entry)));
    }

    /** "Diplomatic Relations, entry 18 (china#18): Establishment of U.S. Liaison Office in Beijing, 1973." */
    static String locator(RdcrEntry entry) {
        String section = entry.section().isEmpty() ? "" : entry.section() + ", ";
        String heading = entry.heading().isEmpty() ? "(no heading)" : entry.heading();
        return section + "entry " + entry.number() + " (" + entry.key() + "): " + heading;
    }

    void events(List<HsgEvent> events, MissionMapper missions) {
        Map<RdcrEntry, Long> perEntry = events.stream()
                .collect(java.util.stream.Collectors.groupingBy(HsgEvent::entry, java.util.stream.Collectors.counting()));
        for (HsgEvent e : events) {
            Node evt = iri("event", e.key());
            Node tm = iri("time", e.key());
            String typeLabel = typeLabels.getOrDefault(e.stepType(), e.rule().name());
            String heading = e.entry().heading().isEmpty() ? typeLabel : e.entry().headingWithoutStop();
            String label = stateNames.get(e.slug()) + ": " + heading + (perEntry.get(e.entry()) > 1 ? " — " + typeLabel : "");
            g.type(evt, DIPN.DiplomaticEvent);
            g.label(evt, label);
            g.add(evt, DIPN.EVENT_TYPE, e.stepType());
            g.add(evt, DIPN.PARTICIPANT, HsgGraph.UNITED_STATES);
            g.add(evt, DIPN.PARTICIPANT, HsgGraph.state(e.slug()));
            g.add(evt, TIME.hasTime, tm);
            g.time(tm, e.time());
            Node att = attestation(e.entry());
            g.add(evt, DIPN.ATTESTED_BY, att);
            attestation(e.entry(), att);
            g.add(evt, SKOS.note, en("Dated from the " + e.time().origin() + " of " + e.entry().key()
                    + (e.k() > 1 ? "; the heading names this as its event " + e.k() : "") + "."));
            g.add(evt, PROV.wasGeneratedBy, HsgGraph.ACTIVITY);
            missions.link(e.key()).ifPresent(link -> {
                g.type(evt, DIPN.MissionChangeEvent);
                if (link.original() != null) {
                    g.add(evt, ORG.originalOrganization, mission(link.original()));
                }
                if (link.resulting() != null) {
                    g.add(evt, ORG.resultingOrganization, mission(link.resulting()));
                    if (link.resulting().site() != null) {
                        g.add(evt, DIPN.TOOK_PLACE_IN, iri("place", Mission.slug(link.resulting().site())));
                    }
                }
            });
            summary.event(e.stepType(), typeLabel, e.time());
        }
    }

    static Node mission(Mission m) {
        return iri("mission", m.key());
    }

    void missions(Iterable<Mission> all) {
        for (Mission m : all) {
            Node msn = mission(m);
            boolean interestsWithoutPower = m.kind() == MissionKind.INTERESTS_SECTION && m.protectingPower() == null;
            g.type(msn, interestsWithoutPower ? DIPN.InterimRepresentation : m.kind().type());
            g.label(msn, label(m));
            g.add(msn, DIPN.SENDING_STATE, HsgGraph.state(m.sender()));
            g.add(msn, DIPN.RECEIVING_STATE, HsgGraph.state(m.receiver()));
            if (m.site() != null) {
                Node place = iri("place", Mission.slug(m.site()));
                g.add(msn, DIPN.LOCATED_IN, place);
                g.type(place, SCHEMA.City);
                g.label(place, m.site());
            }
            if (m.protectingPower() != null) {
                g.add(msn, DIPN.PROTECTING_POWER, HsgGraph.state(m.protectingPower()));
            }
            if (interestsWithoutPower) {
                g.add(msn, SKOS.note, en("An interests section; the record does not name its protecting power."));
            }
            m.resultedFrom().forEach(k -> g.add(msn, ORG.resultedFrom, iri("event", k)));
            m.changedBy().forEach(k -> g.add(msn, CHANGED_BY, iri("event", k)));
            g.add(msn, PROV.wasGeneratedBy, HsgGraph.ACTIVITY);
        }
    }

    /** "Embassy of the United States, Beijing", "United States Liaison Office, Beijing", "Legation of Australia in the United States". */
    private String label(Mission m) {
        String sender = stateNames.getOrDefault(m.sender(), m.sender());
        String where = m.site() != null ? ", " + m.site() : " in " + (m.receiver().equals(MissionMapper.US)
                ? "the United States" : stateNames.getOrDefault(m.receiver(), m.receiver()));
        boolean us = m.sender().equals(MissionMapper.US);
        if (m.kind().isInterim()) {
            return (us ? "United States" : sender) + " " + m.kind().label() + where;
        }
        return m.kind().label() + " of " + (us ? "the United States" : sender) + where;
    }
}
