package org.dipnorm.query;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;

/**
 * One query file of {@code queries/}: its name (the file name), header metadata and parsed query;
 * {@code perVersion} when its header says {@code # cache: per-version} (a whole-graph query whose rows,
 * without parameters, are computed once per data version).
 */
public record NamedQuery(String name, String title, String description, List<QueryParameter> parameters,
        Path file, String text, Query query, boolean perVersion) {
    public NamedQuery {
        parameters = List.copyOf(parameters);
    }

    public Optional<QueryParameter> parameter(String paramName) {
        return parameters.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }
}
