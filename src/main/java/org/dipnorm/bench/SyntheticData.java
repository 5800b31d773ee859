package org.dipnorm.bench;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.dipnorm.vocab.DIPN;
import org.dipnorm.vocab.Graphs;

/**
 * Synthetic data in DipNorm's ontology at N times the curated data, for the scale benchmarks. Scale N
 * is the curated graph plus N−1 synthetic copies of it, so every distribution of the real data (steps per
 * process, date precision, attestations, agreements and commitments, incoming links per state) holds at
 * every scale. Each copy k gets its own IRIs ({@code syn-k-} before the slug, years in slugs shifted),
 * its dates shifted by a whole number of 4-year periods (precision and month ends unchanged), and its
 * states drawn from a pool of N× the real number of states ({@code state:syn-i}), so a state's links
 * come from the copies that drew it. Deterministic for a seed; written as a stream of N-Quads into the
 * curated graph, one copy at a time.
 *
 * <pre>SyntheticData.of(curatedGraph).write(100, 42, out);</pre>
 */
public final class SyntheticData {
    private static final String ID = "https://w3id.org/dipnorm/id/";
    private static final String STATE = ID + "state/";
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(1[5-9][0-9]{2}|20[0-9]{2})(?![0-9])");
    private static final Node DIPN_STATE = NodeFactory.createURI(DIPN.NAMESPACE + "State");

    /** What one run wrote. */
    public record Counts(long quads, long states, long copies, Map<String, Long> instances) {}

    private final List<Triple> template;
    private final List<Node> states;

    private SyntheticData(List<Triple> template, List<Node> states) {
        this.template = template;
        this.states = states;
    }

