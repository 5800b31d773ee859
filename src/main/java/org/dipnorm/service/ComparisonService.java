package org.dipnorm.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;
import org.dipnorm.NotFoundException;
import org.dipnorm.ParameterException;
import org.dipnorm.UsageException;
import org.dipnorm.query.NamedQuery;
import org.dipnorm.query.NamedQueryRunner;
import org.dipnorm.query.QueryCatalog;
import org.dipnorm.service.ReportModel.Commitment;
import org.dipnorm.service.ReportModel.ProcessReport;
import org.dipnorm.service.ReportModel.SequenceEntry;
import java.util.TreeSet;
import org.dipnorm.service.ReportModel.Span;
import org.dipnorm.service.ReportModel.Step;
import org.dipnorm.service.ReportModel.When;
import org.dipnorm.vocab.Prefixes;

/**
 * Builds the comparison report of two or more processes from the named queries
 * {@code report-process}, {@code report-steps}, {@code report-order} and {@code report-commitments}.
 *
 * <pre>ReportModel report = new ComparisonService(conn, catalog).compare(List.of("us-china-1971", "us-vietnam-1975"), LocalDate.now());</pre>
 */
public final class ComparisonService {
    /** The milestones whose pairwise durations the report gives, in their expected order. */
    static final StepCategory[] MILESTONES = {StepCategory.TALKS, StepCategory.INTERIM_OFFICE, StepCategory.RELATIONS,
        StepCategory.EMBASSY, StepCategory.AMBASSADOR};
    private static final String FULL_RELATIONS = "https://w3id.org/dipnorm/vocab/process-outcome/full-relations";
    private static final Set<String> OPEN_OUTCOMES = Set.of("https://w3id.org/dipnorm/vocab/process-outcome/ongoing",
            "https://w3id.org/dipnorm/vocab/process-outcome/stalled");
    private static final Set<String> DONE = Set.of("https://w3id.org/dipnorm/vocab/fulfillment-status/fulfilled",
            "https://w3id.org/dipnorm/vocab/fulfillment-status/superseded");

    private final NamedQueryRunner runner;
    private final QueryCatalog catalog;

    public ComparisonService(RDFConnection connection, QueryCatalog catalog) {
        this(new NamedQueryRunner(connection, 30_000), catalog);
    }

    /** Over a runner with its own connection and query timeout (the server's). */
    public ComparisonService(NamedQueryRunner runner, QueryCatalog catalog) {
        this.runner = runner;
        this.catalog = catalog;
    }

    /** The report on the given processes (ids like {@code us-china-1971}, {@code proc:…} or full IRIs), as of a date. */
    public ReportModel compare(List<String> ids, LocalDate asOf) {
        if (ids.size() < 2) {
            throw new UsageException("process: a comparison needs at least two processes, got " + ids.size());
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new UsageException("process: the same process is named twice in " + ids);
        }
        List<ProcessReport> processes = new ArrayList<>();
        for (String id : ids) {
            processes.add(process(id, asOf));
        }
        var questions = CrossProcessAnalysis.orderQuestions(processes);
        var milestones = CrossProcessAnalysis.milestones(processes);
        var standings = CrossProcessAnalysis.standings(processes, OPEN_OUTCOMES, FULL_RELATIONS);
        return new ReportModel(ReportModel.SCHEMA_VERSION, asOf.toString(), processes, questions, milestones, standings,
                FindingsWriter.findings(processes, questions, milestones, standings));
    }

    /**
     * The date a report is made as of: {@code value} as YYYY-MM-DD, or today when it is absent. A bad
     * value fails naming the option or parameter {@code name} (e.g. "--as-of" or "as-of").
     */
    public static LocalDate asOf(String name, String value) {
        if (value == null || value.isEmpty()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
            throw new org.dipnorm.ParameterException(name.replaceFirst("^-+", ""), name + "=" + shown + ": expected a date as YYYY-MM-DD");
        }
    }

    /** Expands an id to the process IRI. */
    public static String processIri(String id) {
        if (id.startsWith("http://") || id.startsWith("https://")) {
            return id;
        }
        String local = id.startsWith("proc:") ? id.substring(5) : id;
        if (!local.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new ParameterException("process", "process=" + id + ": not a process id such as us-china-1971");
        }
        return Prefixes.DIPNORM.getNsPrefixURI("proc") + local;
    }

    /** One process's part of a report (its steps, sequence, durations, commitments), e.g. for its page's timeline. */
    public ProcessReport processReport(String id, LocalDate asOf) {
        return process(id, asOf);
    }

    /**
     * A process's steps as one timeline lane (labelled with {@code label}), or empty when none is dated:
     * only the steps query, not the whole report, for the small timeline of a process page.
     */
    public Optional<ProcessReport> processLane(String processIri, String label) {
        List<Step> steps = rows("report-steps", Map.of("process", "<" + processIri + ">")).stream().map(ComparisonService::step).toList();
        if (steps.stream().noneMatch(Step::realized)) {
            return Optional.empty();
        }
        return Optional.of(new ProcessReport(processIri.substring(processIri.lastIndexOf('/') + 1), processIri, label, null, null, null,
                steps, List.of(), List.of(), List.of(), List.of()));
    }

