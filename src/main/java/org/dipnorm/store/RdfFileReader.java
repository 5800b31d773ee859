package org.dipnorm.store;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;
import org.dipnorm.InputException;

/**
 * Parses one RDF file strictly: any error or warning (bad syntax, an ill-typed literal such as
 * {@code "1973"^^xsd:date}, a bad IRI) fails with {@code file:line:col: message}.
 */
public final class RdfFileReader {
    private RdfFileReader() {}

    public static Graph read(Path file) {
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(file).errorHandler(new FailingHandler(file)).checking(true).parse(graph);
        } catch (InputException e) {
            throw e;
        } catch (RiotException e) {
            throw InputException.at(file, -1, -1, e.getMessage());
        }
        return graph;
    }

    /** Turns the first problem the parser reports into an {@link InputException} at its position. */
    private record FailingHandler(Path file) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            throw InputException.at(file, line, col, message);
        }

        @Override
        public void error(String message, long line, long col) {
            throw InputException.at(file, line, col, message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw InputException.at(file, line, col, message);
        }
    }
}
