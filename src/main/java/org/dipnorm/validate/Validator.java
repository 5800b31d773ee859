package org.dipnorm.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.dipnorm.InputException;
import org.dipnorm.query.NamedQuery;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.store.RdfFileReader;
import org.dipnorm.store.SourceSet;
import org.dipnorm.vocab.Prefixes;

/**
 * Checks a set of source files: every file parses, the union of ontology and data conforms to
 * the SHACL shapes in the ontology, and every {@code queries/checks/*-violation.rq} returns no rows.
 *
 * <pre>ValidationReport report = new Validator().validate(SourceSet.of(home, List.of()));</pre>
 */
public final class Validator {

    public ValidationReport validate(SourceSet sources) {
        List<Problem> problems = new ArrayList<>();
        Graph ontology = GraphFactory.createDefaultGraph();
        Graph all = GraphFactory.createDefaultGraph();
        for (Path file : sources.allFiles()) {
            try {
                Graph g = RdfFileReader.read(file);
                g.find().forEachRemaining(all::add);
                if (sources.ontologyFiles().contains(file)) {
                    g.find().forEachRemaining(ontology::add);
                }
            } catch (InputException e) {
                problems.add(new Problem(Problem.Severity.VIOLATION, "parse", "", e.getMessage()));
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(shacl(ontology, all));
            problems.addAll(checks(QueryCatalog.load(sources.queriesDir().resolve("checks")), all));
        }
        return new ValidationReport(sources.allFiles().size(), all.size(), problems);
    }

    /**
     * Checks graphs already in memory, as {@link #validate(SourceSet)} checks files: {@code data}
     * (which should include the ontology, for classes and concepts) against the shapes in
     * {@code ontology} and the {@code *-violation.rq} queries in {@code checksDir}.
     */
    public ValidationReport validate(Graph ontology, Graph data, Path checksDir) {
        List<Problem> problems = new ArrayList<>(shacl(ontology, data));
        problems.addAll(checks(QueryCatalog.load(checksDir), data));
        return new ValidationReport(0, data.size(), problems);
    }

    /**
     * The SHACL findings: the SPARQL-based constraints that allow it evaluated once over all their
     * focus nodes ({@link BulkSparqlConstraints}), everything else by Jena's validator.
     */
    static List<Problem> shacl(Graph shapesGraph, Graph data) {
        BulkSparqlConstraints bulk = BulkSparqlConstraints.of(shapesGraph);
        List<Problem> problems = shaclByJena(bulk.rest(), data);
        problems.addAll(bulk.validate(data));
        return problems;
    }

    /** The SHACL findings of Jena's validator alone (every SPARQL-based constraint once per focus node). */
    static List<Problem> shaclByJena(Shapes shapes, Graph data) {
        List<Problem> problems = new ArrayList<>();
        for (ReportEntry entry : ShaclValidator.get().validate(shapes, data).getEntries()) {
            problems.add(shaclProblem(entry.severity(), entry.focusNode(), entry.resultPath(), entry.message()));
        }
        return problems;
    }

    /** A SHACL finding as {@code validate} reports it: a violation or a warning, on the focus node and path if any. */
    static Problem shaclProblem(Severity severity, Node focusNode, org.apache.jena.sparql.path.Path path, String message) {
        return new Problem(severity == Severity.Violation ? Problem.Severity.VIOLATION : Problem.Severity.WARNING, "shacl",
                term(focusNode) + (path == null ? "" : " " + path), message);
    }

    private static List<Problem> checks(QueryCatalog checks, Graph data) {
        Dataset dataset = DatasetFactory.wrap(ModelFactory.createModelForGraph(data));
        List<Problem> problems = new ArrayList<>();
        for (NamedQuery check : checks.all()) {
            if (!check.name().endsWith("-violation")) {
                continue;
            }
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(check.query()).build()) {
                ResultSet rows = exec.execSelect();
                while (rows.hasNext()) {
                    problems.add(new Problem(Problem.Severity.VIOLATION, check.name(), row(rows.next(), rows.getResultVars()),
                            check.title()));
                }
            }
        }
        return problems;
    }

    private static String row(QuerySolution row, List<String> vars) {
        StringBuilder sb = new StringBuilder();
        for (String v : vars) {
            RDFNode n = row.get(v);
            if (n != null) {
                sb.append(sb.length() > 0 ? " " : "").append('?').append(v).append('=').append(term(n.asNode()));
            }
        }
        return sb.toString();
    }

    static String term(Node node) {
        return FmtUtils.stringForNode(node, Prefixes.DIPNORM);
    }
}