    /** A mission's lifecycle events as one timeline lane (labelled with the mission), or empty when it has no dated event. */
    public Optional<ProcessReport> missionLane(String missionIri, String label) {
        List<Step> steps = rows("mission-events", Map.of("mission", "<" + missionIri + ">")).stream().map(ComparisonService::step).toList();
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProcessReport(missionIri.substring(missionIri.lastIndexOf('/') + 1), missionIri, label, null, null, null,
                steps, List.of(), List.of(), List.of(), List.of()));
    }

    private ProcessReport process(String id, LocalDate asOf) {
        String iri = processIri(id);
        Map<String, String> param = Map.of("process", "<" + iri + ">");
        List<QuerySolution> head = rows("report-process", param);
        if (head.isEmpty()) {
            throw new NotFoundException("process=" + id + ": no such normalization process in the store");
        }
        QuerySolution h = head.get(0);
        List<Step> steps = rows("report-steps", param).stream().map(ComparisonService::step).toList();
        if (steps.stream().noneMatch(Step::realized)) {
            throw new UsageException("process=" + id + ": it has no dated steps to compare");
        }
        Set<String> stated = new TreeSet<>();
        for (QuerySolution r : rows("report-order", param)) {
            stated.add(r.getResource("earlier").getURI() + " " + r.getResource("later").getURI());
        }
        List<SequenceEntry> sequence = SequenceAnalysis.sequence(steps, stated);
        List<Commitment> commitments = rows("report-commitments", param).stream().map(r -> commitment(r, asOf)).toList();
        String localId = iri.substring(iri.lastIndexOf('/') + 1);
        return new ProcessReport(localId, iri, text(h, "label"), text(h, "parties"), uri(h, "outcome"),
                text(h, "outcomeLabel"), steps, sequence, durations(steps), commitments, List.copyOf(stated));
    }

    private static List<Span> durations(List<Step> steps) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < MILESTONES.length; i++) {
            Optional<Step> a = SequenceAnalysis.representative(steps, MILESTONES[i]);
            for (int j = i + 1; j < MILESTONES.length && a.isPresent(); j++) {
                Optional<Step> b = SequenceAnalysis.representative(steps, MILESTONES[j]);
                if (b.isPresent() && !b.get().when().definitelyBefore(a.get().when())) {
                    spans.add(Span.between(MILESTONES[i].label(), MILESTONES[j].label(), a.get(), b.get()));
                }
            }
        }
        return spans;
    }

    /** A row of {@code report-steps} as a step; shared with {@link ProcessService}. */
    static Step step(QuerySolution r) {
        Set<String> ancestors = new LinkedHashSet<>(Arrays.asList(text(r, "ancestors").split(" ")));
        List<StepCategory> categories = Arrays.stream(StepCategory.values()).filter(c -> c.covers(ancestors)).toList();
        When when = r.contains("earliest") ? new When(r.contains("date") ? r.getLiteral("date").getLexicalForm()
                : r.getLiteral("earliest").getLexicalForm() + "/" + r.getLiteral("latest").getLexicalForm(),
                text(r, "precision"), r.getLiteral("earliest").getLexicalForm(), r.getLiteral("latest").getLexicalForm()) : null;
        return new Step(r.getLiteral("n").getInt(), uri(r, "type"), text(r, "typeLabel"), uri(r, "status"), uri(r, "event"),
                text(r, "label"), when, categories, words(text(r, "sources")));
    }

    private static Commitment commitment(QuerySolution r, LocalDate asOf) {
        String status = uri(r, "status");
        String agreed = r.contains("agreed") ? r.getLiteral("agreed").getLexicalForm() : null;
        Long pending = agreed != null && (status == null || !DONE.contains(status)) && r.get("fulfilledOn") == null
                ? ChronoUnit.DAYS.between(LocalDate.parse(agreed), asOf) : null;
        return new Commitment(uri(r, "agreement"), text(r, "agreementLabel"), agreed, text(r, "provisionLabel"),
                uri(r, "commitment"), text(r, "obligors"), text(r, "envisaged"), status, text(r, "statusLabel"),
                r.contains("asOf") ? r.getLiteral("asOf").getLexicalForm() : null, words(text(r, "sources")),
                r.contains("fulfilledOn") ? r.getLiteral("fulfilledOn").getLexicalForm() : null, pending);
    }

    private List<QuerySolution> rows(String name, Map<String, String> params) {
        NamedQuery q = catalog.get(name).orElseThrow(() -> new IllegalStateException("queries/" + name + ".rq is missing"));
        ResultSetRewindable rs = runner.select(q, NamedQueryRunner.bind(q, params));
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    private static String text(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n == null ? null : n.isLiteral() ? ((Literal) n).getLexicalForm() : n.toString();
    }

    private static String uri(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : null;
    }

    private static List<String> words(String s) {
        return s == null || s.isBlank() ? List.of() : List.of(s.trim().split("\\s+"));
    }
}
