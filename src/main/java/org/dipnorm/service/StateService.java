package org.dipnorm.service;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.dipnorm.NotFoundException;
import org.dipnorm.ParameterException;
import org.dipnorm.query.NamedQueryRunner;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.service.StateDetail.Mission;
import org.dipnorm.vocab.Prefixes;

/**
 * A state by its Office of the Historian slug, with missions, events and processes, from the named
 * queries {@code api-state}, {@code api-state-missions}, {@code api-state-events} and {@code api-processes}.
 */
public final class StateService {
    private static final String SLUG = "[a-z0-9][a-z0-9-]{0,99}";

    private final CatalogQueries queries;
    private final ProcessService processes;

    public StateService(NamedQueryRunner runner, QueryCatalog catalog) {
        this.queries = new CatalogQueries(runner, catalog);
        this.processes = new ProcessService(runner, catalog);
    }

    /** The IRI of a state slug such as {@code china}; anything but lower-case letters, digits and hyphens is refused. */
    public static String stateIri(String slug) {
        if (slug == null || !slug.matches(SLUG)) {
            throw new ParameterException("slug", "slug=" + shorten(slug) + ": a state slug is lower-case letters, digits and hyphens, "
                    + "e.g. china or korea-north");
        }
        return Prefixes.DIPNORM.getNsPrefixURI("state") + slug;
    }

    /** The state with at most {@code maxRows} missions, events and processes each. */
    public StateDetail get(String slug, int maxRows) {
        String iri = stateIri(slug);
        Map<String, Node> state = Map.of("state", CatalogQueries.iri("state", iri));
        List<QuerySolution> head = queries.rows("api-state", state);
        if (head.isEmpty()) {
            throw new NotFoundException("state " + slug + ": no such state in the store");
        }
        List<QuerySolution> missions = queries.rows("api-state-missions", state, 0, maxRows + 1L);
        List<TimelineEvent> events = ProcessService.events(queries.rows("api-state-events", state, 0, maxRows + 1L));
        Page<ProcessSummary> page = processes.list(iri, 0, maxRows);
        boolean truncated = missions.size() > maxRows || events.size() > maxRows || page.total() > maxRows;
        return new StateDetail(slug, iri, Rows.text(head.get(0), "label"), Rows.text(head.get(0), "note"),
                head.stream().map(r -> Rows.uri(r, "match")).filter(Objects::nonNull).distinct().toList(),
                missions.stream().limit(maxRows).map(StateService::mission).toList(),
                events.stream().limit(maxRows).toList(), page.items(), truncated);
    }

    private static Mission mission(QuerySolution r) {
        return new Mission(Rows.uri(r, "mission"), Rows.text(r, "label"), Ref.of(Rows.uri(r, "kind"), Rows.text(r, "kindLabel")),
                Rows.uri(r, "sender"), Rows.uri(r, "receiver"), Rows.uri(r, "protectingPower"), Rows.when(r), Rows.uri(r, "became"));
    }

    static String shorten(String value) {
        return value == null ? "" : value.length() > 80 ? value.substring(0, 80) + "…" : value;
    }
}