    /** The generator for this curated graph (which must hold no blank nodes: their labels are not stable). */
    public static SyntheticData of(Graph curated) {
        List<Triple> triples = new ArrayList<>();
        Set<Node> states = new TreeSet<>(Comparator.comparing(Node::getURI));
        curated.find().forEachRemaining(t -> {
            if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                throw new IllegalArgumentException("the curated data holds a blank node (" + t + "); the generator needs IRIs only");
            }
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().equals(DIPN_STATE)) {
                states.add(t.getSubject());
            }
            triples.add(t);
        });
        // A stable order, whatever the parser's: the output must be byte-identical for a seed.
        triples.sort(Comparator.comparing(SyntheticData::key));
        return new SyntheticData(List.copyOf(triples), List.copyOf(states));
    }

    /** The number of states the curated data defines (the pool holds {@code scale} times as many). */
    public int realStates() {
        return states.size();
    }

    /** Writes the N−1 synthetic copies of scale {@code scale} as N-Quads in the curated graph. */
    public Counts write(int scale, long seed, OutputStream out) {
        return write(scale, seed, 1, scale, true, RDFFormat.NQUADS_UTF8, out);
    }

    /**
     * Writes {@code count} more copies after those of scale {@code scale} (copies {@code scale} to
     * {@code scale+count-1}, drawing from the same pool of states) as N-Triples: a batch that a store of
     * that scale does not hold yet, for a write under load.
     */
    public Counts writeBatch(int scale, int count, long seed, OutputStream out) {
        return write(scale, seed, scale, scale + count, false, RDFFormat.NTRIPLES_UTF8, out);
    }

    private Counts write(int scale, long seed, int fromCopy, int toCopy, boolean withPool, RDFFormat format, OutputStream out) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale=" + scale + ": must be 1 or more");
        }
        int pool = Math.max(1, scale - 1) * states.size();
        boolean quadsOut = format.getLang().equals(org.apache.jena.riot.Lang.NQUADS);
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
        stream.start();
        long[] quads = {0};
        Map<String, Long> instances = new LinkedHashMap<>();
        if (withPool && scale > 1) {
            for (int i = 0; i < pool; i++) {
                Node s = syntheticState(i);
                emit(stream, quadsOut, quads, Triple.create(s, RDF.type.asNode(), DIPN_STATE));
                emit(stream, quadsOut, quads, Triple.create(s, RDFS.label.asNode(), NodeFactory.createLiteralLang("Synthetic state " + i, "en")));
            }
            instances.merge(DIPN_STATE.getURI(), (long) pool, Long::sum);
        }
        for (int k = fromCopy; k < toCopy; k++) {
            Copy copy = new Copy(k, new SplittableRandom(seed * 1_000_003L + k), pool);
            for (Triple t : template) {
                if (states.contains(t.getSubject())) {
                    continue; // a state is described once, in the pool
                }
                emit(stream, quadsOut, quads, Triple.create(copy.node(t.getSubject()), t.getPredicate(), copy.object(t)));
                if (t.getPredicate().equals(RDF.type.asNode())) {
                    instances.merge(t.getObject().getURI(), 1L, Long::sum);
                }
            }
        }
        stream.finish();
        return new Counts(quads[0], withPool && scale > 1 ? pool : 0, Math.max(0, toCopy - fromCopy), instances);
    }

    private static void emit(StreamRDF stream, boolean quadsOut, long[] quads, Triple t) {
        if (quadsOut) {
            stream.quad(new Quad(Graphs.CURATED, t));
        } else {
            stream.triple(t);
        }
        quads[0]++;
    }

    private static Node syntheticState(int i) {
        return NodeFactory.createURI(STATE + "syn-" + i);
    }

    private static String key(Triple t) {
        return NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " " + NodeFmtLib.strNT(t.getObject());
    }

    /** One synthetic copy: its IRI prefix, its date shift and its draw of states from the pool. */
    private final class Copy {
        private final int k;
        private final int years;
        private final Map<Node, Node> stateMap = new HashMap<>();
        private final Map<Node, Node> iris = new HashMap<>();

        Copy(int k, SplittableRandom random, int pool) {
            this.k = k;
            this.years = -4 * random.nextInt(11);
            Set<Integer> drawn = new HashSet<>();
            for (Node real : states) {
                int i;
                do {
                    i = random.nextInt(pool);
                } while (!drawn.add(i));
                stateMap.put(real, syntheticState(i));
            }
        }

        Node node(Node n) {
            if (!n.isURI() || !n.getURI().startsWith(ID)) {
                return n;
            }
            Node state = stateMap.get(n);
            if (state != null) {
                return state;
            }
            return iris.computeIfAbsent(n, this::rename);
        }

        /** {@code …/id/kind/slug} → {@code …/id/kind/syn-k-slug}, with the years in the slug shifted. */
        private Node rename(Node n) {
            String uri = n.getURI();
            int slash = uri.indexOf('/', ID.length());
            if (slash < 0) {
                return n;
            }
            return NodeFactory.createURI(uri.substring(0, slash + 1) + "syn-" + k + "-" + shiftYears(uri.substring(slash + 1)));
        }

        Node object(Triple t) {
            Node o = t.getObject();
            if (!o.isLiteral()) {
                return node(o);
            }
            if (t.getPredicate().equals(RDFS.label.asNode())) {
                return NodeFactory.createLiteralLang(o.getLiteralLexicalForm() + " (synthetic " + k + ")", o.getLiteralLanguage());
            }
            RDFDatatype dt = o.getLiteralDatatype();
            String lex = o.getLiteralLexicalForm();
            if (dt.equals(XSDDatatype.XSDdate)) {
                return NodeFactory.createLiteralDT(LocalDate.parse(lex).plusYears(years).toString(), dt);
            }
            if (dt.equals(XSDDatatype.XSDgYear) || dt.equals(XSDDatatype.XSDgYearMonth)) {
                return NodeFactory.createLiteralDT(shiftYears(lex), dt);
            }
            return o;
        }

        private String shiftYears(String s) {
            Matcher m = YEAR.matcher(s);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(b, Integer.toString(Integer.parseInt(m.group(1)) + years));
            }
            return m.appendTail(b).toString();
        }
    }
}
