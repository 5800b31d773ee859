package org.dipnorm.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.dipnorm.NotFoundException;
import org.dipnorm.query.NamedQueryRunner;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.service.TimelineEvent.Attestation;

/**
 * The normalization processes: a page of them, or one with its steps, events and sources, from the
 * named queries {@code api-processes}, {@code api-process-count}, {@code api-process},
 * {@code report-steps}, {@code api-process-events} and {@code api-process-sources}.
 *
 * <pre>ProcessDetail p = new ProcessService(runner, catalog).get("us-china-1971");</pre>
 */
public final class ProcessService {
    private final CatalogQueries queries;

    public ProcessService(NamedQueryRunner runner, QueryCatalog catalog) {
        this.queries = new CatalogQueries(runner, catalog);
    }

    /** With {@code cached}, the list of every process (no party) is paged from the rows of this data version. */
    public ProcessService(NamedQueryRunner runner, QueryCatalog catalog, PerVersionResults cached) {
        this.queries = new CatalogQueries(runner, catalog, cached);
    }

    /** Processes ordered by their first dated step; {@code partyIri} (or null for all) keeps those a state is party to. */
    public Page<ProcessSummary> list(String partyIri, long offset, long limit) {
        Map<String, Node> bindings = partyIri == null ? Map.of() : Map.of("party", CatalogQueries.iri("party", partyIri));
        long total = queries.rows("api-process-count", bindings).stream().findFirst()
                .map(r -> r.getLiteral("total").getLong()).orElse(0L);
        List<ProcessSummary> items = queries.rows("api-processes", bindings, offset, limit).stream()
                .map(ProcessService::summary).toList();
        return new Page<>(total, offset, limit, items);
    }

    /** One process by id ({@code us-china-1971}, {@code proc:us-china-1971} or its IRI); unknown ids fail with NotFoundException. */
    public ProcessDetail get(String id) {
        String iri = ComparisonService.processIri(id);
        Map<String, Node> process = Map.of("process", CatalogQueries.iri("process", iri));
        List<QuerySolution> head = queries.rows("api-process", process);
        if (head.isEmpty()) {
            throw new NotFoundException("process " + id + ": no such normalization process in the store");
        }
        QuerySolution h = head.get(0);
        List<Ref> parties = head.stream().filter(r -> r.contains("party"))
                .map(r -> Ref.of(Rows.uri(r, "party"), Rows.text(r, "partyLabel"))).distinct().toList();
        return new ProcessDetail(Ref.of(iri, null).id(), iri, Rows.text(h, "label"), Rows.text(h, "description"), parties,
                Ref.of(Rows.uri(h, "outcome"), Rows.text(h, "outcomeLabel")),
                queries.rows("report-steps", process).stream().map(ComparisonService::step).toList(),
                events(queries.rows("api-process-events", process)),
                queries.rows("api-process-sources", process).stream().map(ProcessService::source).toList());
    }

    static ProcessSummary summary(QuerySolution r) {
        String iri = Rows.uri(r, "process");
        return new ProcessSummary(Ref.of(iri, null).id(), iri, Rows.text(r, "label"),
                List.of(Ref.of(Rows.uri(r, "partyA"), Rows.text(r, "partyALabel")),
                        Ref.of(Rows.uri(r, "partyB"), Rows.text(r, "partyBLabel"))),
                Ref.of(Rows.uri(r, "outcome"), Rows.text(r, "outcomeLabel")), Rows.integer(r, "steps"),
                Rows.text(r, "from"), Rows.text(r, "to"));
    }

    /** Groups rows of one event per attestation into one event each, keeping the rows' order. */
    static List<TimelineEvent> events(List<QuerySolution> rows) {
        Map<String, QuerySolution> first = new LinkedHashMap<>();
        Map<String, List<Attestation>> attestations = new LinkedHashMap<>();
        for (QuerySolution r : rows) {
            String event = Rows.uri(r, "event");
            first.putIfAbsent(event, r);
            List<Attestation> list = attestations.computeIfAbsent(event, k -> new ArrayList<>());
            if (r.contains("attestation")) {
                list.add(new Attestation(Rows.uri(r, "attestation"), Rows.text(r, "quote"), Rows.text(r, "locator"),
                        Rows.uri(r, "source")));
            }
        }
        return first.entrySet().stream().map(e -> new TimelineEvent(e.getKey(), Rows.text(e.getValue(), "label"),
                Ref.of(Rows.uri(e.getValue(), "type"), Rows.text(e.getValue(), "typeLabel")), Rows.when(e.getValue()),
                attestations.get(e.getKey()))).toList();
    }

    private static Source source(QuerySolution r) {
        return new Source(Rows.uri(r, "source"), Rows.text(r, "title"), Rows.text(r, "publisher"), Rows.text(r, "issued"),
                Rows.uri(r, "url"), Rows.uri(r, "kind"), Rows.integer(r, "attestations"));
    }
}
