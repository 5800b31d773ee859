package org.dipnorm.importer.hsg;

import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.dipnorm.vocab.DIPN;
import org.dipnorm.vocab.DQ;
import org.dipnorm.vocab.Prefixes;
import org.dipnorm.vocab.TIME;

/**
 * The graph an import builds, with the IRI patterns of src/docs/data-model.md and the writing of
 * times (a position whose datatype is its precision, and the bounds used for ordering). No blank
 * nodes: every node has an IRI derived from source identifiers, so a re-run gives the same triples.
 */
final class HsgGraph {
    static final Node ACTIVITY = iri("activity", "hsg-import");
    static final Node UNITED_STATES = iri("state", MissionMapper.US);

    private final Graph graph = GraphFactory.createDefaultGraph();

    Graph graph() {
        return graph;
    }

    static Node iri(String kind, String key) {
        return NodeFactory.createURI(Prefixes.ID + kind + "/" + key);
    }

    static Node state(String slug) {
        return iri("state", slug);
    }

    static Node node(Resource r) {
        return r.asNode();
    }

    void add(Node s, Property p, Node o) {
        graph.add(Triple.create(s, p.asNode(), o));
    }

    void add(Node s, Property p, Resource o) {
        add(s, p, o.asNode());
    }

    void type(Node s, Resource type) {
        add(s, RDF.type, type);
    }

    void label(Node s, String label) {
        add(s, RDFS.label, en(label));
    }

    static Node en(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    static Node string(String text) {
        return NodeFactory.createLiteralString(text);
    }

    static Node date(LocalDate day) {
        return NodeFactory.createLiteralDT(day.toString(), XSDDatatype.XSDdate);
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static Node gYear(int year) {
        String digits = Integer.toString(year);
        return NodeFactory.createLiteralDT(year >= 0 && digits.length() < 4 ? "0".repeat(4 - digits.length()) + digits : digits,
                XSDDatatype.XSDgYear);
    }

    /** A state with its name. */
    void state(String slug, String label) {
        Node s = state(slug);
        type(s, DIPN.State);
        label(s, label);
    }

    /** Writes {@code time} at {@code node}: an instant, an interval with -begin/-end instants, or bounds only. */
    void time(Node node, EventTime time) {
        if (time.isInterval()) {
            Node begin = NodeFactory.createURI(node.getURI() + "-begin");
            Node end = NodeFactory.createURI(node.getURI() + "-end");
            type(node, TIME.ProperInterval);
            add(node, TIME.hasBeginning, begin);
            add(node, TIME.hasEnd, end);
            bounds(node, time.earliest(), time.latest());
            instant(begin, time.begin(), false);
            instant(end, time.end(), false);
            return;
        }
        if (time.isUnknown()) {
            type(node, TIME.Instant);
            add(node, DIPN.DATE_QUALIFIER, DQ.UNKNOWN);
            bounds(node, time.earliest(), time.latest());
            return;
        }
        instant(node, time.begin(), time.onOrAbout());
    }

    /** An instant at the precision of {@code date}. */
    void instant(Node node, SourceDate date, boolean onOrAbout) {
        type(node, TIME.Instant);
        switch (date.precision()) {
            case DAY -> add(node, TIME.inXSDDate, NodeFactory.createLiteralDT(date.lexical(), XSDDatatype.XSDdate));
            case MONTH -> add(node, TIME.inXSDgYearMonth, NodeFactory.createLiteralDT(date.lexical(), XSDDatatype.XSDgYearMonth));
            case YEAR -> add(node, TIME.inXSDgYear, NodeFactory.createLiteralDT(date.lexical(), XSDDatatype.XSDgYear));
        }
        if (onOrAbout) {
            add(node, DIPN.DATE_QUALIFIER, DQ.ON_OR_ABOUT);
        }
        bounds(node, date.earliest(), date.latest());
    }

    void bounds(Node node, LocalDate earliest, LocalDate latest) {
        add(node, DIPN.EARLIEST_DATE, date(earliest));
        if (latest != null) {
            add(node, DIPN.LATEST_DATE, date(latest));
        }
    }
}
