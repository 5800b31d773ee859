package org.dipnorm.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.dipnorm.InputException;

/**
 * The named queries of a folder, loaded once: one query per {@code .rq} file, named by its file
 * name, with a header of {@code # title:}, {@code # description:}, {@code # param: ?name (type) text} and, for a whole-graph query
 * whose rows are computed once per data version, {@code # cache: per-version} lines.
 *
 * <pre>QueryCatalog catalog = QueryCatalog.load(Path.of("queries"));</pre>
 */
public final class QueryCatalog {
    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|description|param|cache):\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile("^\\?(\\w+)\\s+\\((\\w+)\\)\\s*(.*)$");

    private final Map<String, NamedQuery> queries;

    private QueryCatalog(Map<String, NamedQuery> queries) {
        this.queries = queries;
    }

    /** Loads every {@code *.rq} directly in {@code dir}; a query that does not parse fails with file and line. */
    public static QueryCatalog load(Path dir) {
        Map<String, NamedQuery> queries = new LinkedHashMap<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                    NamedQuery q = read(file);
                    queries.put(q.name(), q);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new QueryCatalog(queries);
    }

    static NamedQuery read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        String title = name;
        StringBuilder description = new StringBuilder();
        List<QueryParameter> params = new ArrayList<>();
        boolean perVersion = false;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = HEADER.matcher(lines[i].strip());
            if (!m.matches()) {
                continue;
            }
            switch (m.group(1)) {
                case "title" -> title = m.group(2).strip();
                case "description" -> description.append(description.length() > 0 ? " " : "").append(m.group(2).strip());
                case "cache" -> {
                    if (!m.group(2).strip().equals("per-version")) {
                        throw InputException.at(file, i + 1, 1, "the only cache is '# cache: per-version'");
                    }
                    perVersion = true;
                }
                default -> params.add(param(file, i + 1, m.group(2).strip()));
            }
        }
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw InputException.at(file, e.getLine(), e.getColumn(), e.getMessage());
        }
        return new NamedQuery(name, title, description.toString(), params, file, text, query, perVersion);
    }

    private static QueryParameter param(Path file, int line, String spec) {
        Matcher m = PARAM.matcher(spec);
        if (!m.matches()) {
            throw InputException.at(file, line, 1, "a parameter is declared as '# param: ?name (type) description'");
        }
        try {
            return new QueryParameter(m.group(1), QueryParameter.Type.valueOf(m.group(2).toUpperCase(Locale.ROOT)),
                    m.group(3).strip());
        } catch (IllegalArgumentException e) {
            throw InputException.at(file, line, 1, "unknown parameter type '" + m.group(2)
                    + "'; use iri, string, date or integer");
        }
    }

    public Collection<NamedQuery> all() {
        return queries.values();
    }

    public Optional<NamedQuery> get(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    public Query query(String name) {
        return get(name).orElseThrow().query();
    }
}
