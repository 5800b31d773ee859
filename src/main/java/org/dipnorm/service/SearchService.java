package org.dipnorm.service;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.dipnorm.ParameterException;
import org.dipnorm.query.NamedQueryRunner;
import org.dipnorm.query.QueryCatalog;

/**
 * Finds resources by label and events by attested quote: a case-insensitive CONTAINS over the bound
 * text. Over the embedded store the Lucene text index first narrows the labels and quotes to those whose
 * words could hold the text ({@code api-search-text}); over a remote endpoint, or for a text the index
 * cannot narrow exactly, every label and quote is scanned ({@code api-search}). The rows are the same.
 */
public final class SearchService {
    /** Shortest and longest text searched for. */
    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 200;
    /** The most index hits looked at; with more, the scan is as cheap and surely complete. */
    public static final int INDEX_HITS_CAP = 20_000;
    /**
     * Texts the index narrows exactly: Latin letters and digits in words separated by spaces. Lucene's
     * standard tokenizer never splits such a run of letters and digits, and lower-cases them as
     * {@code LCASE} does (but for the dotted capital I, left out), so every label that contains the text
     * has the inner words as whole terms, the first word as the end of a term, the last as the start of one.
     */
    private static final Pattern INDEXABLE = Pattern.compile("[\\p{IsLatin}\\p{Nd}&&[^\u0130]]+( +[\\p{IsLatin}\\p{Nd}&&[^\u0130]]+)*");

    private final CatalogQueries queries;
    private final boolean textIndex;

    /** A search that scans every label and quote (a remote endpoint has no DipNorm text index). */
    public SearchService(NamedQueryRunner runner, QueryCatalog catalog) {
        this(runner, catalog, false);
    }

    /** With {@code textIndex}, the store's Lucene index narrows the search first (the embedded store). */
    public SearchService(NamedQueryRunner runner, QueryCatalog catalog, boolean textIndex) {
        this.queries = new CatalogQueries(runner, catalog);
        this.textIndex = textIndex;
    }

    /** One page of the hits for {@code q}; {@code total} counts at most {@code maxRows} hits. */
    public Page<SearchHit> search(String q, long offset, long limit, int maxRows) {
        String text = q == null ? "" : q.strip();
        if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
            throw new ParameterException("q", "q=" + StateService.shorten(text) + ": search for " + MIN_LENGTH + " to "
                    + MAX_LENGTH + " characters");
        }
        List<SearchHit> hits = rows(text, maxRows).stream()
                .map(r -> new SearchHit(Rows.uri(r, "resource"), Rows.uri(r, "kind"), Rows.text(r, "label"),
                        Rows.text(r, "field"), Rows.text(r, "text"))).toList();
        return new Page<>(hits.size(), offset, limit, hits.stream().skip(offset).limit(limit).toList());
    }

    private List<QuerySolution> rows(String text, int maxRows) {
        Node q = NodeFactory.createLiteralString(text);
        Optional<String> words = textIndex ? wordQuery(text) : Optional.empty();
        if (words.isPresent()) {
            Node lucene = NodeFactory.createLiteralString(words.get());
            Node cap = NodeFactory.createLiteralDT(Integer.toString(INDEX_HITS_CAP), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
            long hits = queries.rows("api-search-hits", Map.of("words", lucene, "cap", cap)).stream().findFirst()
                    .map(r -> r.getLiteral("hits").getLong()).orElse(0L);
            if (hits < INDEX_HITS_CAP) {
                return queries.rows("api-search-text", Map.of("q", q, "words", lucene, "cap", cap), 0, maxRows);
            }
        }
        return queries.rows("api-search", Map.of("q", q), 0, maxRows);
    }

    /**
     * The Lucene query whose hits include every label or quote that contains {@code text}, or empty when
     * {@code text} is not made of words the index narrows exactly ({@link #INDEXABLE}). One word: a term
     * that contains it; several: the first ends a term, the inner ones are terms, the last starts a term.
     * Words are lower-cased (so that {@code AND}, {@code OR} are words, not operators) and escaped.
     */
    public static Optional<String> wordQuery(String text) {
        if (!INDEXABLE.matcher(text).matches()) {
            return Optional.empty();
        }
        String[] words = text.toLowerCase(Locale.ROOT).split(" +");
        if (words.length == 1) {
            return Optional.of("*" + QueryParserBase.escape(words[0]) + "*");
        }
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = QueryParserBase.escape(words[i]);
            query.append(i == 0 ? "" : " ").append('+')
                    .append(i == 0 ? "*" + w : i == words.length - 1 ? w + "*" : w);
        }
        return Optional.of(query.toString());
    }
}
