package org.dipnorm.importer.hsg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;

/**
 * What the curated graph says that an import can corroborate: its events (type, parties, preferred
 * date bounds, attestations) and its chief-of-mission memberships (mission and time served).
 */
final class CuratedFacts {
    /** A curated event. */
    record Event(Node iri, Resource type, Set<Node> participants, LocalDate earliest, LocalDate latest, List<Node> attestations) {}

    /** A curated membership: its mission and the bounds of its time, if any. */
    record Membership(Node organization, LocalDate earliest, LocalDate latest) {}

    private static final String EVENTS = """
            PREFIX dipn: <https://w3id.org/dipnorm/ontology#>
            PREFIX time: <http://www.w3.org/2006/time#>
            SELECT ?e ?type ?p ?ea ?la ?att WHERE {
              ?e dipn:eventType ?type ; dipn:participant ?p ; time:hasTime ?t .
              ?t dipn:earliestDate ?ea ; dipn:latestDate ?la .
              FILTER NOT EXISTS { ?t dipn:isPreferred false }
              OPTIONAL { ?e dipn:attestedBy ?att }
            }""";
    private static final String MEMBERSHIPS = """
            PREFIX dipn: <https://w3id.org/dipnorm/ontology#>
            PREFIX org: <http://www.w3.org/ns/org#>
            SELECT ?m ?o ?ea ?la WHERE {
              ?m a org:Membership ; org:organization ?o .
              OPTIONAL { ?m org:memberDuring ?t . ?t dipn:earliestDate ?ea . OPTIONAL { ?t dipn:latestDate ?la } }
            }""";

    private final List<Event> events;
    private final Map<Node, Membership> memberships;

    private CuratedFacts(List<Event> events, Map<Node, Membership> memberships) {
        this.events = List.copyOf(events);
        this.memberships = Map.copyOf(memberships);
    }

    static CuratedFacts none() {
        return new CuratedFacts(List.of(), Map.of());
    }

    static CuratedFacts of(Graph curated) {
        var model = ModelFactory.createModelForGraph(curated);
        Map<Node, Resource> types = new HashMap<>();
        Map<Node, Set<Node>> parts = new HashMap<>();
        Map<Node, LocalDate[]> bounds = new HashMap<>();
        Map<Node, Set<Node>> atts = new HashMap<>();
        try (QueryExecution q = QueryExecution.model(model).query(EVENTS).build()) {
            ResultSet rs = q.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                Node e = row.getResource("e").asNode();
                types.put(e, row.getResource("type"));
                parts.computeIfAbsent(e, k -> new HashSet<>()).add(row.getResource("p").asNode());
                bounds.put(e, new LocalDate[] {day(row, "ea"), day(row, "la")});
                if (row.contains("att")) {
                    atts.computeIfAbsent(e, k -> new HashSet<>()).add(row.getResource("att").asNode());
                }
            }
        }
        List<Event> events = new ArrayList<>();
        types.forEach((e, t) -> events.add(new Event(e, t, Set.copyOf(parts.get(e)), bounds.get(e)[0], bounds.get(e)[1],
                List.copyOf(atts.getOrDefault(e, Set.of())))));
        events.sort((a, b) -> a.iri().getURI().compareTo(b.iri().getURI()));
        Map<Node, Membership> memberships = new HashMap<>();
        try (QueryExecution q = QueryExecution.model(model).query(MEMBERSHIPS).build()) {
            ResultSet rs = q.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                memberships.put(row.getResource("m").asNode(), new Membership(row.getResource("o").asNode(),
                        row.contains("ea") ? day(row, "ea") : null, row.contains("la") ? day(row, "la") : null));
            }
        }
        return new CuratedFacts(events, memberships);
    }

    List<Event> events() {
        return events;
    }

    Map<Node, Membership> memberships() {
        return memberships;
    }

    private static LocalDate day(QuerySolution row, String var) {
        return LocalDate.parse(row.getLiteral(var).getLexicalForm());
    }
}
