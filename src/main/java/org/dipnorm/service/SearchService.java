package org.dipnorm.service;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.dipnorm.ParameterException;
import org.dipnorm.query.NamedQueryRunner;
import org.dipnorm.query.QueryCatalog;

/**
 * Finds resources by label and events by attested quote with the named query {@code api-search}: a
 * case-insensitive CONTAINS over the bound text, not a full-text index (that belongs to the text-index work).
 */
public final class SearchService {
    /** Shortest and longest text searched for. */
    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 200;

    private final CatalogQueries queries;

    public SearchService(NamedQueryRunner runner, QueryCatalog catalog) {
        this.queries = new CatalogQueries(runner, catalog);
    }

    /** One page of the hits for {@code q}; {@code total} counts at most {@code maxRows} hits. */
    public Page<SearchHit> search(String q, long offset, long limit, int maxRows) {
        String text = q == null ? "" : q.strip();
        if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
            throw new ParameterException("q", "q=" + StateService.shorten(text) + ": search for " + MIN_LENGTH + " to "
                    + MAX_LENGTH + " characters");
        }
        List<SearchHit> hits = queries.rows("api-search", Map.of("q", NodeFactory.createLiteralString(text)), 0, maxRows)
                .stream().map(r -> new SearchHit(Rows.uri(r, "resource"), Rows.uri(r, "kind"), Rows.text(r, "label"),
                        Rows.text(r, "field"), Rows.text(r, "text"))).toList();
        return new Page<>(hits.size(), offset, limit, hits.stream().skip(offset).limit(limit).toList());
    }
}
