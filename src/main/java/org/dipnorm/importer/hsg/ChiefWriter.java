package org.dipnorm.importer.hsg;

import static org.dipnorm.importer.hsg.HsgGraph.en;
import static org.dipnorm.importer.hsg.HsgGraph.iri;
import static org.dipnorm.importer.hsg.HsgGraph.string;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.dipnorm.vocab.DIPN;
import org.dipnorm.vocab.PROV;
import org.dipnorm.vocab.SCHEMA;
import org.dipnorm.vocab.SK;
import org.dipnorm.vocab.TIME;

/**
 * Writes pocom's people and chiefs of mission as the curated data does: {@code person:{id}} with
 * name and birth and death years, {@code mbr:{chief id}} as an {@code org:Membership} of the
 * mission with its rk: role, {@code tm:{chief id}} for the time served, attested by the person's
 * pocom page.
 */
final class ChiefWriter {
    private final HsgGraph g;
    private final Map<String, String> roleTitles;
    private final Map<String, String> stateNames;

    ChiefWriter(HsgGraph g, Map<String, String> roleTitles, Map<String, String> stateNames) {
        this.g = g;
        this.roleTitles = roleTitles;
        this.stateNames = stateNames;
    }

    static Node membership(PocomChief chief) {
        return iri("membership", chief.id());
    }

    static Node attestation(PocomChief chief) {
        return iri("attestation", chief.id() + "-hsg-pocom-" + chief.personId());
    }

    /**
     * @param withheld memberships whose organization and time the curated data states differently:
     *     those two are left to the curated data (the difference is recorded as a disagreement)
     */
    void write(List<ChiefMapper.Appointment> appointments, Set<String> withheld) {
        for (ChiefMapper.Appointment a : appointments) {
            person(a.person());
            PocomChief c = a.chief();
            Node mbr = membership(c);
            g.type(mbr, ORG.Membership);
            g.label(mbr, a.person().name() + ", " + roleTitles.getOrDefault(c.roleId(), c.roleId()) + " ("
                    + stateNames.getOrDefault(a.state(), a.state()) + ")" + years(a));
            g.add(mbr, ORG.member, iri("person", a.person().id()));
            g.add(mbr, ORG.role, a.rank());
            if (a.appointed() != null && a.appointed().precision() == SourceDate.Precision.DAY) {
                g.add(mbr, DIPN.APPOINTED_ON, HsgGraph.date(a.appointed().earliest()));
            }
            if (!withheld.contains(c.id())) {
                g.add(mbr, ORG.organization, EventWriter.mission(a.mission()));
                interval(c, a);
            }
            g.add(mbr, SKOS.note, en(note(c)));
            Node att = attestation(c);
            g.add(mbr, DIPN.ATTESTED_BY, att);
            g.type(att, DIPN.Attestation);
            g.add(att, PROV.wasQuotedFrom, source(a.person()));
            g.add(att, DIPN.QUOTE, en(c.summary()));
            g.add(att, DIPN.LOCATOR, string("missions-countries/" + c.mission() + ".xml, " + c.id()));
            g.add(mbr, PROV.wasGeneratedBy, HsgGraph.ACTIVITY);
        }
    }

    private void person(PocomPerson p) {
        Node person = iri("person", p.id());
        g.type(person, FOAF.Person);
        g.add(person, FOAF.name, string(p.name()));
        g.label(person, p.name());
        if (p.birth() != null) {
            g.add(person, SCHEMA.birthDate, HsgGraph.gYear(p.birth()));
        }
        if (p.death() != null) {
            g.add(person, SCHEMA.deathDate, HsgGraph.gYear(p.death()));
        }
        Node src = source(p);
        g.type(src, DIPN.Source);
        g.add(src, DCTerms.title, en(p.name() + " – Principal Officers and Chiefs of Mission"));
        g.add(src, DCTerms.publisher, string(EventWriter.PUBLISHER));
        g.add(src, SCHEMA.url, NodeFactory.createURI(p.url()));
        g.add(src, DIPN.SOURCE_KIND, SK.OFFICIAL_CHRONOLOGY);
    }

    static Node source(PocomPerson p) {
        return iri("source", "hsg-pocom-" + p.id());
    }

    /** The time served: from the start (or, when pocom gives none, from the appointment, qualified as unknown) to the end. */
    private void interval(PocomChief c, ChiefMapper.Appointment a) {
        SourceDate begin = a.started();
        SourceDate end = a.ended();
        if (begin == null && (a.appointed() == null || end == null)) {
            return;
        }
        java.time.LocalDate earliest = begin != null ? begin.earliest() : a.appointed().earliest();
        if (end != null && end.latest().isBefore(earliest)) {
            return;
        }
        Node tm = iri("time", c.id());
        Node b = iri("time", c.id() + "-begin");
        g.add(iri("membership", c.id()), ORG.memberDuring, tm);
        g.type(tm, TIME.ProperInterval);
        g.add(tm, TIME.hasBeginning, b);
        if (begin != null) {
            g.instant(b, begin, false);
        } else {
            g.time(b, EventTime.unknown(a.appointed().earliest(), end.latest(), "appointment"));
        }
        if (end != null) {
            Node e = iri("time", c.id() + "-end");
            g.add(tm, TIME.hasEnd, e);
            g.instant(e, end, false);
        }
        g.bounds(tm, earliest, end == null ? null : end.latest());
    }

    private static String years(ChiefMapper.Appointment a) {
        SourceDate from = a.started() != null ? a.started() : a.appointed();
        String first = from == null ? "" : Integer.toString(from.year());
        String last = a.ended() == null ? "" : Integer.toString(a.ended().year());
        if (first.isEmpty() && last.isEmpty()) {
            return "";
        }
        return ", " + (first.equals(last) ? first : first + "–" + last);
    }

    /** "pocom: started 1973-05-14, 'Entered on duty'; ended 1974-09-25, 'Left post on'." and the appointment's note. */
    private static String note(PocomChief c) {
        StringBuilder sb = new StringBuilder("pocom:");
        sb.append(c.started().isBlank() ? " no start date" : " started " + c.started()
                + (c.startedNote().isBlank() ? "" : ", '" + c.startedNote() + "'"));
        sb.append(c.ended().isBlank() ? "; no end date" : "; ended " + c.ended()
                + (c.endedNote().isBlank() ? "" : ", '" + c.endedNote() + "'"));
        sb.append('.');
        if (!c.note().isBlank()) {
            sb.append(' ').append(c.note());
        }
        return sb.toString();
    }
}
