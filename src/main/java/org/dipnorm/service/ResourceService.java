package org.dipnorm.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.dipnorm.query.NamedQuery;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.service.ResourceView.Evidence;
import org.dipnorm.service.ResourceView.Link;
import org.dipnorm.service.ResourceView.PropertyCount;
import org.dipnorm.service.ResourceView.PropertyValues;
import org.dipnorm.service.ResourceView.Value;
import org.dipnorm.vocab.Prefixes;

/**
 * Describes one resource for pages and data: its statements (blank nodes nested two levels),
 * incoming links counted per property and paged, and its evidence — over named queries with the
 * resource bound into the parsed query.
 */
public final class ResourceService {
    /** The most incoming links one page lists; the rest are paged, never cut silently. */
    public static final int MAX_PAGE = 200;
    private static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final List<String> SUMMARY = List.of("http://purl.org/dc/terms/description",
            "http://www.w3.org/2004/02/skos/core#definition", "http://www.w3.org/2000/01/rdf-schema#comment");

    private final RDFConnection connection;
    private final QueryCatalog catalog;

    public ResourceService(RDFConnection connection, QueryCatalog catalog) {
        this.connection = connection;
        this.catalog = catalog;
    }

    public ResourceView describe(String iri, int offset, int limit) {
        Node resource = NodeFactory.createURI(iri);
        int pageSize = Math.max(1, Math.min(limit, MAX_PAGE));
        int from = Math.max(0, offset);
        return Txn.calculateRead(connection, () -> {
            List<PropertyValues> outgoing = outgoing(resource, 0);
            // One row more than the page: when the first page holds every link, the counts come from it
            // and the counting query is not needed (most resources have fewer links than a page).
            List<QuerySolution> rows = select("resource-incoming", resource, from, pageSize + 1);
            List<Link> incoming = new ArrayList<>();
            for (QuerySolution r : rows.subList(0, Math.min(pageSize, rows.size()))) {
                incoming.add(new Link(uri(r.get("p")), uri(r.get("s")), text(r.get("sLabel"))));
            }
            List<PropertyCount> counts = new ArrayList<>();
            long total = 0;
            if (from == 0 && rows.size() <= pageSize) {
                Map<String, PropertyCount> byProperty = new LinkedHashMap<>();
                for (QuerySolution r : rows) {
                    byProperty.merge(uri(r.get("p")), new PropertyCount(uri(r.get("p")), text(r.get("pLabel")), 1),
                            (a, b) -> new PropertyCount(a.property(), a.propertyLabel(), a.count() + 1));
                }
                counts.addAll(byProperty.values());
                // as the counting query orders them: most links first, then by property
                counts.sort(Comparator.comparingLong(PropertyCount::count).reversed().thenComparing(PropertyCount::property));
                total = rows.size();
            } else {
                for (QuerySolution r : select("resource-incoming-counts", resource, -1, -1)) {
                    long n = r.getLiteral("count").getLong();
                    total += n;
                    counts.add(new PropertyCount(uri(r.get("p")), text(r.get("pLabel")), n));
                }
            }
            List<Evidence> evidence = new ArrayList<>();
            for (QuerySolution r : select("resource-evidence", resource, -1, -1)) {
                evidence.add(new Evidence(uri(r.get("node")), uri(r.get("attestation")), text(r.get("quote")), text(r.get("locator")),
                        uri(r.get("source")), text(r.get("title")), uri(r.get("url"))));
            }
            String label = first(outgoing, RDFS_LABEL);
            String summary = SUMMARY.stream().map(p -> first(outgoing, p)).filter(s -> s != null).findFirst().orElse(null);
            List<Value> types = outgoing.stream().filter(pv -> pv.property().equals(RDF_TYPE))
                    .flatMap(pv -> pv.values().stream()).toList();
            return new ResourceView(iri, label, types, summary, outgoing, counts, incoming, total, from, pageSize, evidence);
        });
    }

    /** The resource's statements as RDF (its blank nodes included), for {@code /data}. */
    public Model data(String iri) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(Prefixes.DIPNORM);
        Txn.executeRead(connection, () -> {
            NamedQuery q = query("resource-data");
            try (QueryExecution exec = connection.newQuery().query(q.query())
                    .substitution("resource", model.createResource(iri)).build()) {
                exec.execConstruct(model);
            }
        });
        return model;
    }

    private List<PropertyValues> outgoing(Node subject, int depth) {
        Map<String, PropertyValues> byProperty = new LinkedHashMap<>();
        for (QuerySolution r : select("resource-outgoing", subject, -1, -1)) {
            String p = uri(r.get("p"));
            RDFNode o = r.get("o");
            Value v;
            if (o.isLiteral()) {
                Literal l = o.asLiteral();
                String dt = l.getDatatypeURI();
                v = new Value("literal", null, null, l.getLexicalForm(), dt, l.getLanguage(), DateDisplay.of(l.getLexicalForm(), dt), List.of());
            } else if (o.isAnon()) {
                List<PropertyValues> nested = depth < 2 ? outgoing(o.asNode(), depth + 1) : List.of();
                v = new Value("bnode", null, null, null, null, null, null, nested);
            } else {
                v = new Value("iri", o.asResource().getURI(), text(r.get("oLabel")), null, null, null, date(r), List.of());
            }
            byProperty.computeIfAbsent(p, k -> new PropertyValues(k, text(r.get("pLabel")), new ArrayList<>())).values().add(v);
        }
        return List.copyOf(byProperty.values());
    }

    private static String date(QuerySolution r) {
        if (r.contains("oDate")) {
            Literal d = r.getLiteral("oDate");
            return DateDisplay.of(d.getLexicalForm(), d.getDatatypeURI());
        }
        if (r.contains("oBegin")) {
            Literal b = r.getLiteral("oBegin");
            String begin = DateDisplay.of(b.getLexicalForm(), b.getDatatypeURI());
            if (r.contains("oEnd")) {
                Literal e = r.getLiteral("oEnd");
                return begin + " – " + DateDisplay.of(e.getLexicalForm(), e.getDatatypeURI());
            }
            return "from " + begin;
        }
        return null;
    }

    private List<QuerySolution> select(String name, Node resource, int offset, int limit) {
        Query q = query(name).query().cloneQuery();
        if (limit > 0) {
            q.setLimit(limit);
            q.setOffset(offset);
        }
        Model m = ModelFactory.createDefaultModel();
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution exec = connection.newQuery().query(q).substitution("resource", m.asRDFNode(resource)).timeout(30_000).build()) {
            ResultSet rs = exec.execSelect();
            rs.forEachRemaining(rows::add);
        }
        return rows;
    }

    private NamedQuery query(String name) {
        return catalog.get(name).orElseThrow(() -> new IllegalStateException("queries/" + name + ".rq is missing"));
    }

    private static String first(List<PropertyValues> outgoing, String property) {
        return outgoing.stream().filter(pv -> pv.property().equals(property)).flatMap(pv -> pv.values().stream())
                .filter(v -> v.lexical() != null)
                .sorted((a, b) -> Boolean.compare(!"en".equals(a.language()), !"en".equals(b.language())))
                .map(Value::lexical).findFirst().orElse(null);
    }

    private static String uri(RDFNode n) {
        return n != null && n.isURIResource() ? n.asResource().getURI() : null;
    }

    private static String text(RDFNode n) {
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
